/**
 * Target-dependent sentiment: how a sentence feels about one actor in it, not the sentence as a whole.
 *
 * A small multinomial logistic regression (negative / neutral / positive) over transparent features:
 * every word of the sentence (the shared parse's tokens and lemmas, lib/nlp), weighted by its distance (in words)
 * to the nearest mention of the target, damped across each clause break between them, split by side (before /
 * after the target, so "X blamed" and "blamed X" can differ), with its AFINN-165 score (negated when a negator
 * precedes it) and with the projection of its GloVe vector (family `v`, so unseen words still count). Weights were
 * fitted on NewsMTSC train only (Hamborg & Donnay, EACL 2021) by scripts/fit-target-sentiment.ts and are
 * stored in target-sentiment-model.json: every score is a sum of per-word pulls, traced back to the words.
 */
import Sentiment from 'sentiment';
import { parseText, type ParsedToken } from '@/lib/nlp';
import model from './target-sentiment-model.json';

const analyzer = new Sentiment();
const MODEL = model as TargetModel;
const afinnCache = new Map<string, number>();

export type Polarity = 'negative' | 'neutral' | 'positive';
export const POLARITIES: Polarity[] = ['negative', 'neutral', 'positive'];

/** Settings of the feature extractor; the fitted model stores the ones it was trained with. */
export interface FeatureParams {
  /** Distance decay: a word d words away from the target weighs exp(-d / tau). */
  tau: number;
  /** Multiplier per clause break (comma, semicolon, "but", quote mark…) between word and target. */
  barrier: number;
  /** Crude suffix stripping, so "sanction", "sanctions" and "sanctioned" share evidence. */
  stem: boolean;
  /** Feature key: the parse's lemma ("told" → "tell") instead of the stemmed form. */
  lemma?: boolean;
  /** Function words also by the parse's part of speech (determiners, auxiliaries, adpositions, pronouns…). */
  posNeutral?: boolean;
  /** Negation scope: the 3 tokens after a negator ('window'), or the parse's negation flag as well ('parse'). */
  negation?: 'window' | 'parse';
  /** Scale of the word-vector family `v` (its value is the distance weight times this); 0 or absent: no such family. */
  vectors?: number;
}

export interface TargetModel {
  version: string;
  params: FeatureParams;
  bias: number[];
  weights: Record<string, number[]>;
}

export interface SentimentEvidence {
  /** Offsets into the text that was scored (callers shift them to body offsets). */
  start: number;
  end: number;
  text: string;
  /** Signed pull of this word on the score (positive pushes toward positive). */
  weight: number;
}

export interface TargetSentiment {
  /** P(positive) − P(negative), in [−1, 1]. */
  score: number;
  polarity: Polarity;
  probabilities: Record<Polarity, number>;
  evidence: SentimentEvidence[];
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** From the shared parse (lib/nlp): Universal POS tag, lemma, inside a negation's scope. */
  pos: string;
  lemma: string;
  negated: boolean;
}

/** Parts of speech that are function words (never evidence, like NEUTRAL_WORDS). */
const FUNCTION_POS = new Set(['DET', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'PRON']);
/** Punctuation that ends a clause (not hyphens, full stops of abbreviations, currency signs). */
const BREAK_PUNCT = /^[,;:()“”"‘’—–!?']$/;
const BREAK_WORDS = new Set(['but', 'while', 'although', 'though', 'whereas', 'however', 'because', 'which', 'who', 'after', 'before', 'when']);
const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'its', 'their', 'it', 'i', 'we', 'you']);
/**
 * Words that are never evidence about a target: titles and honorifics (TITLE_WORDS: "Speaker", "Mr.", "Gov."),
 * report verbs and function words (NEUTRAL_WORDS: "said", "according", "the", "will", "between"). None carries a
 * feature. Titles also take no place in the word distances, so adding, removing or swapping a title leaves every
 * feature of a sentence as it was (issue 17: "Speaker", "Mr./Ms." and "Gov." had flipped labels); the other neutral
 * words keep their place (they still separate words). Pronouns stay words (a target may be one); negators stay
 * words (they negate what follows).
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms miss mx dr sir dame lord lady sen sens senator senators rep reps representative representatives ' +
    'congressman congresswoman gov governor governors president vice speaker justice judge chief secretary minister ' +
    'prime premier chancellor ambassador mayor king queen prince princess gen general lt col adm sgt capt cmdr maj ' +
    'spokesman spokeswoman spokesperson chairman chairwoman chair commissioner director attorney prof professor rev ' +
    'pope sheikh ayatollah deputy former leader sec atty'
  ).split(' '),
);
/** Neutral report verbs: evaluative ones such as "admitted" or "claimed" stay evidence. */
export const REPORT_WORDS: ReadonlySet<string> = new Set(
  'said say says saying told tell tells according stated added adds noted notes announced announces wrote writes explained explains replied replies reported reports asked asks commented remarked spoke speaks speaking'.split(' '),
);
export const NEUTRAL_WORDS: ReadonlySet<string> = new Set(
  (
    // function words
    // function words: articles, auxiliaries, demonstratives, conjunctions, prepositions ("the", "will", "that",
    // "between", "against"; the one right before the target is a target feature, see walkFeatures)
    'the a an of that this these those will would shall should can could may might must be is are was were been ' +
    'being am has have had having do does did it its and or nor so than then there here between also just yet if ' +
    'whether which who whom whose what when where while because though although however to in on at by for with ' +
    'from as about into onto over under upon through during among within via per after before since until like ' +
    "against toward towards across around behind beyond despite without ahead amid 's " +
    // dates
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december today yesterday tomorrow week weekend month year'
  ).split(' '),
);
/** Function words whose place right before the target is a target feature ("against X", "said that X"). */
const PREV_CONTEXT = new Set('that the a an of between to in on at by for with from as about over against toward towards after before like despite without amid'.split(' '));
const NEGATORS = new Set(['not', 'no', 'never', 'without', 'nor', 'neither', 'none', 'nothing', 'cannot', 'hardly', 'barely']);
/** A modal or an auxiliary right after the target (whole lower-cased forms). */
const MODALS = new Set('will would can could may might must shall should'.split(' '));
const AUXILIARIES = new Set('is are was were has have had be been being'.split(' '));

/** What a token's form alone decides, cached by form (the same words recur in every sentence). */
interface Form {
  lower: string;
  word: boolean;
  negator: boolean;
  breaks: boolean;
  afinn: number;
  /**
   * Never evidence (TITLE_WORDS, NEUTRAL_WORDS, REPORT_WORDS), nor a single letter or digit: the parse splits
   * "(D-Ohio)" into D, -, Ohio, and a party's letter is an affiliation, not an evaluation (it had learnt a pull).
   */
  neutral: boolean;
  /** A title: not even a place in distances (TITLE_WORDS). */
  title: boolean;
  /** Feature key when the model stems, and when it does not. */
  stemmed: string;
  /**
   * The lemma last seen with this form and its lower-cased feature key: a form nearly always has the same lemma, so
   * its key is one string made once (its hash computed once for the weight lookups), not a new string per token.
   */
  lemma?: string;
  lemmaKey?: string;
  /**
   * This form's rows of a model's word weights (wordWeightMap), looked up once rather than once per sentence: the
   * vector family's (keyed by the form) and the other families' (keyed by `rowKey`, the feature key last asked).
   */
  rowModel?: TargetModel;
  vRow?: WeightRow;
  rowKey?: string;
  row?: WeightRow;
}
/** One word's weights per family (FAMILIES), as wordWeightMap stores them. */
type WeightRow = Array<number[] | undefined>;
const FORMS = new Map<string, Form>();

function formOf(t: string): Form {
  let f = FORMS.get(t);
  if (f === undefined) {
    // Names and numbers are open-ended: start over rather than grow without bound in a long run.
    if (FORMS.size > 100_000) FORMS.clear();
    const lower = t.toLowerCase().replace(/’/g, "'").replace(/^(\p{L}+)\.$/u, '$1');
    const word = /[\p{L}\p{N}]/u.test(t);
    f = { lower, word, negator: isNegator(lower), breaks: BREAK_PUNCT.test(t) || BREAK_WORDS.has(lower), afinn: word ? afinnOf(lower) : 0, neutral: word && (NEUTRAL_WORDS.has(lower) || isTitle(lower) || REPORT_WORDS.has(lower) || [...lower].length === 1), title: word && isTitle(lower), stemmed: word ? stem(lower) : '', lemma: undefined, lemmaKey: undefined, rowModel: undefined, vRow: undefined, rowKey: undefined, row: undefined };
    FORMS.set(t, f);
  }
  return f;
}

/** The feature key of a lemma seen with form `f` (see Form.lemma). */
function lemmaKeyOf(f: Form, lemma: string): string {
  if (f.lemma !== lemma || f.lemmaKey === undefined) {
    f.lemma = lemma;
    f.lemmaKey = lemma.toLowerCase();
  }
  return f.lemmaKey;
}

/** The sentence's tokens from the shared parse (lib/nlp), or from `parsed` when the caller has them (offsets into `text`). */
export function tokenize(text: string, parsed: ParsedToken[] = parseText(text).tokens): Token[] {
  return tokensAndForms(text, parsed, 0).tokens;
}

/** Tokens and their forms in one pass (one form lookup per token); `base` is subtracted from the parse's offsets. */
function tokensAndForms(text: string, parsed: ParsedToken[], base: number): { tokens: Token[]; forms: Form[] } {
  const tokens: Token[] = new Array(parsed.length);
  const forms: Form[] = new Array(parsed.length);
  for (let i = 0; i < parsed.length; i++) {
    const p = parsed[i];
    const start = p.start - base;
    const end = p.end - base;
    const t = text.slice(start, end);
    const f = formOf(t);
    forms[i] = f;
    tokens[i] = { text: t, lower: f.lower, start, end, word: f.word, pos: p.pos, lemma: p.lemma, negated: p.negated };
  }
  return { tokens, forms };
}

/** A title word, also "then-president", "ex-senator", "former-governor". */
function isTitle(lower: string): boolean {
  if (TITLE_WORDS.has(lower)) return true;
  const m = /^(?:then|ex|former)-(.+)$/.exec(lower);
  return !!m && TITLE_WORDS.has(m[1]);
}

function isNegator(lower: string): boolean {
  return NEGATORS.has(lower) || lower.endsWith("n't");
}

/** Deliberately crude: enough to pool inflections of the same word without a dictionary. */
export function stem(w: string): string {
  if (w.length <= 4) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 5) return w.slice(0, -3) + 'y';
  if (w.endsWith('ing') && w.length > 6) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 5) return w.slice(0, -2);
  if (w.endsWith('es') && w.length > 5 && /(?:sh|ch|x|ss)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

/** AFINN-165 score of one word (through `sentiment`, so its lexicon and ours never drift apart). */
function afinnOf(lower: string): number {
  let v = afinnCache.get(lower);
  if (v === undefined) {
    // `sentiment` applies its own negation to "not x"; a single word never triggers it.
    v = NEGATORS.has(lower) ? 0 : analyzer.analyze(lower).score;
    afinnCache.set(lower, v);
  }
  return v;
}

export interface FeatureVector {
  /** Sentence-level and target-level features (not tied to one word). */
  global: Map<string, number>;
  /** Per word token: its features, for evidence. */
  words: { token: Token; features: Array<[string, number]> }[];
}

/**
 * What the features need from a sentence whatever the target: tokens, quote state, word positions, clause
 * breaks, and each word's feature key, negation and AFINN score. A sentence with several actors is prepared once
 * and scored for each (findActors), instead of being re-tokenised per mention.
 */
export interface PreparedSentence {
  text: string;
  /** The feature settings it was prepared with (settingOf). */
  setting: string;
  tokens: Token[];
  quoted: boolean[];
  wordPos: number[];
  breaksBefore: number[];
  negated: boolean[];
  /** The word's feature key: its lower-cased form, stemmed when the model stems. */
  keys: string[];
  /** AFINN-165 score, sign-flipped when negated. */
  afinn: number[];
  hasQuote: boolean;
  /** Titles, report verbs, function words: no features (titles take no place in distances either). */
  neutral: boolean[];
  title: boolean[];
  /** A word of REPORT_WORDS ("said"), and whether the sentence has one: the same for every target. */
  report: boolean[];
  hasReport: boolean;
  /** Each token's form (formOf), which caches the weight rows of its word. */
  forms: Form[];
  /** The word weights of a model for this sentence, once a target in it was scored (sentenceWeights). */
  weights?: { model: TargetModel; get: (family: number, token: number) => number[] | undefined };
}

/**
 * `parsed` (the shared parse's tokens of this sentence) may carry offsets into a longer text that starts `base`
 * characters before `text` (the article: findActors passes its parse's tokens without copying them).
 */
export function prepareSentence(text: string, params: FeatureParams = MODEL.params, parsed?: ParsedToken[], base = 0): PreparedSentence {
  const { tokens, forms } = tokensAndForms(text, parsed ?? parseText(text).tokens, parsed ? base : 0);
  // Quote state per token: inside a direct quotation or not (straight quotes toggle).
  const quoted: boolean[] = [];
  let open = false;
  for (const t of tokens) {
    if (t.text === '“') open = true;
    else if (t.text === '”') open = false;
    else if (t.text === '"') open = !open;
    quoted.push(open && t.text !== '“' && t.text !== '"');
  }
  const title = titleMask(tokens, forms);
  // Word-distance positions, and clause breaks crossed on the way.
  const wordPos: number[] = [];
  const breaksBefore: number[] = [];
  let wp = 0;
  let b = 0;
  const neutral = forms.map((f, i) => f.neutral || title[i] || (!!params.posNeutral && f.word && FUNCTION_POS.has(tokens[i].pos)));
  for (const [i, t] of tokens.entries()) {
    wordPos.push(t.word && !title[i] ? wp++ : wp - 0.5);
    if (forms[i].breaks) b++;
    breaksBefore.push(b);
  }
  const negated = tokens.map((t, i) => {
    if (params.negation === 'parse' && t.negated) return true;
    for (let k = Math.max(0, i - 3); k < i; k++) if (forms[k].negator) return true;
    return false;
  });
  const keys = tokens.map((t, i) => (t.word ? (params.lemma ? lemmaKeyOf(forms[i], t.lemma) : params.stem ? forms[i].stemmed : t.lower) : ''));
  const afinn = tokens.map((t, i) => (forms[i].afinn && negated[i] ? -forms[i].afinn : forms[i].afinn));
  const hasQuote = tokens.some((t, i) => quoted[i] && t.word);
  const report = tokens.map((t) => t.word && REPORT_WORDS.has(t.lower));
  const hasReport = report.includes(true);
  return { text, setting: settingOf(params), tokens, quoted, wordPos, breaksBefore, negated, keys, afinn, hasQuote, neutral, title, report, hasReport, forms };
}

/** Which feature settings a prepared sentence was made with (a sentence prepared otherwise is prepared again). */
function settingOf(p: FeatureParams): string {
  return `${p.stem}|${!!p.lemma}|${!!p.posNeutral}|${p.negation ?? 'window'}`;
}

/**
 * Title tokens: title words ("Sen.", "Speaker") and the prefix of a hyphenated one the parse splits
 * ("Then-President" is then, -, President): none takes a place in distances or carries a feature.
 */
function titleMask(tokens: Token[], forms: Form[]): boolean[] {
  const title = forms.map((f) => f.title);
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [a, dash, c] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (/^(?:then|ex|former)$/.test(a.lower) && dash.text === '-' && a.end === dash.start && dash.end === c.start && title[i + 2]) title[i] = title[i + 1] = true;
  }
  return title;
}

/**
 * Word feature families: a word's feature key is `${family}:${word}` ("w:sanction", "L1:blamed"). Family `v` is
 * keyed by the word's lower-cased form and carries the same distance weight as `w`: its weights are the fitted
 * projection of the word's GloVe vector (scripts/fit-target-sentiment.ts), so a word never seen in training
 * still pulls like its neighbours in vector space, and its pull stays one number per class.
 */
const FAMILIES = ['w', 'L', 'R', 'o', 'neg', 'L1', 'R1', 'v'] as const;
const [W, L, R, O, NEG, L1, R1, V] = [0, 1, 2, 3, 4, 5, 6, 7];

/**
 * Receives each feature once: a word family (index into FAMILIES) or a named feature, the token it belongs to
 * (-1 for sentence- and target-level features) and its value. Both the feature vector (fitting) and the scorer
 * consume the one walk below, so training and scoring cannot drift apart.
 */
type Emit = (feature: number | string, token: number, value: number) => void;

/** exp(-(d - 1) / tau) for whole distances d, and barrier^b for whole break counts b, per params (the hot loop). */
const DECAY = new WeakMap<FeatureParams, { near: Float64Array; breaks: Float64Array }>();
function decayOf(params: FeatureParams) {
  let d = DECAY.get(params);
  if (!d) {
    d = { near: Float64Array.from({ length: 256 }, (_, k) => Math.exp(-(k - 1) / params.tau)), breaks: Float64Array.from({ length: 256 }, (_, k) => Math.pow(params.barrier, k)) };
    DECAY.set(params, d);
  }
  return d;
}

function overlapsAny(spans: Array<[number, number]>, start: number, end: number): boolean {
  // (An index loop: asked for every token of every target, where destructuring each span showed in profiles.)
  for (let k = 0; k < spans.length; k++) if (start < spans[k][1] && end > spans[k][0]) return true;
  return false;
}

/** The feature "target:after-<word>" of each PREV_CONTEXT word, built once (not a new string per target). */
const AFTER_KEYS = new Map([...PREV_CONTEXT].map((w) => [w, `target:after-${w}`]));

/** Which tokens are in the target (1) or in another actor's mention (2); reused between walks, cleared after each. */
let marks = new Uint8Array(256);

function walkFeatures(ps: PreparedSentence, spans: Array<[number, number]>, params: FeatureParams, others: Array<[number, number]>, emit: Emit): void {
  const n = ps.tokens.length;
  if (marks.length < n) marks = new Uint8Array(Math.max(n, 2 * marks.length));
  try {
    walk(ps, spans, params, others, emit, marks);
  } finally {
    marks.fill(0, 0, n);
  }
}

function walk(ps: PreparedSentence, spans: Array<[number, number]>, params: FeatureParams, others: Array<[number, number]>, emit: Emit, mark: Uint8Array): void {
  const { tokens, quoted, wordPos, breaksBefore, negated, afinn, neutral, title, report } = ps;
  const n = tokens.length;
  const targetIdx: number[] = [];
  const otherIdx: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (overlapsAny(spans, t.start, t.end)) {
      mark[i] = 1;
      targetIdx.push(i);
    } else if (others.length && overlapsAny(others, t.start, t.end)) {
      mark[i] = 2;
      otherIdx.push(i);
    }
  }
  const main = spans[0];
  emit('bias', -1, 1);
  if (otherIdx.length) emit('sent:other-targets', -1, 1);
  // The target's own tokens (those of spans[0]): the first, the last and how many.
  let first = -1;
  let last = -1;
  let mainCount = 0;
  for (const i of targetIdx) {
    if (tokens[i].start < main[1] && tokens[i].end > main[0]) {
      if (first < 0) first = i;
      last = i;
      mainCount++;
    }
  }
  if (first < 0) return;
  if (quoted[first]) emit('target:quoted', -1, 1);
  let initial = true;
  for (let k = 0; k < first && initial; k++) if (tokens[k].word && !title[k]) initial = false;
  if (initial) emit('target:initial', -1, 1);
  // The target is a pronoun when it is one token that is one ("he", "its").
  if (first === last && PRONOUNS.has(tokens[first].lower)) emit('target:pronoun', -1, 1);
  if (targetIdx.length > mainCount) emit('target:repeated', -1, 1);
  if (ps.hasQuote) emit('sent:has-quote', -1, 1);

  const decay = decayOf(params);
  // Whether the target speaks: a report verb right next to it, as one feature of the target, never a word's evidence.
  let reportL = false;
  let reportR = false;
  // (Scanned by token index, but measured in word positions: titles in between take no place.)
  for (let i = Math.max(0, first - 12); i < Math.min(n, last + 12); i++) {
    if (!report[i]) continue;
    const d = i < first ? wordPos[first] - wordPos[i] : wordPos[i] - wordPos[last];
    if (d <= 2 && breaksBefore[i] === breaksBefore[i < first ? first : last]) {
      if (i < first) reportL = true;
      else reportR = true;
    }
  }
  if (reportL) emit('target:report-before', -1, 1);
  if (reportR) emit('target:report-after', -1, 1);
  // Grammatical context that is no evaluation but tells reporting from judging: a modal or auxiliary right after
  // the target ("X will", "X has"), "that" right before it ("said that X"), a report verb anywhere in the sentence.
  // (Titles are skipped: "that Sen. X" is "that X".)
  let next = last + 1;
  while (next < n && !(tokens[next].word && !title[next])) next++;
  let prev = first - 1;
  while (prev >= 0 && !(tokens[prev].word && !title[prev])) prev--;
  const nextWord = next < n ? tokens[next] : undefined;
  const prevWord = prev >= 0 ? tokens[prev] : undefined;
  if (nextWord && MODALS.has(nextWord.lower)) emit('target:modal-after', -1, 1);
  if (nextWord && AUXILIARIES.has(nextWord.lower)) emit('target:aux-after', -1, 1);
  const after = prevWord && AFTER_KEYS.get(prevWord.lower);
  if (after) emit(after, -1, 1);
  if (ps.hasReport) emit('sent:report', -1, 1);
  let afPos = 0;
  let afNeg = 0;
  for (let i = 0; i < n; i++) {
    if (!tokens[i].word || neutral[i] || mark[i]) continue;
    let best = Infinity;
    let left = false;
    let breaks = 0;
    for (const j of targetIdx) {
      const d = Math.abs(wordPos[i] - wordPos[j]);
      if (d < best) {
        best = d;
        left = i < j;
        breaks = Math.abs(breaksBefore[i] - breaksBefore[j]);
      }
    }
    // Distances between words are whole numbers (a target may also cover a quote mark, at a half position).
    const near = Number.isInteger(best) && best < 256 ? decay.near[best] : Math.exp(-(best - 1) / params.tau);
    const v = near * (breaks < 256 ? decay.breaks[breaks] : Math.pow(params.barrier, breaks));
    let nearOther = false;
    for (const j of otherIdx) {
      if (Math.abs(wordPos[i] - wordPos[j]) < best) {
        nearOther = true;
        break;
      }
    }
    // Zero-valued features are left out (they move nothing).
    if (v !== 0) {
      emit(W, i, v);
      if (params.vectors) emit(V, i, v * params.vectors);
      emit(nearOther ? O : left ? L : R, i, v);
      if (negated[i]) emit(NEG, i, v);
    }
    // The word right next to the target: its verb when it is the subject ("X blamed"), the verb or
    // preposition governing it when it is the object ("blamed X", "against X").
    if (best <= 1 && breaks === 0) emit(left ? L1 : R1, i, 1);
    const af = afinn[i];
    if (af) {
      const x = Math.abs(af) * v;
      if (x !== 0) {
        emit(af > 0 ? (nearOther ? 'afinn+:o' : left ? 'afinn+:L' : 'afinn+:R') : nearOther ? 'afinn-:o' : left ? 'afinn-:L' : 'afinn-:R', i, x);
        if (quoted[i]) emit(af > 0 ? 'afinn+:q' : 'afinn-:q', i, x);
      }
      if (af > 0) afPos += af;
      else afNeg -= af;
    }
  }
  if (afPos) emit('afinn+:sent', -1, Math.log1p(afPos));
  if (afNeg) emit('afinn-:sent', -1, Math.log1p(afNeg));
}

function prepared(text: string, params: FeatureParams, ps?: PreparedSentence): PreparedSentence {
  return ps && ps.text === text && ps.setting === settingOf(params) ? ps : prepareSentence(text, params);
}

/**
 * Features of one target in one sentence. `spans` are the target's mentions in `text` (the scored one first);
 * distance is measured to the nearest of them. `others` are mentions of other actors: a word nearer to one of
 * them than to the target is more likely about them, so it gets its own feature family. `ps` is the sentence
 * already prepared (prepareSentence) with the same params.
 */
export function targetFeatures(
  text: string,
  spans: Array<[number, number]>,
  params: FeatureParams,
  others: Array<[number, number]> = [],
  ps?: PreparedSentence,
): FeatureVector {
  const sentence = prepared(text, params, ps);
  const global = new Map<string, number>();
  const words: FeatureVector['words'] = [];
  let last = -1;
  walkFeatures(sentence, spans, params, others, (feature, token, value) => {
    const key = typeof feature === 'number' ? `${FAMILIES[feature]}:${feature === V ? sentence.tokens[token].lower : sentence.keys[token]}` : feature;
    if (token < 0) global.set(key, value);
    else {
      if (token !== last) words.push({ token: sentence.tokens[token], features: [] });
      last = token;
      words[words.length - 1].features.push([key, value]);
    }
  });
  return { global, words };
}

/** Sparse feature map of a vector (global features plus all word features summed). */
export function flatten(fv: FeatureVector): Map<string, number> {
  const out = new Map(fv.global);
  for (const { features } of fv.words) for (const [k, v] of features) out.set(k, (out.get(k) ?? 0) + v);
  return out;
}

export function predict(m: TargetModel, feats: Map<string, number>): number[] {
  const z = [...m.bias];
  for (const [k, v] of feats) {
    const w = m.weights[k];
    if (w) for (let c = 0; c < 3; c++) z[c] += w[c] * v;
  }
  return softmax(z);
}

function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((x) => Math.exp(x - max));
  const s = e[0] + e[1] + e[2];
  return e.map((x) => x / s);
}

/** Each word's pull on the score of one target, reused between targets (only touched words are set, then cleared). */
let pulls = new Float64Array(256);

/**
 * Sentiment toward the target at `spans[0]` (offsets into `text`, end exclusive; further spans are other
 * mentions of the same actor in the text). Evidence lists the words that pulled the score most, signed.
 */
export function scoreTarget(
  text: string,
  spans: Array<[number, number]>,
  others: Array<[number, number]> = [],
  m: TargetModel = MODEL,
  ps?: PreparedSentence,
): TargetSentiment {
  const sentence = prepared(text, m.params, ps);
  const weights = weightMap(m);
  const wordWeights = sentenceWeights(sentence, m);
  // predict(m, flatten(targetFeatures(…))) and each word's pull, accumulated as the features are walked.
  // (Three locals rather than an array: the same sums in the same order.)
  let z0 = m.bias[0];
  let z1 = m.bias[1];
  let z2 = m.bias[2];
  if (pulls.length < sentence.tokens.length) pulls = new Float64Array(Math.max(sentence.tokens.length, 2 * pulls.length));
  const pull = pulls;
  const touched: number[] = [];
  walkFeatures(sentence, spans, m.params, others, (feature, token, value) => {
    const w = typeof feature === 'number' ? wordWeights(feature, token) : weights.get(feature);
    if (!w) return;
    z0 += w[0] * value;
    z1 += w[1] * value;
    z2 += w[2] * value;
    if (token < 0) return;
    if (touched[touched.length - 1] !== token) touched.push(token);
    pull[token] += value * (w[2] - w[0]);
  });
  const evidence: SentimentEvidence[] = [];
  for (const i of touched) {
    const token = sentence.tokens[i];
    if (Math.abs(pull[i]) >= 0.15) evidence.push({ start: token.start, end: token.end, text: token.text, weight: round(pull[i]) });
    pull[i] = 0;
  }
  const p = softmax([z0, z1, z2]);
  const best = p.indexOf(Math.max(...p));
  evidence.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return {
    score: round(p[2] - p[0]),
    polarity: POLARITIES[best],
    probabilities: { negative: round(p[0]), neutral: round(p[1]), positive: round(p[2]) },
    evidence: evidence.slice(0, 6).sort((a, b) => a.start - b.start),
  };
}

/**
 * The weights of each word's features by family, looked up once per sentence (a sentence's words are scored for
 * every actor in it), so scoring a target builds no key strings.
 */
/** The row of a word the model has no weights for. */
const NO_ROW: WeightRow = [];
function sentenceWeights(ps: PreparedSentence, m: TargetModel) {
  const cached = ps.weights;
  if (cached && cached.model === m) return cached.get;
  const byWord = wordWeightMap(m);
  // The rows of the words that can carry features (function words, titles and punctuation never do), through each
  // token's form: the vector family is keyed by the word's form, the others by its feature key (lemma or stem).
  const n = ps.tokens.length;
  const vRows: WeightRow[] = new Array(n);
  const keyRows: WeightRow[] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (!ps.tokens[i].word || ps.neutral[i]) {
      vRows[i] = keyRows[i] = NO_ROW;
      continue;
    }
    const f = ps.forms[i];
    if (f.rowModel !== m) {
      f.rowModel = m;
      f.vRow = f.row = f.rowKey = undefined;
    }
    vRows[i] = f.vRow ??= byWord.get(f.lower) ?? NO_ROW;
    const key = ps.keys[i];
    if (f.rowKey !== key || f.row === undefined) {
      f.rowKey = key;
      f.row = byWord.get(key) ?? NO_ROW;
    }
    keyRows[i] = f.row;
  }
  const get = (family: number, token: number) => (family === V ? vRows : keyRows)[token][family];
  ps.weights = { model: m, get };
  return get;
}

/** A model's word-feature weights by word key, one slot per family ("L1:blamed" is slot L1 of "blamed"). */
const WORD_WEIGHT_MAPS = new WeakMap<TargetModel, Map<string, Array<number[] | undefined>>>();
function wordWeightMap(m: TargetModel): Map<string, Array<number[] | undefined>> {
  let map = WORD_WEIGHT_MAPS.get(m);
  if (!map) {
    map = new Map();
    for (const [key, w] of Object.entries(m.weights)) {
      const colon = key.indexOf(':');
      const family = (FAMILIES as readonly string[]).indexOf(key.slice(0, colon));
      if (family < 0) continue;
      const word = key.slice(colon + 1);
      let row = map.get(word);
      if (!row) map.set(word, (row = new Array<number[] | undefined>(FAMILIES.length)));
      row[family] = w;
    }
    WORD_WEIGHT_MAPS.set(m, map);
  }
  return map;
}

/** A model's weights as a Map (a plain object with tens of thousands of keys is a slow dictionary). */
const WEIGHT_MAPS = new WeakMap<TargetModel, Map<string, number[]>>();
function weightMap(m: TargetModel): Map<string, number[]> {
  let map = WEIGHT_MAPS.get(m);
  if (!map) WEIGHT_MAPS.set(m, (map = new Map(Object.entries(m.weights))));
  return map;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
