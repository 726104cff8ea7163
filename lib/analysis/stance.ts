import type { Marker } from './types';
import { PhraseTable, verbForms, type Tokenized } from './tokens';
import {
  ASSERTIVES, ASSERTIVE_PHRASES, BOOSTERS, FACTIVES, FACTIVE_EXCEPTIONS, HEDGES_EXCLUDED_PHRASES,
  HYLAND_HEDGES, INTENSIFIERS, NEWS_HEDGES,
} from './lexicons/stance';

type Entry = { family: 'hedge' | 'certainty'; label: string; source: string; lemma: string };

// Compiled once at module load; every family below is one left-to-right pass over the shared tokens.
const HEDGES = new PhraseTable<Entry>();
for (const h of NEWS_HEDGES) HEDGES.add(h, { family: 'hedge', label: 'news', source: 'news', lemma: h });
for (const h of HYLAND_HEDGES) HEDGES.add(h, { family: 'hedge', label: 'hyland', source: 'hyland', lemma: h });

const CERTAINTY = new PhraseTable<Entry>();
for (const b of BOOSTERS) CERTAINTY.add(b, { family: 'certainty', label: 'booster', source: 'parallax', lemma: b });
for (const b of INTENSIFIERS) CERTAINTY.add(b, { family: 'certainty', label: 'intensifier', source: 'parallax', lemma: b });
for (const a of ASSERTIVES) for (const f of verbForms(a)) CERTAINTY.add(f, { family: 'certainty', label: 'assertive', source: 'hooper', lemma: a });
for (const a of ASSERTIVE_PHRASES) CERTAINTY.add(a, { family: 'certainty', label: 'assertive', source: 'hooper', lemma: a });
for (const a of FACTIVES) for (const f of verbForms(a)) CERTAINTY.add(f, { family: 'certainty', label: 'factive', source: 'hooper', lemma: a });

/** Phrases that contain a hedge or certainty word without being one ("rather than", "known as"). */
const HEDGE_EXCEPTIONS = new PhraseTable<true>();
for (const e of HEDGES_EXCLUDED_PHRASES) HEDGE_EXCEPTIONS.add(e, true);
const CERTAINTY_EXCEPTIONS = new PhraseTable<true>();
for (const e of FACTIVE_EXCEPTIONS) CERTAINTY_EXCEPTIONS.add(e, true);

/** Hedges and certainty markers (boosters, intensifiers, assertive and factive verbs) in one pass. */
export function findStance(t: Tokenized): Marker[] {
  const out: Marker[] = [];
  const n = t.tokens.length;
  // Each token belongs to at most one hedge and one certainty marker; a longer phrase wins.
  for (const [table, exceptions] of [[HEDGES, HEDGE_EXCEPTIONS], [CERTAINTY, CERTAINTY_EXCEPTIONS]] as const) {
    const blocked = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if (!exceptions.startsAt(t, i)) continue;
      const ex = exceptions.match(t, i);
      if (ex) blocked.fill(1, i, i + ex.length);
    }
    for (let i = 0; i < n; i++) {
      const tok = t.tokens[i];
      if (blocked[i]) continue;
      const hit = table.match(t, i);
      if (!hit) continue;
      const e = hit.value;
      // "May 5" is a month; a capital mid-sentence is a name, not the modal.
      if (tok.lower === 'may' && tok.cap && t.ranges[tok.sentence][0] !== i) continue;
      if (e.family === 'hedge' && !hedgeSense(t, i, i + hit.length)) continue;
      // A negated booster or assertive ("not clear") asserts nothing; a factive stays factive ("did not know that").
      if (e.family === 'certainty' && e.label !== 'factive' && negatedBefore(t, i)) continue;
      if (e.family === 'certainty' && !certaintySense(t, i, i + hit.length, e.label)) continue;
      const last = t.tokens[i + hit.length - 1];
      out.push({
        family: e.family,
        sentenceIndex: tok.sentence,
        start: tok.start,
        end: last.end,
        text: t.body.slice(tok.start, last.end),
        label: e.label,
        rule: `${e.source}:${e.lemma}`,
        weight: 1,
      });
      i += hit.length - 1;
    }
  }
  return out;
}

function negatedBefore(t: Tokenized, i: number): boolean {
  const s = t.tokens[i].sentence;
  for (let k = i - 1; k >= i - 2 && k >= 0; k--) {
    if (t.tokens[k].sentence !== s) break;
    if (t.tokens[k].word.negator) return true;
  }
  return false;
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'half', 'a', 'an']);
/** Only before a number or amount are these approximators ("about 300 miles", "some 40 people"). */
const APPROXIMATORS = new Set(['about', 'around', 'nearly', 'some', 'close to']);
const MODALS = new Set(['may', 'might', 'could']);
const BELIEF = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought']);

/**
 * The hedge sense of a word the parse can tell apart (GUIDELINES.md §7): modals as auxiliaries ("May payrolls"
 * is the month), approximators only before a number, "appear" only as "appear to / that / + adjective" (not
 * "appeared before the committee"), "rather" only before an adjective or adverb ("but rather" contrasts),
 * "suspects" only as a verb, "suggest" only with a non-human subject (a person suggesting is speech), belief
 * verbs only with a clause ("believe in", "thought of" are not hedges).
 */
function hedgeSense(t: Tokenized, i: number, j: number): boolean {
  const tok = t.tokens[i];
  const next = t.tokens[j];
  const same = next !== undefined && next.sentence === tok.sentence && next.tight;
  const lower = tok.lower;
  if (MODALS.has(lower)) return tok.pos === 'AUX' || tok.pos === 'VERB' || tok.pos === '';
  if (APPROXIMATORS.has(t.body.slice(tok.start, t.tokens[j - 1].end).toLowerCase())) {
    if (!same) return false;
    if (next.pos === 'NUM' || /^\d/.test(next.text) || /^[$£€]/.test(t.body.slice(tok.end, next.start).trim())) return true;
    return NUMBER_WORDS.has(next.lower) && lower !== 'some' && t.tokens[j + 1]?.pos === 'NUM';
  }
  if (lower.startsWith('appear')) return j - i > 1 || (same && (next.lower === 'to' || next.lower === 'that' || next.pos === 'ADJ'));
  if (lower === 'rather') return same && (next.pos === 'ADJ' || next.pos === 'ADV');
  if (lower === 'suspect' || lower === 'suspects') return tok.pos === 'VERB';
  if (lower.startsWith('suggest')) {
    let k = i - 1;
    while (k > 0 && t.tokens[k].pos === 'ADV' && t.tokens[k].sentence === tok.sentence) k--;
    const prev = t.tokens[k];
    return !(prev && prev.sentence === tok.sentence && (prev.cap || prev.pos === 'PRON' || prev.pos === 'PROPN'));
  }
  const before = t.tokens[i - 1];
  if (BELIEF.has(lower)) return tok.pos === 'VERB' && !(before && before.sentence === tok.sentence && (before.pos === 'DET' || before.pos === 'ADP')) && !(same && (next.lower === 'in' || next.lower === 'of' || next.lower === 'about' || next.lower === 'so'));
  return true;
}

/** Verbs of stance, speech and belief an intensifier may strengthen ("strongly oppose", "sharply criticized"). */
const STANCE_VERBS = new Set(['oppose', 'support', 'believe', 'disagree', 'agree', 'object', 'reject', 'criticize', 'criticise', 'condemn', 'deny', 'dispute', 'urge', 'encourage', 'regret', 'doubt', 'resent', 'fear', 'worry', 'hope', 'want', 'dislike', 'like', 'welcome', 'favor', 'favour', 'resist', 'defend', 'attack', 'warn', 'insist', 'argue', 'question', 'feel', 'care', 'appreciate', 'admire', 'trust', 'distrust']);
const COMPARATIVE = /(?:er|more|less|worse|better)$/;
const DATES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'again', 'repeatedly', 'publicly']);
const COMPLETIVE = new Set(['fully', 'completely', 'totally', 'entirely', 'wholly', 'thoroughly']);

/**
 * Certainty only where it strengthens a claim or an evaluation (GUIDELINES.md §8): intensifiers before a gradable
 * adjective or adverb or a stance verb, never after the verb ("fell sharply") nor on a binary state ("fully
 * vaccinated", "completely closed"); much/far only before a comparative; assertive and factive verbs only as
 * verbs with a proposition ("vowed to", "declared a state", "remote learning", "known as" are not).
 */
function certaintySense(t: Tokenized, i: number, j: number, label: string): boolean {
  const tok = t.tokens[i];
  const next = t.tokens[j];
  const same = next !== undefined && next.sentence === tok.sentence && next.tight;
  if (label === 'intensifier') {
    if (!same) return false;
    if (tok.lower === 'much' || tok.lower === 'far') return COMPARATIVE.test(next.lower) && (next.pos === 'ADJ' || next.pos === 'ADV');
    // "fully vaccinated", "completely closed": a completive degree on a binary state (a participle).
    if (COMPLETIVE.has(tok.lower) && /(?:ed|en)$/.test(next.lower)) return false;
    if (next.pos === 'ADJ' || next.pos === 'ADV') return !(next.pos === 'ADV' && (next.lower === 'as' || next.lower === 'much' || next.lower === 'many'));
    if (next.pos === 'VERB') return STANCE_VERBS.has(next.lemma) && tok.lower !== 'so' && tok.lower !== 'too';
    return false;
  }
  if (label === 'assertive' || label === 'factive') {
    // Phrases ("make clear", "it is clear") carry their own frame; single verbs must be verbs.
    if (j - i > 1 || !/^(?:VERB|AUX|)$/.test(tok.pos)) return j - i > 1;
    if (!same) return label === 'factive' ? false : true;
    // "vowed Wednesday to press ahead": a date may stand between the verb and its infinitive.
    const after = DATES.has(next.lower) && t.tokens[j + 1]?.sentence === tok.sentence ? t.tokens[j + 1] : next;
    if (after.lower === 'to' || next.lower === 'as' || next.lower === 'a' || next.lower === 'an') return false;
    if (label === 'factive' && tok.lemma === 'learn' && next.lower !== 'that') return false;
    return true;
  }
  return true;
}
