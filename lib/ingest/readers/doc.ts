import type { LineStructure } from '../clean';
import type { IngestIssue } from '../issues';
import type { ExplicitMeta } from '../validate';

/** Metadata read off an HTML page: weaker than what a file or manifest states, stronger than guesses from text. */
export interface PageMeta {
  title?: string;
  siteName?: string;
  url?: string;
  date?: string;
  /** Author names from meta tags and JSON-LD. */
  authors?: string[];
}

/** One article as a reader found it, before metadata is resolved and boilerplate removed. */
export interface RawDoc {
  /** Display path of the file. */
  file: string;
  format: 'txt' | 'json' | 'jsonl' | 'csv' | 'html';
  /** 1-based record number in a multi-article file. */
  record?: number;
  /** 1-based line where the record starts (.jsonl, .csv). */
  line?: number;
  /** The text to clean. */
  text: string;
  /** Lines above `text` in the file (front matter), so reported line numbers are the file's. */
  lineOffset: number;
  /** What the file states: front matter or record fields. */
  explicit: ExplicitMeta;
  /** A record's own "id" (.json, .jsonl, .csv), as given: `parallax analyse` reports it. */
  recordId?: string | number;
  /** A record's text field exactly as given, when newline normalisation changed it (a \r in it). */
  givenText?: string;
  page?: PageMeta;
  /** What the markup says about each line of `text` (HTML only), indexed by 1-based line number. */
  structure?: ReadonlyArray<LineStructure | undefined>;
}

export interface ReadResult {
  docs: RawDoc[];
  issues: IngestIssue[];
}
