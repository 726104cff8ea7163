/**
 * Per outlet, per actor: how often the actor appears, how often it is the one quoted, how the outlet's
 * sentences feel about it (mean target sentiment with the 95% interval of lib/analysis/stats.ts, pooled across
 * the outlets that mention the actor), and the
 * labels the outlet uses for it, ranked by how distinctive they are for that outlet: the weighted log-odds
 * ratio with an informative Dirichlet prior of Monroe, Colaresi & Quinn (2008), "Fightin' Words: Lexical
 * Feature Selection and Evaluation for Identifying the Content of Political Conflict", Political Analysis 16(4).
 */
import type { ActorKind, ActorMention, LabelKind } from './types';
import { pooledMeans } from '@/lib/analysis/stats';

export interface ActorRow {
  outlet: string;
  /** Optional article id, to count articles as well as mentions. */
  article?: string;
  mention: ActorMention;
}

export interface RankedLabel {
  /** Normalised label text (lower case, straight apostrophes, single spaces). */
  label: string;
  kind: LabelKind;
  /** Uses of this label for this actor by this outlet. */
  count: number;
  /** Uses by all outlets together. */
  total: number;
  /** Monroe et al.'s z-score of the log-odds ratio (this outlet vs. all others); > 1.96 is distinctive. */
  z: number;
}

export interface OutletActorSummary {
  outlet: string;
  actor: string;
  name: string;
  kind: ActorKind;
  mentions: number;
  articles: number;
  /** Mentions where the actor is the speaker of a direct quotation. */
  quoted: number;
  quoteShare: number;
  sentiment: { mean: number; low: number; high: number; n: number };
  /** Mentions per polarity. */
  polarity: { negative: number; neutral: number; positive: number };
  labels: RankedLabel[];
}

export interface AggregateOptions {
  /** Total Dirichlet prior mass spread over the actor's labels in proportion to their overall use (default 10). */
  priorMass?: number;
}

export function normaliseLabel(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}


/**
 * Weighted log-odds (Monroe et al. 2008, eq. 16–22): for label w, outlet i vs. the rest j,
 * δ = log((y_iw+α_w)/(n_i+α₀−y_iw−α_w)) − log((y_jw+α_w)/(n_j+α₀−y_jw−α_w)),
 * σ² ≈ 1/(y_iw+α_w) + 1/(y_jw+α_w), z = δ/σ, with α_w = α₀ · (overall share of w).
 */
export function logOddsZ(yi: number, ni: number, yj: number, nj: number, alphaW: number, alpha0: number): number {
  const delta =
    Math.log((yi + alphaW) / (ni + alpha0 - yi - alphaW)) - Math.log((yj + alphaW) / (nj + alpha0 - yj - alphaW));
  const variance = 1 / (yi + alphaW) + 1 / (yj + alphaW);
  return delta / Math.sqrt(variance);
}

export function aggregateActors(rows: ActorRow[], options: AggregateOptions = {}): OutletActorSummary[] {
  const priorMass = options.priorMass ?? 10;
  const groups = new Map<string, ActorRow[]>();
  for (const r of rows) {
    const key = `${r.outlet}\u0000${r.mention.actor}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(r);
  }
  // Label counts per actor, per outlet, for the log-odds.
  const labelCounts = new Map<string, Map<string, Map<string, number>>>();
  const labelKind = new Map<string, LabelKind>();
  for (const r of rows) {
    const byOutlet = labelCounts.get(r.mention.actor) ?? new Map<string, Map<string, number>>();
    labelCounts.set(r.mention.actor, byOutlet);
    const counts = byOutlet.get(r.outlet) ?? new Map<string, number>();
    byOutlet.set(r.outlet, counts);
    for (const l of r.mention.labels) {
      const key = normaliseLabel(l.text);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (!labelKind.has(`${r.mention.actor}\u0000${key}`)) labelKind.set(`${r.mention.actor}\u0000${key}`, l.kind);
    }
  }

  // Sentiment toward each actor: the one interval method, pooled over the outlets that mention it; how much single
  // mentions vary is read from every outlet-and-actor group.
  const keys = [...groups.keys()];
  const scoresOf = (key: string) => groups.get(key)!.map((r) => r.mention.sentiment.score);
  const all = keys.map(scoresOf);
  const sentiment = new Map<string, OutletActorSummary['sentiment']>();
  for (const actor of new Set(keys.map((k) => k.split('\u0000')[1]))) {
    const mine = keys.filter((k) => k.split('\u0000')[1] === actor);
    pooledMeans(mine.map(scoresOf), all).forEach((s, i) => sentiment.set(mine[i], s));
  }

  const out: OutletActorSummary[] = [];
  for (const [key, list] of groups) {
    const [outlet, actor] = key.split('\u0000');
    const m0 = list[0].mention;
    const quoted = list.filter((r) => r.mention.quoted).length;
    const polarity = { negative: 0, neutral: 0, positive: 0 };
    for (const r of list) polarity[r.mention.sentiment.polarity]++;
    const articles = new Set(list.map((r) => r.article ?? '')).size;

    const byOutlet = labelCounts.get(actor)!;
    const overall = new Map<string, number>();
    for (const counts of byOutlet.values()) for (const [l, c] of counts) overall.set(l, (overall.get(l) ?? 0) + c);
    const totalAll = [...overall.values()].reduce((a, b) => a + b, 0);
    const mine = byOutlet.get(outlet) ?? new Map<string, number>();
    const ni = [...mine.values()].reduce((a, b) => a + b, 0);
    const nj = totalAll - ni;
    const labels: RankedLabel[] = [...mine].map(([label, yi]) => {
      const total = overall.get(label)!;
      const alphaW = (priorMass * total) / totalAll;
      return {
        label,
        kind: labelKind.get(`${actor}\u0000${label}`)!,
        count: yi,
        total,
        z: Math.round(logOddsZ(yi, ni, total - yi, nj, alphaW, priorMass) * 1000) / 1000,
      };
    });
    labels.sort((a, b) => b.z - a.z || b.count - a.count || a.label.localeCompare(b.label));

    out.push({
      outlet,
      actor,
      name: m0.name,
      kind: m0.kind,
      mentions: list.length,
      articles,
      quoted,
      quoteShare: quoted / list.length,
      sentiment: sentiment.get(key)!,
      polarity,
      labels,
    });
  }
  return out.sort((a, b) => a.outlet.localeCompare(b.outlet) || b.mentions - a.mentions || a.actor.localeCompare(b.actor));
}
