/**
 * Entry point of the pure part of ingest: files and folders in, ArticleInput records, problems and
 * per-article cleaning reports out. No database, no printing: the CLI decides what to store, what to
 * show and whether a problem fails the run.
 *
 * Metadata precedence, most specific first: what the file states (front matter, record fields) →
 * manifest.json (nearest folder up to the path given) → what the page states (HTML meta) → what can
 * be inferred (URL domain and path, cues in the text) → the caller's fallback outlet.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { cleanText, REASONS, type CleanResult } from './clean';
import { decodeText, normaliseNewlines } from './decode';
import { issue, type IngestIssue } from './issues';
import { isInside, linkLeavesFolder, OUTSIDE_LINK } from './inside';
import { readManifest, type Manifest, type ManifestEntry } from './manifest';
import { dateFromText, dateFromUrl, parseDateValue, stripSiteSuffix, tidyTitle, titleFromBody, yearFromUrl } from './metadata';
import { outletFromText, outletFromUrl } from './outlets';
import { readCsv } from './readers/csv';
import type { RawDoc, ReadResult } from './readers/doc';
import { readHtml } from './readers/html';
import { readJson } from './readers/json';
import { readJsonl } from './readers/jsonl';
import { readTxt } from './readers/txt';
import type { ArticleInput } from './types';
import { articleInputSchema, describeZodError, isHttpUrl } from './validate';

export type { IngestIssue } from './issues';

export interface ReadCorpusOptions {
  /** Outlet for articles whose outlet nothing else names (the CLI's --outlet). */
  outlet?: string;
  /** Largest article, in bytes (default 5 MB). A .json/.jsonl/.csv file may hold up to 100 times this. */
  maxBytes?: number;
  /** Called after each file, for a progress bar. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Read symbolic links that resolve outside the folder they were found in (default: skip them with a notice). */
  followSymlinks?: boolean;
  /**
   * Take a record's text field (.json, .jsonl, .csv) as it is, line ends made \n, instead of cleaning it of page
   * furniture: `parallax analyse` reports offsets into the field as given. Files (.txt, .html) are cleaned anyway.
   */
  keepRecordText?: boolean;
}

/** What `--dry-run --json` prints per article: where every line of the input went. */
export interface CleanReport {
  file: string;
  /** 1-based record number in a multi-article file. */
  record?: number;
  /** null when no outlet could be found (the article is then left out, with an error). */
  outlet: string | null;
  title: string;
  /** ISO 8601, or null when unknown. */
  date: string | null;
  /** 1-based line numbers of the input that form the body (for .txt: lines of the file). */
  keptLines: number[];
  removedLines: { line: number; reason: string; text: string }[];
}

export interface CorpusResult {
  articles: ArticleInput[];
  issues: IngestIssue[];
  reports: CleanReport[];
}

const NOT_OWN_FURNITURE = new Set<string>([REASONS.title, REASONS.repeatedTitle, REASONS.headline, REASONS.headlineList, REASONS.insideBlock]);

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Containers are read whole, so they get a cap too: well above any real export, below memory trouble. */
const CONTAINER_FACTOR = 100;

type Format = RawDoc['format'];
const FORMATS: Record<string, Format> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.html': 'html',
  '.htm': 'html',
};
const SPECIAL_FILE = 'skipped: not a regular file (a pipe, socket or device); ingest a saved file instead';
const MANIFEST = 'manifest.json';

interface FoundFile {
  abs: string;
  /** As shown in messages and stored as sourceFile. */
  display: string;
  format: Format;
  /** The path the user gave that led here: manifests are looked up from the file's folder up to it. */
  root: string;
  /** Found by walking a folder (not named on its own): the folder's manifest entries should all match. */
  fromFolder: boolean;
}

export async function readCorpus(paths: string[], options: ReadCorpusOptions = {}): Promise<CorpusResult> {
  const issues: IngestIssue[] = [];
  const follow = options.followSymlinks ?? false;
  const files = await collect(paths, issues, follow);
  const manifests = new ManifestCache(issues, follow);
  const result: CorpusResult = { articles: [], issues, reports: [] };

  // Read a few files at a time (I/O overlaps), then process them in order (output stays deterministic).
  const BATCH = 16;
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    const loaded = await Promise.all(batch.map((f) => load(f, options.maxBytes ?? DEFAULT_MAX_BYTES)));
    batch.forEach((f, i) => {
      const got = loaded[i];
      if ('issue' in got) issues.push(got.issue);
      else {
        const one = readContent(f.display, got.bytes, f.format, { ...options, manifestEntry: manifests.entryFor(f) });
        result.articles.push(...one.articles);
        issues.push(...one.issues);
        result.reports.push(...one.reports);
      }
      options.onProgress?.(start + i + 1, files.length, f.display);
    });
  }
  issues.push(...manifests.unused());
  return result;
}

export interface ReadContentOptions extends ReadCorpusOptions {
  /** The manifest's entry for this file, merged with the manifest's defaults. */
  manifestEntry?: ManifestEntry;
}

/** One file's bytes to articles: for callers that have the content in hand (an upload, a test). */
export function readContent(file: string, bytes: Uint8Array, format: Format, options: ReadContentOptions = {}): CorpusResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const what =
      decoded.reason === 'empty' ? 'remove it or fill it' : decoded.reason === 'binary' ? 'only text, JSON, CSV and HTML files can be ingested' : 're-save it as UTF-8';
    return { articles: [], issues: [issue('skip', file, `skipped: ${decoded.detail}; ${what}`)], reports: [] };
  }
  const issues: IngestIssue[] = [];
  if (decoded.encoding === 'windows-1252') issues.push(issue('notice', file, 'is not UTF-8; read it as Windows-1252 (Western European). If accents look wrong, re-save the file as UTF-8'));
  const text = normaliseNewlines(decoded.text);
  if (text.trim() === '') return { articles: [], issues: [...issues, issue('skip', file, 'skipped: the file holds only whitespace; remove it or fill it')], reports: [] };

  const read: ReadResult =
    format === 'txt' ? readTxt(text, file) : format === 'json' ? readJson(text, file) : format === 'jsonl' ? readJsonl(text, file) : format === 'csv' ? readCsv(text, file) : readHtml(text, file);
  issues.push(...read.issues);

  const result: CorpusResult = { articles: [], issues, reports: [] };
  for (const doc of read.docs) {
    if (doc.format !== 'txt' && doc.format !== 'html' && Buffer.byteLength(doc.text) > maxBytes) {
      issues.push(issue('skip', file, `${recordLabel(doc)} is ${mb(Buffer.byteLength(doc.text))}, over the ${mb(maxBytes)} limit; split it or raise the limit`, doc.line));
      continue;
    }
    finish(doc, options, result);
  }
  return result;
}

function recordLabel(doc: RawDoc): string {
  return doc.record === undefined ? 'the article' : `record ${doc.record}`;
}

/** Resolves metadata, removes boilerplate, validates: one RawDoc to an ArticleInput (or issues). */
function finish(doc: RawDoc, options: ReadContentOptions, out: CorpusResult): void {
  const { file } = doc;
  const m = options.manifestEntry ?? {};
  const page = doc.page ?? {};
  const at = doc.line;
  // file:line already points at a .jsonl/.csv record; a .json record needs its number.
  const label = doc.record === undefined || doc.line !== undefined ? '' : `${recordLabel(doc)}: `;

  let url = doc.explicit.url ?? m.url ?? page.url;
  if (url && !isHttpUrl(url)) {
    out.issues.push(issue('notice', file, `${label}url "${url}" is not an http(s) URL and was dropped; give a full URL such as https://example.com/story`, at));
    url = undefined;
  }

  const statedTitle = doc.explicit.title ?? m.title;
  const knownTitle = statedTitle ?? (page.title ? stripSiteSuffix(page.title, page.siteName) : undefined);
  const cleaned =
    options.keepRecordText && doc.record !== undefined
      ? { body: doc.text, keptLines: doc.text.split('\n').map((_, i) => i + 1), removedLines: [] as CleanResult['removedLines'], title: undefined }
      : cleanText(doc.text, {
          title: knownTitle,
          lineOffset: doc.lineOffset,
          structure: doc.structure,
          authors: page.authors,
        });
  // The site's own furniture names the site; headlines (this one or other stories') name whoever they report on.
  const furniture = cleaned.removedLines.filter((r) => !NOT_OWN_FURNITURE.has(r.reason)).map((r) => r.text);

  const outlet =
    doc.explicit.outlet ?? m.outlet ?? (url ? outletFromUrl(url) : undefined) ?? page.siteName ?? outletFromText(cleaned.body, furniture) ?? options.outlet?.trim() ?? undefined;

  let publishedAt: Date | undefined;
  const statedDate = doc.explicit.date ?? m.date;
  if (statedDate !== undefined) {
    publishedAt = parseDateValue(statedDate) ?? (typeof statedDate === 'string' ? validDate(new Date(statedDate)) : undefined);
    if (!publishedAt) out.issues.push(issue('notice', file, `${label}date "${String(statedDate)}" is not a date and was dropped; use ISO 8601 such as 2021-03-09`, at));
  }
  publishedAt ??=
    (page.date ? parseDateValue(page.date) : undefined) ??
    (url ? dateFromUrl(url) : undefined) ??
    dateFromText(doc.text.split('\n'), url ? yearFromUrl(url) : undefined);

  let title = knownTitle ? tidyTitle(knownTitle) : cleaned.title ? tidyTitle(cleaned.title) : '';
  if (!title && cleaned.body) {
    title = titleFromBody(cleaned.body);
    out.issues.push(issue('notice', file, `${label}no title in the file, manifest or text; used the first sentence — add a "title" to fix it`, at));
  }

  out.reports.push({
    file,
    ...(doc.record !== undefined && { record: doc.record }),
    outlet: outlet ?? null,
    title,
    date: publishedAt ? publishedAt.toISOString() : null,
    keptLines: cleaned.keptLines,
    removedLines: cleaned.removedLines.map(({ line, reason, text }) => ({ line, reason, text })),
  });

  if (!cleaned.body.trim()) {
    out.issues.push(
      issue('skip', file, `${label}no article text left after removing ${cleaned.removedLines.length} line(s) of page furniture; check the file (its report lists each cut line and why)`, at),
    );
    return;
  }
  if (!outlet) {
    out.issues.push(
      issue('error', file, `${label}no outlet: none in the file or manifest.json, no known outlet domain in a URL, none named in the text; add "outlet" to manifest.json (or the record) or pass --outlet NAME`, at),
    );
    return;
  }

  const article: ArticleInput = {
    outlet,
    title,
    body: cleaned.body,
    ...(url && { url }),
    ...(publishedAt && { publishedAt }),
    sourceFile: file,
    ...((doc.explicit.story ?? m.story) && { story: doc.explicit.story ?? m.story }),
    ...((doc.explicit.event ?? m.event) && { event: doc.explicit.event ?? m.event }),
    rawText: doc.lineOffset ? '\n'.repeat(doc.lineOffset) + doc.text : doc.text,
    keptLines: cleaned.keptLines,
    removedLines: cleaned.removedLines,
    ...(doc.record !== undefined && { sourceRecord: doc.record }),
    ...(doc.line !== undefined && { sourceLine: doc.line }),
    ...(doc.recordId !== undefined && { recordId: doc.recordId }),
    ...(doc.givenText !== undefined && { givenText: doc.givenText }),
  };
  const checked = articleInputSchema.safeParse(article);
  if (!checked.success) {
    out.issues.push(issue('skip', file, `${label}${describeZodError(checked.error)}; fix the input`, at));
    return;
  }
  out.articles.push(article);
}

function validDate(d: Date): Date | undefined {
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function load(f: FoundFile, maxBytes: number): Promise<{ bytes: Uint8Array } | { issue: IngestIssue }> {
  try {
    const st = await fs.stat(f.abs);
    // A FIFO blocks readFile forever and a device (/dev/zero) never ends; both report size 0, so check the kind.
    if (!st.isFile()) return { issue: issue('skip', f.display, 'skipped: not a regular file (a pipe, socket or device); ingest a saved file instead') };
    const { size } = st;
    const limit = f.format === 'txt' || f.format === 'html' ? maxBytes : maxBytes * CONTAINER_FACTOR;
    if (size > limit) return { issue: issue('skip', f.display, `skipped: ${mb(size)} is over the ${mb(limit)} limit for a .${f.format} file; split it or raise the limit`) };
    return { bytes: await fs.readFile(f.abs) };
  } catch (err) {
    return { issue: issue('skip', f.display, `could not be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); check that it exists and is readable`) };
  }
}

/**
 * Files under the given paths: folders recursively (hidden entries skipped), each real file once, symlink loops cut.
 * Symbolic links that resolve outside the folder they sit in are skipped unless `follow` (nothing of their target
 * is read or named), and pipes, sockets and devices are refused: each with a notice naming the entry.
 */
async function collect(paths: string[], issues: IngestIssue[], follow: boolean): Promise<FoundFile[]> {
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  const out: FoundFile[] = [];

  const addFile = async (abs: string, display: string, root: string, explicit: boolean) => {
    // explicit: named by the caller, so an unsupported type is worth a message.
    const format = FORMATS[path.extname(abs).toLowerCase()];
    if (path.basename(abs) === MANIFEST) {
      if (explicit) issues.push(issue('notice', display, 'is a manifest: it is applied to the files of its folder; pass the folder to ingest them'));
      return;
    }
    if (!format) {
      if (explicit) issues.push(issue('skip', display, `skipped: unsupported file type; ingest .txt, .json, .jsonl, .csv or .html files`));
      return;
    }
    const real = await fs.realpath(abs);
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    out.push({ abs, display, format, root, fromFolder: !explicit });
  };

  const walk = async (dir: string, root: string, boundary: string, found: FoundFile[]) => {
    const real = await fs.realpath(dir);
    if (seenDirs.has(real)) {
      issues.push(issue('notice', toDisplay(root, dir), 'skipped: this folder was already read (a symbolic link points back to it)'));
      return;
    }
    seenDirs.add(real);
    const entries = await fs.readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const abs = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          if (!follow && !isInside(boundary, await fs.realpath(abs))) {
            issues.push(issue('notice', toDisplay(root, abs), OUTSIDE_LINK));
            continue;
          }
          const st = await fs.stat(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          issues.push(issue('notice', toDisplay(root, abs), 'skipped: a symbolic link to nothing'));
          continue;
        }
      }
      if (isDir) await walk(abs, root, boundary, found);
      else if (isFile) await addFile(abs, toDisplay(root, abs), root, false);
      else issues.push(issue('notice', toDisplay(root, abs), SPECIAL_FILE));
    }
  };

  for (const given of paths) {
    const abs = path.resolve(given);
    let st;
    try {
      st = await fs.stat(abs);
    } catch {
      issues.push(issue('error', given, 'not found; check the path'));
      continue;
    }
    const start = out.length;
    const shown = given.split(path.sep).join('/');
    // A file named on its own may be a link too (a shell glob over an unpacked archive names every entry).
    if (st.isDirectory()) await walk(abs, abs, await fs.realpath(abs), out);
    else if (!st.isFile()) issues.push(issue('skip', shown, SPECIAL_FILE));
    else if (!follow && linkLeavesFolder(abs, path.dirname(abs))) issues.push(issue('skip', shown, OUTSIDE_LINK));
    else await addFile(abs, shown, path.dirname(abs), true);
    // Sorted within each given path; the paths themselves keep the order they were given in.
    const mine = out.splice(start).sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
    out.push(...mine);
    if (st.isDirectory() && mine.length === 0) issues.push(issue('error', given, 'has no .txt, .json, .jsonl, .csv or .html files to ingest'));
  }
  return out;
}

function toDisplay(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/') || path.basename(abs);
}

/** manifest.json per folder, read once; a bad manifest is an error naming it, and its folder goes on without it. */
class ManifestCache {
  private byDir = new Map<string, { manifest: Manifest | null; used: Set<string>; display: string; complete: boolean }>();
  constructor(
    private issues: IngestIssue[],
    private follow: boolean,
  ) {}

  private get(dir: string, root: string) {
    let got = this.byDir.get(dir);
    if (!got) {
      const display = toDisplay(root, path.join(dir, MANIFEST));
      let manifest: Manifest | null = null;
      try {
        if (!this.follow && linkLeavesFolder(path.join(dir, MANIFEST), dir)) this.issues.push(issue('notice', display, OUTSIDE_LINK));
        else manifest = readManifest(dir, { followSymlinks: this.follow });
      } catch (err) {
        // readManifest names the file and the field; the absolute path is shortened for display.
        const message = (err as Error).message.replace(path.join(dir, MANIFEST) + ': ', '');
        this.issues.push(issue('error', display, `${message}; the files of this folder were read without it`));
      }
      got = { manifest, used: new Set(), display, complete: false };
      this.byDir.set(dir, got);
    }
    return got;
  }

  /** The nearest manifest's entry for the file (folders from the file's own up to the given root), with the manifest's story. */
  entryFor(f: FoundFile): ManifestEntry | undefined {
    let dir = path.dirname(f.abs);
    for (;;) {
      const got = this.get(dir, f.root);
      got.complete ||= f.fromFolder;
      if (got.manifest) {
        const key = path.relative(dir, f.abs).split(path.sep).join('/');
        const entry = got.manifest.files[key];
        if (entry) got.used.add(key);
        // The nearest manifest decides, even without an entry: its story still applies.
        return { ...(got.manifest.story && { story: got.manifest.story }), ...entry };
      }
      if (dir === f.root || path.dirname(dir) === dir || !dir.startsWith(f.root)) return undefined;
      dir = path.dirname(dir);
    }
  }

  /** Manifest entries that matched no file: usually a typo in a file name. */
  unused(): IngestIssue[] {
    const out: IngestIssue[] = [];
    for (const { manifest, used, display, complete } of this.byDir.values()) {
      if (!complete) continue;
      for (const key of Object.keys(manifest?.files ?? {})) {
        if (!used.has(key)) out.push(issue('notice', display, `names "${key}", which was not read; check the file name`));
      }
    }
    return out;
  }
}
