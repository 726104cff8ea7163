/**
 * Task `actors`: actor mentions (lib/actors findActors) against the hand labels' `actors` (data/eval/hand-labels/
 * labels.json, or env PARALLAX_HAND_LABELS). Texts are joined from ../shared/data at run time; each labelled record
 * is analysed whole, as ingest would (splitSentences + findActors), and its mentions overlapping a labelled sentence
 * are compared with that sentence's gold mentions.
 *
 * Matching (FORMAT.md): a system mention is right when it overlaps a gold mention (mention_precision); a gold
 * mention is found when a system mention overlaps it (mention_recall). Matched pairs (one to one, greatest overlap
 * first) give canonical_bcubed_f1: B-cubed F1 of the system's actor ids against the gold canonical ids, over all
 * matched mentions of the split (ids are canonical across articles, so "China" in two articles is one cluster).
 * type_accuracy: matched pairs whose system type is the gold type (organisation = organization; other → any of
 * organization, group, place); type_accuracy_coarse counts institution and party as organization (the kinds
 * Parallax had before issue 17).
 *
 * Role mentions (form 'role') are left out: descriptions are not mentions (GUIDELINES §11.1).
 *
 * `PARALLAX_ACTORS_ERRORS=1` prints the tune split's false positives, misses and id/type disagreements to stderr
 * with their words (for tuning; never the test split, never into the repo).
 */
import path from 'node:path';
import type { EvalRecord, EvalSkip, EvalTask } from './_types';
import { findActors } from '@/lib/actors';
import { splitSentences } from '@/lib/ingest/sentences';
import { textHash } from '../labels/records';
import { loadHandLabels } from './_hand-labels';

interface Pair {
  gold: string;
  system: string;
}

interface Counts {
  system: number;
  gold: number;
  tp: number;
  found: number;
  exact: number;
  typed: number;
  typedCoarse: number;
  pairs: Pair[];
}

const KIND_OF: Record<string, string[]> = {
  person: ['person'],
  organisation: ['organization'],
  institution: ['institution'],
  party: ['party'],
  group: ['group'],
  country: ['country'],
  place: ['place'],
  other: ['organization', 'group', 'place'],
};

/** The kinds Parallax had before institutions and parties were told apart (for before/after figures). */
const coarse = (kind: string): string => (kind === 'institution' || kind === 'party' ? 'organization' : kind);

/** B-cubed precision, recall and F1 of the system clustering against the gold one, over the same items. */
export function bcubed(pairs: Pair[]): { precision: number; recall: number; f1: number } {
  if (!pairs.length) return { precision: 0, recall: 0, f1: 0 };
  const key = (p: Pair) => `${p.gold}\t${p.system}`;
  const both = new Map<string, number>();
  const gold = new Map<string, number>();
  const sys = new Map<string, number>();
  for (const p of pairs) {
    both.set(key(p), (both.get(key(p)) ?? 0) + 1);
    gold.set(p.gold, (gold.get(p.gold) ?? 0) + 1);
    sys.set(p.system, (sys.get(p.system) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const p of pairs) {
    const n = both.get(key(p))!;
    precision += n / sys.get(p.system)!;
    recall += n / gold.get(p.gold)!;
  }
  precision /= pairs.length;
  recall /= pairs.length;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

const task: EvalTask = {
  task: 'actors',
  async run(dataDir) {
    const records: EvalRecord[] = [];
    const skipped: EvalSkip[] = [];
    const loaded = loadHandLabels('actors', dataDir);
    if ('skip' in loaded) return { records, skipped: [loaded.skip] };
    const { file, partOf, byRecord } = loaded;

    const counts = new Map<string, Counts>();
    const showErrors = !!process.env.PARALLAX_ACTORS_ERRORS;
    for (const { text, sentences } of byRecord.values()) {
      // Role mentions ("Beijing's top diplomat" → china/top-diplomat) are descriptions built on a named mention,
      // which the guidelines (§11.1) do not count; the named mention inside them is scored.
      const mentions = findActors(text, splitSentences(text)).filter((m) => m.form !== 'role');
      for (const s of sentences) {
        if (textHash(text.slice(s.start, s.end)) !== s.sha) throw new Error(`${file}: ${s.id}: the sentence text changed in ${dataDir} (sha)`);
        const part = partOf.get(s.id) ?? 'unknown';
        const sys = mentions.filter((m) => m.start < s.end && m.end > s.start);
        const gold = s.actors;
        // One-to-one pairs, greatest overlap first.
        const cands: Array<[number, number, number]> = [];
        sys.forEach((m, i) => gold.forEach((g, j) => overlap(m, g) > 0 && cands.push([overlap(m, g), i, j])));
        cands.sort((a, b) => b[0] - a[0]);
        const usedS = new Set<number>();
        const usedG = new Set<number>();
        const matched: Array<[number, number]> = [];
        for (const [, i, j] of cands) {
          if (usedS.has(i) || usedG.has(j)) continue;
          usedS.add(i);
          usedG.add(j);
          matched.push([i, j]);
        }
        for (const split of [part, 'all']) {
          const c = counts.get(split) ?? { system: 0, gold: 0, tp: 0, found: 0, exact: 0, typed: 0, typedCoarse: 0, pairs: [] };
          counts.set(split, c);
          c.system += sys.length;
          c.gold += gold.length;
          c.tp += sys.filter((m) => gold.some((g) => overlap(m, g) > 0)).length;
          c.found += gold.filter((g) => sys.some((m) => overlap(m, g) > 0)).length;
          for (const [i, j] of matched) {
            const m = sys[i];
            const g = gold[j];
            if (m.start === g.start && m.end === g.end) c.exact++;
            if (KIND_OF[g.type]?.includes(m.kind)) c.typed++;
            if (KIND_OF[g.type]?.map(coarse).includes(coarse(m.kind))) c.typedCoarse++;
            c.pairs.push({ gold: g.actor, system: m.actor });
          }
        }
        if (showErrors && part === 'tune') {
          const ctx = text.slice(s.start, s.end).replace(/\s+/g, ' ');
          for (const m of sys) if (!gold.some((g) => overlap(m, g) > 0)) console.error(`FP ${s.id} [${m.text}] ${m.actor} ${m.kind}  | ${ctx}`);
          for (const g of gold) if (!sys.some((m) => overlap(m, g) > 0)) console.error(`FN ${s.id} [${text.slice(g.start, g.end)}] ${g.actor} ${g.type}  | ${ctx}`);
          for (const [i, j] of matched) {
            const m = sys[i];
            const g = gold[j];
            const bad = [m.start !== g.start || m.end !== g.end ? `span [${m.text}]≠[${text.slice(g.start, g.end)}]` : '', KIND_OF[g.type]?.includes(m.kind) ? '' : `type ${m.kind}≠${g.type}`].filter(Boolean);
            if (bad.length) console.error(`~~ ${s.id} ${g.actor}/${m.actor} ${bad.join(' ')}`);
          }
        }
      }
    }
    // Ids: print the id pairs that break the clustering (tune only).
    if (showErrors) {
      const pairs = counts.get('tune')?.pairs ?? [];
      const sysOf = new Map<string, Set<string>>();
      const goldOf = new Map<string, Set<string>>();
      for (const p of pairs) {
        sysOf.set(p.gold, (sysOf.get(p.gold) ?? new Set()).add(p.system));
        goldOf.set(p.system, (goldOf.get(p.system) ?? new Set()).add(p.gold));
      }
      for (const [g, s] of sysOf) if (s.size > 1) console.error(`SPLIT ${g} → ${[...s].join(', ')}`);
      for (const [s, g] of goldOf) if (g.size > 1) console.error(`MERGE ${s} ← ${[...g].join(', ')}`);
    }
    for (const [split, c] of counts) {
      const at = `${path.basename(file)} (${split})`;
      const add = (metric: string, value: number, n: number): void => {
        records.push({ task: 'actors', dataset: 'hand-labels', file: at, metric, value, n });
      };
      add('mention_precision', c.system ? c.tp / c.system : 0, c.system);
      add('mention_recall', c.gold ? c.found / c.gold : 0, c.gold);
      const b = bcubed(c.pairs);
      add('canonical_bcubed_precision', b.precision, c.pairs.length);
      add('canonical_bcubed_recall', b.recall, c.pairs.length);
      add('canonical_bcubed_f1', b.f1, c.pairs.length);
      add('span_exact', c.pairs.length ? c.exact / c.pairs.length : 0, c.pairs.length);
      add('type_accuracy', c.pairs.length ? c.typed / c.pairs.length : 0, c.pairs.length);
      add('type_accuracy_coarse', c.pairs.length ? c.typedCoarse / c.pairs.length : 0, c.pairs.length);
    }
    return { records, skipped };
  },
};

export default task;
