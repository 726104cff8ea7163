import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from './types';
import { readManifest } from './manifest';

/** Text as stored: Unicode NFC, Unix line ends, no trailing spaces, no leading or trailing blank lines. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();
}

/** The identity of an article's content: the same text is stored once, whatever its file name. */
export function contentHash(body: string): string {
  return createHash('sha256').update(normalizeText(body)).digest('hex');
}

/** A title when none is given: the text's first line, cut at a word near 120 characters. */
export function titleFromText(body: string): string {
  const first = body.split('\n').find((l) => l.trim()) ?? '';
  if (first.length <= 120) return first.trim();
  return first.slice(0, first.lastIndexOf(' ', 117)).trim() + '…';
}

/** Reads a folder of .txt articles with its manifest.json. */
export function readTextFolder(dir: string): ArticleInput[] {
  const manifest = readManifest(dir);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`${dir}: no .txt files to ingest`);
  return files.map((file) => {
    const meta = manifest?.files[file] ?? {};
    if (!meta.outlet) throw new Error(`${path.join(dir, file)}: no outlet; name it in ${path.join(dir, 'manifest.json')}`);
    const body = normalizeText(readFileSync(path.join(dir, file), 'utf8'));
    if (!body) throw new Error(`${path.join(dir, file)}: the file is empty`);
    return {
      outlet: meta.outlet,
      title: meta.title ?? titleFromText(body),
      body,
      url: meta.url,
      publishedAt: meta.date ? new Date(meta.date) : undefined,
      sourceFile: file,
      story: meta.story ?? manifest?.story,
      event: meta.event,
    };
  });
}
