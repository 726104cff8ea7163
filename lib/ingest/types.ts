/** What every reader produces and the store consumes. */
export interface ArticleInput {
  outlet: string;
  title: string;
  /** The cleaned article text that is stored, analysed and shown. */
  body: string;
  url?: string;
  publishedAt?: Date;
  /** Path of the input file, relative to where ingest was pointed, for messages and provenance. */
  sourceFile: string;
  /** Optional grouping pinned by the manifest. */
  story?: string;
  event?: string;
  /** The text whose lines `keptLines` and `removedLines` number: the decoded file for .txt, the extracted text for .html, the text field for .json/.jsonl/.csv. */
  rawText?: string;
  /** 1-based line numbers of `rawText` that make up the body, in order. */
  keptLines?: number[];
  /** What the boilerplate cleaner cut, so the article page can show it. */
  removedLines?: RemovedLine[];
  /** 1-based record number within a multi-article file (.json, .jsonl, .csv). */
  sourceRecord?: number;
  /** 1-based line of the record within a .jsonl or .csv file. */
  sourceLine?: number;
  /** The record's own "id" field (.json, .jsonl, .csv), as given. */
  recordId?: string | number;
  /** The record's text field exactly as given, when it differs from `rawText` (newlines normalised). */
  givenText?: string;
}

/** A line the boilerplate cleaner cut, kept so the article page can show what was removed and why. */
export interface RemovedLine {
  /** 1-based line number in `rawText` (for .txt files: the line of the input file). */
  line: number;
  text: string;
  reason: string;
}
