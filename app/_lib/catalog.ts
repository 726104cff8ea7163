/**
 * What the dashboard knows about marker families and metrics: FAMILIES metadata joined with the metric keys the
 * data actually holds, so a family that lands in a new scoring run appears without code changes.
 * Server-side only in practice (FAMILIES pulls the frame cue tables); client components receive plain props.
 */
import { FAMILIES, FRAMES, TOTAL_LABEL } from '@/lib/analysis/families';

export interface FamilyMeta {
  id: string;
  name: string;
  description: string;
  source: string | null;
  /** Index into the highlight palette (globals.css --c0…--c9). */
  color: number;
  known: boolean;
}

export interface MetricMeta {
  key: string;
  family: string;
  label: string | null;
  /** rate: hits per 100 words, evidence = markers; measure: another number (a score, a share). */
  kind: 'rate' | 'measure';
  /** Short column label within its family. */
  name: string;
  /** Full name, e.g. "Hedges: news". */
  title: string;
}

export const PALETTE_SIZE = 10;
/** Keys that are not figures to compare (article size). */
const NOT_METRICS = new Set(['words', 'sentences']);

const familyIndex = new Map(FAMILIES.map((f, i) => [f.id, i]));
const frameNames = new Map(FRAMES.map((f) => [f.id, f.name]));

export function familyOf(key: string): string {
  const dot = key.indexOf('.');
  return dot < 0 ? key : key.slice(0, dot);
}

export function familyMeta(id: string, extraIndex = 0): FamilyMeta {
  const i = familyIndex.get(id);
  const f = i === undefined ? undefined : FAMILIES[i];
  if (f) return { id, name: f.name, description: f.description, source: f.source, color: i! % PALETTE_SIZE, known: true };
  return {
    id,
    name: id.replace(/[-_]/g, ' ').replace(/^./, (c) => c.toUpperCase()),
    description: 'No description yet: this family is in the data but not in the methodology metadata.',
    source: null,
    color: (FAMILIES.length + extraIndex) % PALETTE_SIZE,
    known: false,
  };
}

function metricMeta(key: string, fam: FamilyMeta): MetricMeta {
  const label = key.includes('.') ? key.slice(key.indexOf('.') + 1) : null;
  const info = FAMILIES.find((f) => f.id === fam.id);
  const kind: MetricMeta['kind'] = info?.measures.includes(key) ? 'measure' : key === 'sentiment.score' || key === 'sentiment.comparative' ? 'measure' : 'rate';
  let name: string;
  if (label === null) name = `all ${fam.name.toLowerCase()}`;
  else if (fam.id === 'frame' && frameNames.has(label)) name = frameNames.get(label)!;
  else name = label.replace(/_/g, ' ');
  return { key, family: fam.id, label, kind, name, title: label === null ? fam.name : `${fam.name}: ${name}` };
}

function order(key: string): number {
  const fam = familyOf(key);
  const i = FAMILIES.findIndex((f) => f.id === fam);
  if (i < 0) return 1e6;
  const f = FAMILIES[i];
  const j = [...f.metrics, ...f.measures].indexOf(key);
  return i * 1000 + (key === fam ? 0 : j < 0 ? 999 : j + 1);
}

export interface Catalog {
  families: FamilyMeta[];
  metrics: MetricMeta[];
  byKey: Map<string, MetricMeta>;
}

/** The catalog of the metric keys present in the data, in methodology order. */
export function buildCatalog(keys: Iterable<string>): Catalog {
  // A figure's quoted voice ('hedge@quoted') is read through its metric with a voice, not listed as a metric.
  const sorted = [...new Set(keys)].filter((k) => !NOT_METRICS.has(k) && !k.includes('@')).sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const families: FamilyMeta[] = [];
  const famById = new Map<string, FamilyMeta>();
  let extra = 0;
  const metrics = sorted.map((key) => {
    const id = familyOf(key);
    let fam = famById.get(id);
    if (!fam) {
      fam = familyMeta(id, familyIndex.has(id) ? 0 : extra++);
      famById.set(id, fam);
      families.push(fam);
    }
    return metricMeta(key, fam);
  });
  return { families, metrics, byKey: new Map(metrics.map((m) => [m.key, m])) };
}

/** Families that have markers, for highlight legends: known ones in methodology order, then any others. */
export function familiesFromIds(ids: Iterable<string>): FamilyMeta[] {
  const list = [...new Set(ids)];
  let extra = 0;
  return list
    .sort((a, b) => (familyIndex.get(a) ?? 1e6) - (familyIndex.get(b) ?? 1e6) || a.localeCompare(b))
    .map((id) => familyMeta(id, familyIndex.has(id) ? 0 : extra++));
}

/** Which markers are a metric's evidence: its family, and its label when the key names one that markers carry. */
export function evidenceOf(m: MetricMeta): { family: string; label: string | null; hitLabel: string | null } {
  const label = m.kind === 'rate' ? m.label : null;
  // A total that counts one label's markers (loaded: sentences, FamilyInfo.totalLabel) has those as its hits, shown
  // with the family's other markers in them.
  const hitLabel = m.kind === 'rate' && !m.label ? (TOTAL_LABEL.get(m.family) ?? null) : label;
  return { family: m.family, label, hitLabel };
}

/** Valid metric key syntax, checked before any lookup (URL input): defined with the other URL checks. */
export { isMetricKey } from './query';
