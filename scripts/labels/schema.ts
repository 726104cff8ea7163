/**
 * Shapes of the hand-label files (data/eval/hand-labels/FORMAT.md explains every field).
 * Stored files hold record ids and character offsets only; the annotators' working files (which quote the
 * words) live outside the repo and are converted by offsets.ts.
 */
import { z } from 'zod';

/** Marker families and their kinds (issue 16 item 4; hedge kinds are ours and optional for scorers to use). */
export const KINDS = {
  sentiment: ['positive', 'negative'],
  hedge: ['possibility', 'approximator', 'evidential'],
  certainty: ['booster', 'intensifier', 'assertive', 'factive'],
  'report-verb': ['neutral', 'loaded'],
  source: ['named', 'anonymous', 'pronoun'],
  quote: ['direct', 'partial', 'scare', 'title'],
  loaded: ['word', 'sentence'],
} as const;
export type Family = keyof typeof KINDS;
export const FAMILIES = Object.keys(KINDS) as Family[];

/** Policy Frames Codebook dimensions (media-frames-corpus/codes.json codes 1–15), as Parallax names its metrics. */
export const FRAMES = {
  economic: '1',
  capacity: '2',
  morality: '3',
  fairness: '4',
  legality: '5',
  policy: '6',
  crime: '7',
  security: '8',
  health: '9',
  'quality-of-life': '10',
  cultural: '11',
  'public-opinion': '12',
  political: '13',
  external: '14',
  other: '15',
} as const;
export const FRAME_IDS = Object.keys(FRAMES) as Array<keyof typeof FRAMES>;

export const ACTOR_TYPES = ['person', 'organisation', 'institution', 'party', 'group', 'country', 'place', 'other'] as const;

/** Attributes an annotator may set, per family (everything else about an instance is derived). */
export const ATTRS: Partial<Record<Family, string[]>> = { sentiment: ['negated'], 'report-verb': ['passive'] };

const offset = z.int().nonnegative();
const sha = z.string().regex(/^[0-9a-f]{16}$/);
export const SpanSchema = z.strictObject({ start: offset, end: offset });

// ---------- sample.json ----------

export const SampleArticleSchema = z.strictObject({
  record: z.string().min(1),
  source: z.enum(['allsides', 'basil']),
  outlet: z.string(),
  event: z.string(),
  part: z.enum(['tune', 'test']),
  /** textHash of the whole record text. */
  sha,
});

export const SampleSentenceSchema = z.strictObject({
  id: z.string().regex(/^s\d{3,4}$/),
  record: z.string().min(1),
  start: offset,
  end: offset,
  part: z.enum(['tune', 'test']),
  /** textHash of text.slice(start, end). */
  sha,
});

export const SampleSchema = z.strictObject({
  format: z.literal('parallax-hand-labels-sample/1'),
  seed: z.int(),
  command: z.string(),
  texts: z.record(z.string(), z.string()),
  articles: z.array(SampleArticleSchema),
  sentences: z.array(SampleSentenceSchema),
});
export type Sample = z.infer<typeof SampleSchema>;
export type SampleSentence = z.infer<typeof SampleSentenceSchema>;

// ---------- label files (offsets only) ----------

const family = z.enum(FAMILIES as [Family, ...Family[]]);

export const InstanceSchema = z
  .strictObject({
    family,
    kind: z.string(),
    start: offset,
    end: offset,
    /** Derived from the quotations: quoted when the span lies inside one. */
    voice: z.enum(['writer', 'quoted']).optional(),
    /**
     * report-verb: who speaks (the verb's subject, the "said X" noun phrase); quote direct|partial: whose words;
     * any other instance with voice quoted: the speaker of the innermost quotation around it. null: nobody named.
     */
    speaker: SpanSchema.nullable().optional(),
    attrs: z.record(z.string(), z.union([z.string(), z.boolean(), z.number()])).optional(),
  })
  .refine((i) => (KINDS[i.family] as readonly string[]).includes(i.kind), { message: 'kind does not belong to family' })
  .refine((i) => i.end > i.start, { message: 'empty span' });
export type Instance = z.infer<typeof InstanceSchema>;

export const QuotationSchema = z.strictObject({
  start: offset,
  end: offset,
  kind: z.enum(['direct', 'partial']),
  speaker: SpanSchema.nullable(),
});
export type Quotation = z.infer<typeof QuotationSchema>;

export const MentionSchema = z.strictObject({
  start: offset,
  end: offset,
  /** Canonical id: slug of the canonical name (lower case ASCII, words joined by hyphens). */
  actor: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  type: z.enum(ACTOR_TYPES),
});
export type Mention = z.infer<typeof MentionSchema>;

export const LabelledSentenceSchema = z.strictObject({
  id: z.string().regex(/^s\d{3,4}$/),
  record: z.string(),
  start: offset,
  end: offset,
  sha,
  /** Frame ids in order of prominence (first = primary); [] when the sentence has no policy content. */
  frames: z.array(z.enum(FRAME_IDS as [string, ...string[]])),
  quotations: z.array(QuotationSchema),
  instances: z.array(InstanceSchema),
  actors: z.array(MentionSchema),
});
export type LabelledSentence = z.infer<typeof LabelledSentenceSchema>;

export const LabelFileSchema = z.strictObject({
  format: z.literal('parallax-hand-labels/1'),
  annotator: z.string().min(1),
  guidelines: z.string(),
  sentences: z.array(LabelledSentenceSchema),
});
export type LabelFile = z.infer<typeof LabelFileSchema>;

// ---------- working files (outside the repo: they quote the words) ----------

/** A span named by its words: "said", { w: "said", n: 2 }, or { w: "Carlson", before: true } for a speaker earlier in the article. */
export const WorkSpanSchema = z.union([
  z.string().min(1),
  z.strictObject({ w: z.string().min(1), n: z.int().positive().optional(), before: z.literal(true).optional() }),
]);
export type WorkSpan = z.infer<typeof WorkSpanSchema>;

export const WorkMarkerSchema = z.strictObject({
  f: family,
  k: z.string(),
  /** The exact words (omit only for loaded/sentence, which spans the sentence). */
  w: z.string().min(1).optional(),
  /** Which occurrence of w in the sentence (1 = first); required when w occurs more than once. */
  n: z.int().positive().optional(),
  speaker: WorkSpanSchema.nullable().optional(),
  attrs: z.record(z.string(), z.union([z.string(), z.boolean(), z.number()])).optional(),
  note: z.string().optional(),
});
export type WorkMarker = z.infer<typeof WorkMarkerSchema>;

export const WorkMentionSchema = z.strictObject({
  w: z.string().min(1),
  n: z.int().positive().optional(),
  /** Canonical name or id of an actor declared in the file's `actors` table. */
  actor: z.string().min(1),
  note: z.string().optional(),
});

export const WorkSentenceSchema = z.strictObject({
  /** null (left empty) = not labelled yet; [] = labelled, no frame. */
  frames: z.array(z.enum(FRAME_IDS as [string, ...string[]])).nullable(),
  markers: z.array(WorkMarkerSchema).nullable().optional(),
  actors: z.array(WorkMentionSchema).nullable().optional(),
  note: z.string().optional(),
});
export type WorkSentence = z.infer<typeof WorkSentenceSchema>;

export const WorkFileSchema = z.strictObject({
  annotator: z.string().min(1),
  guidelines: z.string(),
  /** Canonical name → type, for every actor the file mentions. */
  actors: z.record(z.string(), z.enum(ACTOR_TYPES)).nullable().optional(),
  sentences: z.record(z.string().regex(/^s\d{3,4}$/), WorkSentenceSchema.nullable()),
});
export type WorkFile = z.infer<typeof WorkFileSchema>;

// ---------- adjudication ----------

export const DisagreementSchema = z.strictObject({
  item: z.string().regex(/^d\d{4}$/),
  sentence: z.string(),
  what: z.enum(['instance', 'frames', 'actor']),
  family: z.string().optional(),
  a: z.array(z.unknown()),
  b: z.array(z.unknown()),
});
export type Disagreement = z.infer<typeof DisagreementSchema>;

export const DisagreementFileSchema = z.strictObject({
  format: z.literal('parallax-hand-labels-disagreements/1'),
  a: z.string(),
  b: z.string(),
  items: z.array(DisagreementSchema),
});

/**
 * One decision per disagreement item: "a", "b", "both", "none", a list of option labels (["a1", "b2"]), or
 * { add: [...] } with working-file markers / mentions / a frame list for the adjudicator's own reading.
 */
export const DecisionSchema = z.union([
  z.enum(['a', 'b', 'both', 'none']),
  z.array(z.string().regex(/^[ab]\d+$/)).min(1),
  z.strictObject({
    add: z.union([z.array(WorkMarkerSchema), z.array(WorkMentionSchema), z.array(z.enum(FRAME_IDS as [string, ...string[]]))]),
  }),
]);
export const DecisionFileSchema = z.strictObject({
  adjudicator: z.string().min(1),
  actors: z.record(z.string(), z.enum(ACTOR_TYPES)).nullable().optional(),
  decisions: z.record(z.string().regex(/^d\d{4}$/), DecisionSchema),
});

/** Parses with a schema, or throws an error naming the file and every problem. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`${file}: not a valid file\n${z.prettifyError(r.error)}`);
  return r.data;
}

/** JSON with one line per flat object (an instance, a mention, a sample sentence), so files diff line by line. */
export function formatJson(value: unknown, indent = ''): string {
  const flat = (v: unknown): boolean =>
    v === null || typeof v !== 'object' || (Array.isArray(v) ? v.every((x) => x === null || typeof x !== 'object') : Object.values(v as object).every((x) => x === null || typeof x !== 'object' || flat(x)));
  if (flat(value)) return JSON.stringify(value);
  const inner = indent + ' ';
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + formatJson(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value as object).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}
