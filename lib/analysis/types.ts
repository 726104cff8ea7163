/**
 * The contract between analysis (pure), storage and the dashboard.
 * Every number the dashboard shows is a sum over Marker rows, so every number can be explained.
 */

/** A sentence as stored: character offsets into the article body, end exclusive. */
export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
}

/** One piece of evidence: the exact characters of the body that fired a rule. */
export interface Marker {
  /** Marker family, e.g. 'sentiment', 'hedge', 'certainty', 'report-verb', 'quote', 'scare-quote', 'loaded', 'frame'. */
  family: string;
  sentenceIndex: number;
  /** Character offsets into the article body; body.slice(start, end) === text. */
  start: number;
  end: number;
  text: string;
  /** Sub-kind within the family, e.g. 'positive' | 'negative' for sentiment. */
  label: string;
  /** The lexicon entry or rule that fired, e.g. 'afinn:criticized'. */
  rule: string;
  /** Signed contribution to the family's figure (AFINN score for sentiment, 1 for plain counts). */
  weight: number;
  /** Optional extras, e.g. { speaker: 'Wang Yi' } on a report verb or quote, { lemma: 'insist' }. */
  attrs?: Record<string, string>;
  /** Whose words these are: the outlet's own ('writer') or inside a quotation ('quoted'); see lib/analysis/voice.ts. */
  voice?: 'writer' | 'quoted';
  /** The quoted speaker, when the marker is quoted and the quotation has one. */
  speaker?: string;
}

/** A per-article figure: a count of evidence and its rate per 100 words. */
export interface Figure {
  count: number;
  per100: number;
}

export interface SentenceScore {
  index: number;
  /** AFINN sum over the sentence's words. */
  sentiment: number;
  /** sentiment / words in the sentence. */
  comparative: number;
  /** Probability (0..1) that the sentence uses loaded/biased language (lib/analysis/loaded.ts). */
  loaded?: number;
  /** Policy frame ids assigned to the sentence by cue words (lib/analysis/frames.ts). */
  frames?: string[];
}

/**
 * A quotation span (GUIDELINES.md §3.2): direct (a clause of someone's words), partial (a phrase of a speaker the
 * context names), scare (distance, no speaker) or title (a work, law, programme, nickname). Offsets into the body,
 * from the opening mark through the closing one; depth > 0 for quotes inside quotes.
 */
export interface Quotation {
  start: number;
  end: number;
  kind: 'direct' | 'partial' | 'scare' | 'title';
  depth: number;
  /** The speaker as resolved (a pronoun resolved to the last named speaker). */
  speaker?: string;
  /** Offsets of the speaker phrase the attribution found (may be the pronoun). */
  speakerStart?: number;
  speakerEnd?: number;
}

export interface ArticleAnalysis {
  words: number;
  sentiment: { score: number; comparative: number };
  sentences: SentenceScore[];
  /** Figures keyed by metric name, e.g. 'sentiment.positive', 'hedge'. */
  figures: Record<string, Figure>;
  /** Non-count measures keyed by metric name, e.g. 'quote.word_share', 'loaded.mean_probability'. */
  measures: Record<string, number>;
  markers: Marker[];
  /** Every quotation span with its kind and speaker, in text order (for voice: writer vs quoted). */
  quotations: Quotation[];
}
