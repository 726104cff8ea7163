import 'server-only';
import { DEFAULT_VOICE, type VoiceView } from '@/lib/analysis/voice';
import { db } from './db';

export interface MarkerSpan {
  articleId: number;
  sentenceIndex: number;
  family: string;
  label: string;
  start: number;
  end: number;
  text: string;
  rule: string;
  weight: number;
  attrs: unknown;
  /** 'writer' | 'quoted' (lib/analysis/voice.ts), and the quoted speaker. */
  voice: string;
  speaker: string | null;
}

export interface EvidenceSentence {
  articleId: number;
  title: string;
  publishedAt: Date | null;
  sentenceIndex: number;
  /** Offset of the sentence in the article body: marker offsets are body offsets. */
  start: number;
  text: string;
  markers: MarkerSpan[];
}

export interface Evidence {
  sentences: EvidenceSentence[];
  totalSentences: number;
  totalMarkers: number;
  words: Array<{ word: string; n: number }>;
}

export const EVIDENCE_PAGE = 50;

/**
 * The sentences of one outlet that produced a metric: markers of `family` (and `label` when given) in a voice, a page
 * of sentences at a time, with every matching marker in them and the most frequent matched words.
 */
export async function getEvidence(
  outletId: number,
  family: string,
  label: string | null,
  page: number,
  voice: VoiceView = DEFAULT_VOICE,
  /** The markers that are the metric's hits when they are not all of `label`'s (the loaded total: sentences). */
  hitLabel: string | null = label,
): Promise<Evidence> {
  const prisma = await db();
  // null: both voices.
  const v = voice === 'all' ? null : voice;
  const [totals, hits, words] = await Promise.all([
    prisma.$queryRaw<Array<{ sentences: number; markers: number }>>`
      SELECT count(DISTINCT (m."articleId", m."sentenceIndex"))::int AS sentences, count(*)::int AS markers
      FROM "Marker" m
      WHERE m."outletId" = ${outletId} AND m.family = ${family} AND (${hitLabel}::text IS NULL OR m.label = ${hitLabel}::text) AND (${v}::text IS NULL OR m.voice = ${v}::text)`,
    prisma.$queryRaw<Array<{ articleId: number; sentenceIndex: number }>>`
      SELECT DISTINCT m."articleId", m."sentenceIndex"
      FROM "Marker" m
      WHERE m."outletId" = ${outletId} AND m.family = ${family} AND (${hitLabel}::text IS NULL OR m.label = ${hitLabel}::text) AND (${v}::text IS NULL OR m.voice = ${v}::text)
      ORDER BY 1, 2 LIMIT ${EVIDENCE_PAGE} OFFSET ${(page - 1) * EVIDENCE_PAGE}`,
    // Whole-sentence markers (a loaded sentence, a long quote) are not "words": keep the summary to short matches.
    prisma.$queryRaw<Array<{ word: string; n: number }>>`
      SELECT lower(m.text) AS word, count(*)::int AS n
      FROM "Marker" m
      WHERE m."outletId" = ${outletId} AND m.family = ${family} AND (${label}::text IS NULL OR m.label = ${label}::text) AND (${v}::text IS NULL OR m.voice = ${v}::text)
        AND m."end" - m.start <= 40
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 30`,
  ]);
  if (!hits.length) return { sentences: [], totalSentences: totals[0]?.sentences ?? 0, totalMarkers: totals[0]?.markers ?? 0, words };
  const aids = hits.map((h) => h.articleId);
  const idx = hits.map((h) => h.sentenceIndex);
  const [sentences, markers] = await Promise.all([
    prisma.$queryRaw<Array<Omit<EvidenceSentence, 'markers'>>>`
      SELECT s."articleId", ar.title, ar."publishedAt", s.index AS "sentenceIndex", s.start, s.text
      FROM "Sentence" s JOIN "Article" ar ON ar.id = s."articleId"
      WHERE (s."articleId", s.index) IN (SELECT * FROM unnest(${aids}::int[], ${idx}::int[]))
      ORDER BY s."articleId", s.index`,
    prisma.$queryRaw<MarkerSpan[]>`
      SELECT "articleId", "sentenceIndex", family, label, start, "end", text, rule, weight, attrs, voice, speaker
      FROM "Marker"
      WHERE "outletId" = ${outletId} AND family = ${family} AND (${label}::text IS NULL OR label = ${label}::text) AND (${v}::text IS NULL OR voice = ${v}::text)
        AND ("articleId", "sentenceIndex") IN (SELECT * FROM unnest(${aids}::int[], ${idx}::int[]))
      ORDER BY start`,
  ]);
  const key = (a: number, i: number) => `${a}:${i}`;
  const byKey = new Map<string, MarkerSpan[]>();
  for (const m of markers) {
    const k = key(m.articleId, m.sentenceIndex);
    byKey.set(k, [...(byKey.get(k) ?? []), m]);
  }
  return {
    sentences: sentences.map((s) => excerpt({ ...s, markers: byKey.get(key(s.articleId, s.sentenceIndex)) ?? [] })),
    totalSentences: totals[0].sentences,
    totalMarkers: totals[0].markers,
    words,
  };
}

/** Characters of a sentence shown as evidence: a longer one (a text without full stops) shows the part around its markers. */
export const EXCERPT_CHARS = 1_500;

export function excerpt(s: EvidenceSentence): EvidenceSentence {
  if (s.text.length <= EXCERPT_CHARS) return s;
  const first = s.markers.length ? Math.min(...s.markers.map((m) => m.start)) - s.start : 0;
  const from = Math.max(0, Math.min(first - 200, s.text.length - EXCERPT_CHARS));
  const to = from + EXCERPT_CHARS;
  return { ...s, text: `${from > 0 ? '…' : ''}${s.text.slice(from, to)}…`, start: s.start + from - (from > 0 ? 1 : 0) };
}
