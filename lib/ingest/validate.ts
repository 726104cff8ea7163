/**
 * zod schemas for what comes in (records, front matter) and what goes out (ArticleInput).
 * Messages are written for the person who has to fix the file: they name the field and say what
 * was expected.
 */
import { z } from 'zod';

const text = z.string().trim();
const optionalText = z
  .union([z.string(), z.number()], { error: 'expected text' })
  .nullish()
  .transform((v) => (v === null || v === undefined ? undefined : String(v).trim() || undefined));
const dateValue = z.union([z.string(), z.number(), z.date()], { error: 'expected a date such as 2021-03-09' }).nullish().transform((v) => (v === null || v === undefined || (typeof v === 'string' && v.trim() === '') ? undefined : v));

/** Metadata a file states about itself: front matter, or the fields of a .json/.jsonl/.csv record. */
export const metaSchema = z.object({
  outlet: optionalText,
  title: optionalText,
  url: optionalText,
  date: dateValue,
  event: optionalText,
  story: optionalText,
});
export type ExplicitMeta = Partial<z.infer<typeof metaSchema>>;

/**
 * One record of a .json/.jsonl/.csv corpus. Unknown fields are ignored (exports carry ids, authors…);
 * common aliases are accepted so exports from other tools need no renaming.
 */
export const recordSchema = z
  .object({
    text: optionalText,
    body: optionalText,
    content: optionalText,
    published: dateValue,
    publishedAt: dateValue,
    published_at: dateValue,
    source: optionalText,
  })
  .extend(metaSchema.shape)
  .transform((r) => ({
    outlet: r.outlet ?? r.source,
    title: r.title,
    url: r.url,
    date: r.date ?? r.publishedAt ?? r.published_at ?? r.published,
    event: r.event,
    story: r.story,
    text: r.text ?? r.body ?? r.content,
  }));
export type ArticleRecord = z.infer<typeof recordSchema>;

/** Front matter: the same fields as a manifest entry; anything else is reported, since it is likely a typo. */
export const frontMatterSchema = metaSchema.strict();

/** The last check before an article leaves ingest: what the store relies on. */
export const articleInputSchema = z.object({
  outlet: text.min(1, 'no outlet').max(200, 'outlet longer than 200 characters'),
  title: text.min(1, 'no title').max(1000, 'title longer than 1000 characters'),
  body: z.string().refine((b) => b.trim().length > 0, 'no article text'),
  url: z.url({ protocol: /^https?$/, error: 'not an http(s) URL' }).optional(),
  publishedAt: z.date().refine((d) => !Number.isNaN(d.getTime()), 'invalid date').optional(),
  sourceFile: text.min(1),
  story: z.string().optional(),
  event: z.string().optional(),
});

/** "title: expected string, got number; url: not an http(s) URL" */
export function describeZodError(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'record'}: ${i.message}`).join('; ');
}

export function isHttpUrl(value: string): boolean {
  return z.url({ protocol: /^https?$/ }).safeParse(value).success;
}
