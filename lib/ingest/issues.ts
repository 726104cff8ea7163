/**
 * Problems found while reading a corpus, as data: the caller decides what to do with them
 * (the CLI prints them, and `--strict` turns skips into a failed run).
 */
export type IssueSeverity = 'error' | 'skip' | 'notice';

export interface IngestIssue {
  /** Display path of the file, as in ArticleInput.sourceFile. */
  file: string;
  /** 1-based line within the file, when the problem is on one line (a .jsonl record, a .csv row). */
  line?: number;
  /**
   * error: the input needs fixing before it can be ingested (e.g. no outlet);
   * skip: this file or record was left out, the rest goes on;
   * notice: ingested, but something was guessed or dropped.
   */
  severity: IssueSeverity;
  /** Names the file (and line) and says what to do. */
  message: string;
}

/** `file:line` for messages. */
export function where(file: string, line?: number): string {
  return line === undefined ? file : `${file}:${line}`;
}

export function issue(severity: IssueSeverity, file: string, message: string, line?: number): IngestIssue {
  return line === undefined
    ? { file, severity, message: `${where(file)}: ${message}` }
    : { file, line, severity, message: `${where(file, line)}: ${message}` };
}
