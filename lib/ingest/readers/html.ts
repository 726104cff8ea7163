/**
 * `.html`: the main text via @mozilla/readability on a linkedom DOM, one paragraph per block element.
 * Scripts, styles and other non-text elements are removed before extraction, so their content can
 * never reach the body. Line numbers of an HTML article refer to the extracted text (RawDoc.text).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { PageMeta, ReadResult } from './doc';
import type { LineKind, LineStructure } from '../clean';
import { issue } from '../issues';

/**
 * Readability's time grows steeply with nesting depth (one 1,000-level nest: ~9 s; 2,000: ~50 s) and the text
 * walk below recurses, so markup nested deeper than real pages go (typically under 40) is refused.
 */
export const MAX_HTML_DEPTH = 128;

const NON_TEXT = 'script, style, noscript, template, iframe, svg, canvas, object, embed, link, meta[http-equiv]';
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'td', 'th', 'ul', 'body', 'html',
]);

// linkedom's DOM types are its own; only the few members used here are described.
interface El {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<El>;
  getAttribute?(name: string): string | null;
}

export function readHtml(markup: string, file: string): ReadResult {
  // linkedom leaves document.body null for a bare fragment ("<p>…</p>"), so fragments get a page around them.
  const html = /<html[\s>]/i.test(markup) ? markup : `<!doctype html><html><head></head><body>${markup}</body></html>`;
  const { document } = parseHTML(html);
  const depth = nestingDepth(document.documentElement as unknown as El, MAX_HTML_DEPTH);
  if (depth > MAX_HTML_DEPTH) {
    return { docs: [], issues: [issue('skip', file, `skipped: its markup is nested more than ${MAX_HTML_DEPTH} elements deep, which no article page needs; save the page's text instead`)] };
  }
  // Metadata first: JSON-LD lives in <script> elements, which are removed next.
  const page = pageMeta(document);
  for (const el of document.querySelectorAll(NON_TEXT)) el.remove();

  let text = '';
  let structure: Array<LineStructure | undefined> = [];
  try {
    // Readability changes the document it reads: metadata is taken above, before it runs.
    const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
    if (article?.content) ({ text, structure } = blocksToText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as El));
    if (!page.title && article?.title) page.title = article.title;
    if (!page.siteName && article?.siteName) page.siteName = article.siteName;
    if (!page.date && article?.publishedTime) page.date = article.publishedTime;
  } catch {
    // Readability can fail on odd markup; the whole-page text below is then cleaned line by line instead.
  }
  if (!text.trim()) {
    const { document: again } = parseHTML(html);
    for (const el of again.querySelectorAll(NON_TEXT)) el.remove();
    ({ text, structure } = again.body ? blocksToText(again.body as unknown as El) : { text: '', structure: [] });
  }
  if (!text.trim()) return { docs: [], issues: [issue('skip', file, 'has no readable text (the page may be rendered by JavaScript); save the rendered page or its text instead')] };
  return { docs: [{ file, format: 'html', text, lineOffset: 0, explicit: {}, page, structure }], issues: [] };
}

type Doc = ReturnType<typeof parseHTML>['document'];

function pageMeta(document: Doc): PageMeta {
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content')?.trim() || undefined;
  const ld = jsonLd(document);
  const title = meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]') ?? ld.headline ?? (document.querySelector('title')?.textContent?.trim() || undefined);
  return {
    ...(title && { title }),
    ...pick('siteName', meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]') ?? ld.publisher),
    ...pick('url', meta('meta[property="og:url"]') ?? (document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || undefined)),
    ...pick(
      'date',
      meta('meta[property="article:published_time"]') ??
        meta('meta[name="date"]') ??
        meta('meta[itemprop="datePublished"]') ??
        ld.datePublished ??
        (document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() || undefined),
    ),
    ...((): Partial<PageMeta> => {
      // article:author is often a profile URL, not a name.
      const named = [meta('meta[name="author"]'), meta('meta[property="article:author"]'), meta('meta[name="parsely-author"]'), ...ld.authors].filter(
        (a): a is string => !!a && !/^https?:/i.test(a) && a.length <= 100,
      );
      const authors = [...new Set(named)];
      return authors.length ? { authors } : {};
    })(),
  };
}

function pick<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

interface LdMeta {
  headline?: string;
  datePublished?: string;
  publisher?: string;
  authors: string[];
}

/** headline, datePublished, author names and publisher.name from schema.org JSON-LD, which many news pages carry. */
function jsonLd(document: Doc): LdMeta {
  const out: LdMeta = { authors: [] };
  for (const el of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(el.textContent ?? '');
      for (const item of (Array.isArray(data) ? data : [data, ...(Array.isArray(data?.['@graph']) ? data['@graph'] : [])]) as Record<string, unknown>[]) {
        if (typeof item?.headline === 'string') out.headline ??= item.headline;
        if (typeof item?.datePublished === 'string') out.datePublished ??= item.datePublished;
        const publisher = item?.publisher as { name?: unknown } | undefined;
        if (typeof publisher?.name === 'string') out.publisher ??= publisher.name;
        for (const a of [item?.author].flat()) {
          const name = typeof a === 'string' ? a : typeof (a as { name?: unknown })?.name === 'string' ? (a as { name: string }).name : undefined;
          if (name?.trim()) out.authors.push(name.trim());
        }
      }
    } catch {
      // Malformed JSON-LD is common and harmless: the other sources still apply.
    }
  }
  return out;
}

/** Deepest element nesting under root, counted without recursion; stops once past `limit`. */
function nestingDepth(root: El | null, limit: number): number {
  if (!root) return 0;
  let deepest = 0;
  const stack: Array<[El, number]> = [[root, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Array.from(node.childNodes)) if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The same words, ignoring case, spacing and punctuation. */
function sameWords(a: string, b: string): boolean {
  const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  const wa = words(a);
  return wa !== '' && wa === words(b);
}

/** The innermost element that says what kind of text a line is; anything else is a paragraph. */
const KIND_OF: Record<string, LineKind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'item', dt: 'item', dd: 'item',
  td: 'cell', th: 'cell',
  blockquote: 'quote',
  pre: 'preformatted',
  figcaption: 'caption', figure: 'caption',
  p: 'paragraph',
};

/**
 * One line per block element, blank lines between, whitespace inside a block collapsed; and for each line
 * (by 1-based line number) what the markup says about it: the kind of element it came from and the share of
 * its characters inside links, which the line cleaner weighs (a list item of body text vs a menu of links).
 */
function blocksToText(root: El): { text: string; structure: Array<LineStructure | undefined> } {
  const lines: string[] = [];
  const structure: Array<LineStructure | undefined> = [];
  let current = '';
  let linked = 0;
  let kind: LineKind = 'paragraph';
  // The alt text of the image just before: a line repeating it is the image's caption, whatever its element.
  let alt = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) {
      if (alt && sameWords(line, alt)) kind = 'caption';
      alt = '';
      // Lines are joined by one blank line: line k of the text is number 2k - 1.
      structure[2 * lines.length + 1] = { kind, linkShare: Math.min(1, linked / line.length) };
      lines.push(line);
    }
    current = '';
    linked = 0;
  };
  const walk = (node: El, inLink: boolean, context: LineKind) => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      if (!current.trim()) kind = context;
      current += t;
      if (inLink) linked += t.replace(/\s+/g, ' ').trim().length;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toLowerCase();
    if (tag === 'br') return flush();
    if (tag === 'img') {
      if (!current.trim()) alt = node.getAttribute?.('alt') ?? '';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    // A caption stays a caption whatever its inner markup; otherwise the innermost telling element decides.
    const inner = context === 'caption' ? context : (KIND_OF[tag] ?? context);
    for (const child of Array.from(node.childNodes)) walk(child, inLink || tag === 'a', inner);
    if (block) flush();
  };
  walk(root, false, 'paragraph');
  flush();
  return { text: lines.join('\n\n'), structure };
}
