/**
 * BASIL (Fan et al. 2019) articles with their lexical-bias spans, read as ingest would store them: sentences joined
 * by a space, paragraphs by a blank line. Shared by the loaded-language eval and the loaded-word fit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SentenceSpan } from '@/lib/analysis/types';

interface BasilSpan {
  bias: string;
  start: number;
  end: number;
  txt: string;
}

export interface BasilArticle {
  year: string;
  /** Annotation file name. */
  name: string;
  body: string;
  sentences: SentenceSpan[];
  /** Lexical-bias spans (`bias: "lex"`) as body offsets, with their sentence. */
  gold: Array<{ start: number; end: number; sentence: number }>;
  /** Lexical spans whose text was not found in their sentence. */
  unresolved: number;
}

export interface BasilRead {
  years: string[];
  articles: BasilArticle[];
  /** Annotation files without their article file. */
  missing: string[];
}

/** Every annotated article under `<root>/annotations/<year>/*_ann.json` with `<root>/articles/<year>/*.json`. */
export function readBasil(root: string): BasilRead {
  const annRoot = path.join(root, 'annotations');
  const out: BasilRead = { years: [], articles: [], missing: [] };
  if (!existsSync(annRoot)) return out;
  out.years = readdirSync(annRoot).filter((y) => /^\d{4}$/.test(y)).sort();
  for (const year of out.years) {
    for (const name of readdirSync(path.join(annRoot, year)).filter((f) => f.endsWith('.json')).sort()) {
      const articleFile = path.join(root, 'articles', year, name.replace(/_ann\.json$/, '.json'));
      if (!existsSync(articleFile)) {
        out.missing.push(path.join('articles', year, path.basename(articleFile)));
        continue;
      }
      const ann = JSON.parse(readFileSync(path.join(annRoot, year, name), 'utf8')) as { 'phrase-level-annotations'?: BasilSpan[] };
      const article = JSON.parse(readFileSync(articleFile, 'utf8')) as { 'body-paragraphs'?: string[][] };
      let body = '';
      const sentences: SentenceSpan[] = [];
      for (const para of article['body-paragraphs'] ?? []) {
        if (body) body += '\n\n';
        para.forEach((s, k) => {
          if (k) body += ' ';
          sentences.push({ index: sentences.length, start: body.length, end: body.length + s.length });
          body += s;
        });
      }
      if (!sentences.length) continue;
      // Each span's sentence: the one whose slice(start, end) is the span's text (BASIL stores no sentence index).
      const gold: BasilArticle['gold'] = [];
      let unresolved = 0;
      for (const sp of (ann['phrase-level-annotations'] ?? []).filter((a) => a.bias === 'lex')) {
        const hit = sentences.find((s) => body.slice(s.start + sp.start, s.start + sp.end) === sp.txt);
        if (!hit) {
          unresolved++;
          continue;
        }
        gold.push({ start: hit.start + sp.start, end: hit.start + sp.end, sentence: hit.index });
      }
      out.articles.push({ year, name, body, sentences, gold, unresolved });
    }
  }
  return out;
}
