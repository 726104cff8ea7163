/**
 * `parallax analyse`: the analysis of ingest's inputs without a database, one result per record, in a format kept
 * stable for researchers' own tools (README, "parallax analyse"). Pure apart from what the caller reads.
 */
import { analyzeArticle } from '@/lib/analysis';
import type { Marker } from '@/lib/analysis/types';
import { findActors } from '@/lib/actors';
import { parseText } from '@/lib/nlp';
import { analysedPart, analysisEnd, countWords, DEFAULT_MAX_WORDS, splitSentences } from '@/lib/ingest/sentences';
import type { ArticleInput } from '@/lib/ingest/types';
import { givenOffsets } from './offsets';

export interface RecordMarker {
  family: string;
  kind: string;
  start: number;
  end: number;
  text: string;
  rule: string;
  voice: 'writer' | 'quoted';
  speaker?: string;
  attrs: Record<string, string>;
}

export interface RecordActor {
  actor: string;
  name: string;
  type: string;
  start: number;
  end: number;
  text: string;
}

export interface RecordAnalysis {
  /** The record's own "id" when it has one; else "<file>#<record>" (multi-record files) or the file. */
  id: string | number;
  file: string;
  /** 1-based record number in a .json, .jsonl or .csv file. */
  record?: number;
  /** Only for inputs without a text field (.txt, .html): the cleaned text the offsets point into. */
  text?: string;
  markers: RecordMarker[];
  actors: RecordActor[];
}

/** Today's marker families under their public names: a scare quote is a quote of kind "scare". */
export function publicFamily(m: Pick<Marker, 'family' | 'label' | 'attrs'>): { family: string; kind: string } {
  if (m.family === 'scare-quote') return { family: 'quote', kind: 'scare' };
  // A quote marker's label says attributed or not; the parse's kind (direct or partial) is in its attrs.
  if (m.family === 'quote') return { family: 'quote', kind: m.attrs?.kind === 'partial' ? 'partial' : 'direct' };
  return { family: m.family, kind: m.label };
}

/** A record of a .json, .jsonl or .csv file, read with `keepRecordText`: its body is its text field. */
function hasTextField(article: ArticleInput): boolean {
  return article.sourceRecord !== undefined;
}

/** The text a record's offsets point into: its text field as given, or the cleaned text for .txt and .html. */
export function offsetText(article: ArticleInput): string {
  return hasTextField(article) ? (article.givenText ?? article.body) : article.body;
}

/**
 * Analyses one record as ingest read it with `keepRecordText`: a record's text field as it is (only its line ends
 * made \n, not cleaned of page furniture: it is taken to be the article's text), so offsets point into it
 * unchanged. A .txt or .html file is analysed as ingest stores it, cleaned, and that text comes with the result.
 */
export function analyseRecord(article: ArticleInput, options: { maxWords?: number } = {}): RecordAnalysis {
  const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS;
  const inRecord = hasTextField(article);
  const text = article.body;
  const spans = splitSentences(text);
  const end = countWords(text) > maxWords ? analysisEnd(text, spans, maxWords) : null;
  const { body, sentences } = analysedPart(text, spans, end);
  // One parse for the marker families and the actors.
  const parse = parseText(body);
  const analysis = analyzeArticle(body, sentences, parse);
  const mentions = findActors(body, sentences, { parse });

  const given = offsetText(article);
  const map = inRecord ? givenOffsets(given) : (offset: number) => offset;
  const place = (start: number, stop: number) => {
    const s = map(start);
    const e = map(stop);
    return { start: s, end: e, text: given.slice(s, e) };
  };

  const markers = analysis.markers.map((m): RecordMarker => ({
    ...publicFamily(m),
    ...place(m.start, m.end),
    rule: m.rule,
    voice: m.voice ?? 'writer',
    ...(m.speaker ? { speaker: m.speaker } : {}),
    attrs: m.attrs ?? {},
  }));
  // Titles in quotation marks (works, shows, laws…) count in no figure, but a researcher sees them as quotes too.
  for (const q of analysis.quotations) {
    if (q.kind !== 'title') continue;
    markers.push({ family: 'quote', kind: 'title', ...place(q.start, q.end), rule: 'quote:title', voice: 'writer', attrs: {} });
  }
  markers.sort((a, b) => a.start - b.start || a.end - b.end);
  const actors = mentions.map((a): RecordActor => ({ actor: a.actor, name: a.name, type: a.kind, ...place(a.start, a.end) }));
  return {
    id: article.recordId ?? (article.sourceRecord !== undefined ? `${article.sourceFile}#${article.sourceRecord}` : article.sourceFile),
    file: article.sourceFile,
    ...(article.sourceRecord !== undefined && { record: article.sourceRecord }),
    ...(inRecord ? {} : { text: article.body }),
    markers,
    actors,
  };
}
