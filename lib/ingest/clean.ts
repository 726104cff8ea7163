/**
 * Boilerplate removal for scraped article text, line by line.
 *
 * Scrapes keep the page furniture around the article: icon-font names, datelines, the headline
 * repeated as a standfirst, newsletter sign-ups, share prompts, photo captions, related-story lists,
 * author bios, podcast timestamps. Every rule here is general — shape (length, sentence ending,
 * stop-word density, list-like runs), repetition, or a short list of cue phrases — never a rule for
 * one site. Every removed line is reported with its 1-based line number and reason, so the article
 * page can show what was cut and a wrong cut is easy to see.
 *
 * HTML pages arrive with what their markup says about each line (options.structure): a figure caption is cut as
 * one, a line that is mostly link text is cut as links, and a heading, list item, table cell, quotation or
 * preformatted block of plain text is content by its markup, so the rules that judge a line by its shape alone
 * (no sentence ending, a repeat, numbers only, part of a run of short lines) leave it alone; the cue rules
 * (sign-ups, share prompts, datelines, …) still apply to every line.
 *
 * Paragraphs: each kept unit becomes one paragraph and the body joins them with "\n\n", whatever
 * blank-line structure the input had. A unit is one line, except in hard-wrapped text (lines broken
 * mid-sentence at ~70 characters), where a line that reaches the wrap width is joined with the next.
 */
import type { RemovedLine } from './types';
import { datelineDate } from './metadata';
import { trimEndWhere } from '@/lib/text/trim';

export interface CleanOptions {
  /** Title already known (manifest, front matter, HTML): lines repeating it are cut as the headline. */
  title?: string;
  /** Added to every reported line number, e.g. the lines of front matter above the text. */
  lineOffset?: number;
  /** What the markup says about each line (HTML pages), indexed by 1-based line number before lineOffset. */
  structure?: ReadonlyArray<LineStructure | undefined>;
  /** Author names the page states: a short line naming one is a byline. */
  authors?: readonly string[];
}

/** The element a line of an HTML page came from, as far as cleaning cares. */
export type LineKind = 'paragraph' | 'heading' | 'item' | 'cell' | 'quote' | 'preformatted' | 'caption';

export interface LineStructure {
  kind: LineKind;
  /** Share of the line's characters inside links, 0–1. */
  linkShare: number;
}

export interface CleanResult {
  /** Kept paragraphs joined by "\n\n". */
  body: string;
  /** The headline found in the text (first headline-like line before the body), if any. */
  title?: string;
  /** 1-based line numbers (plus lineOffset) of the lines making up the body, ascending. */
  keptLines: number[];
  /** Every non-empty line not kept, ascending, with why. The headline is reported with reason 'title'. */
  removedLines: RemovedLine[];
}

/** Reasons, as shown to users next to each cut line. */
export const REASONS = {
  title: 'title',
  repeatedTitle: 'repeated title',
  repeated: 'repeated line',
  separator: 'separator',
  number: 'timestamp or number',
  dateline: 'dateline',
  wordList: 'word list without sentences',
  newsletter: 'newsletter sign-up',
  share: 'share prompt',
  crossLink: 'cross-link',
  navigation: 'navigation or section label',
  caption: 'photo caption',
  byline: 'byline',
  bio: 'author bio',
  comments: 'comments prompt',
  cookie: 'cookie notice',
  copyright: 'copyright notice',
  social: 'social media prompt',
  readingTime: 'reading time',
  label: 'short label',
  headline: 'headline or link without a sentence',
  headlineList: 'headline or link list',
  insideBlock: 'inside a boilerplate block',
  links: 'link text',
} as const;

interface Unit {
  /** 1-based line numbers in the input (before lineOffset). */
  lines: number[];
  text: string;
  words: number;
  endsSentence: boolean;
  /** A blank line (or the end of text) follows: headlines usually stand alone. */
  blankAfter: boolean;
  reason?: string;
  /** Cached lower-case words. */
  toks?: string[];
  /** From the markup (HTML pages only). */
  structure?: LineStructure;
}

const STOP_WORDS = new Set(
  ('a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into ' +
    'is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she should so some ' +
    'such than that the their theirs them then there these they this those through to too under until up very was we were what when ' +
    'where which while who whom why will with would you your yours said says').split(' '),
);

/** Sentence end, allowing closing quotes and brackets after it; ":" introduces a quote or list. */
const SENTENCE_END = /[.!?…:]["'”’»)\]]*$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NUMBERS_ONLY = /^[\d\s:.,/|()+–—-]+$/;

const NAV_LABELS = new RegExp(
  '^(?:' +
    [
      'related(?: articles?| stories| posts| content| coverage| topics| links| reading)?',
      'more (?:stories|from \\w+(?: \\w+){0,4}|in \\w+(?: \\w+){0,4}|news|on this story|like this)',
      'most (?:read|popular|viewed|shared)',
      'top stories',
      'trending(?: now)?',
      'you (?:may|might) (?:also )?like',
      'recommended(?: for you| stories)?',
      '(?:the )?latest(?: news| stories)?',
      "editor'?s picks",
      'about the author',
      'back to top(?: button)?',
      'skip to (?:main )?content',
      'advertisement',
      'sponsored(?: content)?',
      'paid content',
      'share(?: this)?(?: article| story| page)?',
      'print(?: this)?(?: article)?',
      'menu',
      'home',
      'search',
      'sign in',
      'log in',
      'topics?',
      'tags?',
      'load more',
      'next (?:article|story|post)',
      'previous (?:article|story|post)',
      'podcasts?',
      'videos?',
      'newsletters?',
      'listen to (?:this )?article',
    ].join('|') +
    ')[\\s:.!»›>-]*$',
  'i',
);
const CROSS_LINK = /^(?:also on [\w.-]+|also read|read also|read more|see also|more on this|related|more|watch|listen|read|recommended|further reading|must read)\b\s*[:\-–—|]?\s*/i;
const NEWSLETTER = /\b(?:newsletters?|sign[ -]?up|subscribe|subscription|subscribers?|inbox|unsubscribe|e-?mail(?:ed)? (?:briefing|digest|alerts?)|free (?:daily|weekly) e-?mail)\b/i;
const SHARE = /\b(?:share (?:it|this|the story|this (?:article|story|post|page)|on (?:facebook|twitter|x|whatsapp|linkedin)|with (?:a|your) friends?)|(?:tweet|email|pin) this)\b/i;
const CAPTION =
  /^(?:image|photo|picture|video) (?:source|caption|credit)s?\b|^(?:photo|image|picture|pictured|video|illustration|caption|file photo|graphic|credit|photograph)s?\b\s*(?:\([^)]*\)\s*)?[:|—–-]|\b(?:photo|image|picture)s? (?:by|credit|courtesy)\b|\bcredit\s*:|\((?:getty images|afp|reuters|ap|epa|shutterstock|pa)(?: via [^)]*)?\)$|\/\s*(?:getty images|reuters|afp|ap photo|shutterstock)\b/i;
const NAME = "\\p{Lu}[\\p{L}'’.-]+";
/**
 * "By Jane Doe and John Roe, Reuters": up to four names of up to four words, joined by "," or a spaced "and"/"&",
 * then an optional tail after a separator. Every name boundary is unambiguous ("AandAand…" is one name, not
 * names joined by "and"), so the engine cannot try the exponentially many splits the old pattern allowed.
 */
const BYLINE = new RegExp(
  `^(?:[Bb]y|[Ww]ritten by|[Ww]ords by|[Rr]eporting by|[Ss]tory by)\\s+${NAME}(?:\\s+${NAME}){0,3}(?:(?:\\s*,\\s*|\\s+(?:and|&)\\s+)${NAME}(?:\\s+${NAME}){0,3}){0,3}(?:(?:\\s*[,|•·–—]|\\s+-).*)?$`,
  'u',
);
/** Longest line the byline and navigation-label heuristics look at: a 12,000-character line is none of them. */
const MAX_LABEL_CHARS = 300;
const CREDITS = /^(?:(?:additional )?reporting by|editing by|written by|compiled by)\b.*(?:;|\bediting by\b)/i;
const BIO_START = new RegExp(`^${NAME}(?:\\s+${NAME}){1,3}\\s+(?:is|was|has|had|joined|covers|writes|reports)\\b`, 'u');
const BIO_ROLE = /\b(?:writer|reporter|correspondent|editor|journalist|columnist|contributor|author|producer|freelancer)\b/i;
const COMMENTS = /^(?:\d+\s+comments?|comments?(?:\s*\(?\d+\)?)?|(?:view|show|read|load|see|join|leave|post|add)\b.{0,30}\b(?:comments?|conversation|discussion|reply)|be the first to comment|\d+\s+(?:replies|responses))[\s.!:]*$/i;
const COOKIE_WORD = /\bcookies?\b/i;
const COOKIE_CONTEXT = /\b(?:accept|consent|privacy|settings|preferences|we use|this (?:site|website)|browsing|personalis|personaliz)/i;
const COOKIE_BUTTON = /^(?:accept(?: all)?(?: cookies)?|reject(?: all)?|manage (?:cookies|preferences|settings)|cookie (?:settings|policy|preferences)|i agree|got it|ok(?:ay)?|no,? thanks)[\s.!]*$/i;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/i;
const SOCIAL = /^(?:follow|find|like|join) (?:us|me|him|her|them)\b.*\b(?:on|at)\b|^(?:follow|find) (?:@|us on|me on)/i;
const READING_TIME = /^(?:\d+\s*(?:min(?:ute)?s?|hours?)\s*(?:read|listen)|(?:reading|listening) time.*)$/i;
/** Page furniture the older cues miss: "(Image: Getty)" or "(AP Photo/…)" closing a caption, "Image 2 of 5". */
const CREDIT_IN_BRACKETS = /\((?:(?:image|photo|picture|video) )?(?:image|photo|picture|video|credit)s?\s?:[^()]*\)$|\((?:AP|AFP|EPA|Reuters|Getty) Photos?\b[^()]*\)$/i;
const GALLERY_COUNTER = /^(?:image|photo|picture|slide) \d+ of\b[\s\d/]*$/i;
/** "(Reporting by …; editing by …)" in brackets, "… contributed to this report." */
const CONTRIBUTORS = /^\((?:additional )?(?:reporting|writing|editing) by\b[^()]*\)$|\bcontributed (?:reporting )?to this (?:report|story|article)\b/i;
const COPYRIGHT_ANYWHERE = /©\s?\d{4}\b|\bsubject to copyright\b/i;
const SECOND_PERSON = /\b(?:you|your|yours|you're|you’re)\b/i;
const IMPERATIVE = /^(?:sign|subscribe|join|get|follow|download|click|tap|share|read|watch|listen|register|log|enter|try|support|donate|become|don['’]t miss|never miss|stay|receive|escape)\b/i;
const QUOTE_MARK = /["“”«»]/;
const SITE_VOICE = /\b(?:you|your|yours|you're|you’re|we|our|us)\b/i;

export function cleanText(text: string, options: CleanOptions = {}): CleanResult {
  const offset = options.lineOffset ?? 0;
  const rawLines = text.replace(/\r\n?/g, '\n').split('\n');
  const units = toUnits(rawLines);
  if (options.structure) for (const u of units) u.structure = options.structure[u.lines[0]];

  markLineShapes(units);
  if (options.authors?.length) markAuthorLines(units, options.authors);
  const title = markTitleAndRepeats(units, options.title);
  markUnsentenced(units);
  markBios(units);
  markInsideBlocks(units);

  const keptLines: number[] = [];
  const removedLines: RemovedLine[] = [];
  const paragraphs: string[] = [];
  for (const u of units) {
    if (u.reason) {
      for (const line of u.lines) removedLines.push({ line: line + offset, text: rawLines[line - 1].trim(), reason: u.reason });
    } else {
      paragraphs.push(u.text);
      for (const line of u.lines) keptLines.push(line + offset);
    }
  }
  return { body: paragraphs.join('\n\n'), ...(title !== undefined && { title }), keptLines, removedLines };
}

function toUnits(rawLines: string[]): Unit[] {
  const blocks: number[][] = [];
  let current: number[] = [];
  rawLines.forEach((line, i) => {
    if (line.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(i + 1);
  });
  if (current.length) blocks.push(current);

  const width = isHardWrapped(rawLines, blocks) ? wrapWidth(rawLines, blocks) : 0;
  const units: Unit[] = [];
  for (const block of blocks) {
    const groups: number[][] = [];
    for (const n of block) {
      const prev = groups[groups.length - 1];
      // In hard-wrapped text a line that reached the wrap width continues on the next line.
      if (width && prev && rawLines[prev[prev.length - 1] - 1].trim().length >= width * 0.6) prev.push(n);
      else groups.push([n]);
    }
    for (const lines of groups) {
      const text = lines.map((n) => rawLines[n - 1].trim()).join(' ');
      const last = lines[lines.length - 1];
      units.push({
        lines,
        text,
        words: text.split(/\s+/).filter(Boolean).length,
        // "Share this:" is a label; a colon ends a sentence only after a longer lead-in ("He said:").
        endsSentence: SENTENCE_END.test(text) && !(text.endsWith(':') && text.split(/\s+/).length <= 4),
        blankAfter: last === rawLines.length || rawLines[last].trim() === '',
      });
    }
  }
  return units;
}

/** The width text was wrapped at: the upper quartile of the lengths of lines in multi-line blocks. */
function wrapWidth(rawLines: string[], blocks: number[][]): number {
  const lengths = blocks
    .filter((b) => b.length > 1)
    .flat()
    .map((n) => rawLines[n - 1].trim().length)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.75)] ?? 0;
}

/**
 * Hard-wrapped text breaks sentences across lines: many lines that stop without sentence
 * punctuation are followed, in the same block, by a line that starts in lower case.
 */
function isHardWrapped(rawLines: string[], blocks: number[][]): boolean {
  let pairs = 0;
  let continued = 0;
  for (const block of blocks) {
    for (let i = 0; i + 1 < block.length; i++) {
      pairs++;
      const line = rawLines[block[i] - 1].trim();
      const next = rawLines[block[i + 1] - 1].trim();
      if (!SENTENCE_END.test(line) && line.length >= 30 && /^[\p{Ll}(“"'‘]/u.test(next)) continued++;
    }
  }
  return continued >= 3 && continued >= pairs * 0.25;
}

/** Lower-case words; splitting on punctuation is several times faster than matching \p{L} runs. */
const TOKEN_SPLIT = /[\s.,;:!?"“”‘«»()[\]{}<>|/\\—–…•·*#@&+=~^_`]+/;
function tokens(text: string): string[] {
  return text.toLowerCase().split(TOKEN_SPLIT).filter((w) => w && w !== '-' && w !== "'" && w !== '’');
}

/** Rules that look at one unit alone. */
function markLineShapes(units: Unit[]): void {
  for (const u of units) u.reason = shapeReason(u);
}

/** Share of link text above which a line is a link (a menu entry, a related story), not text; lower for list items. */
const LINK_SHARE = 0.5;
const ITEM_LINK_SHARE = 0.3;

/** Headlines run up to about 15 words; a longer paragraph of a page without a full stop is text. */
const MAX_HEADLINE_WORDS = 15;

/** A heading, list item, table cell, quotation or preformatted block of plain text: content by its markup. */
function markedContent(u: Unit): boolean {
  const kind = u.structure?.kind;
  return kind !== undefined && kind !== 'paragraph' && kind !== 'caption';
}

function shapeReason(u: Unit): string | undefined {
  const t = u.text;
  if (!LETTER_OR_DIGIT.test(t)) return REASONS.separator;
  if (u.structure?.kind === 'caption') return REASONS.caption;
  // A full paragraph can be mostly links (names linked to profiles) and still be the article's text.
  if (u.structure && u.structure.linkShare >= (u.structure.kind === 'item' ? ITEM_LINK_SHARE : LINK_SHARE) && !isBodyLike(u)) return REASONS.links;
  const marked = markedContent(u);
  if (!marked && NUMBERS_ONLY.test(t)) return REASONS.number;
  if (u.words <= 12 && datelineDate(t)) return REASONS.dateline;

  const toks = tokensOf(u);
  if (!marked && u.words >= 8 && !hasSentencePunctuation(t)) {
    const stop = toks.filter((w) => STOP_WORDS.has(w)).length / Math.max(1, toks.length);
    if (stop < 0.12) return REASONS.wordList;
  }

  if (COOKIE_BUTTON.test(t) || (COOKIE_WORD.test(t) && COOKIE_CONTEXT.test(t) && u.words <= 80)) return REASONS.cookie;
  if ((t.length <= MAX_LABEL_CHARS && NAV_LABELS.test(trimEndWhere(t, /[\s:.!»›>|-]/))) || isMenu(t)) return REASONS.navigation;
  if (READING_TIME.test(t)) return REASONS.readingTime;
  if (COMMENTS.test(t)) return REASONS.comments;
  if (u.words <= 40 && isCrossLink(u)) return REASONS.crossLink;
  if (u.words <= 60 && (CAPTION.test(t) || CREDIT_IN_BRACKETS.test(t) || GALLERY_COUNTER.test(t))) return REASONS.caption;
  if (u.words <= 15 && t.length <= MAX_LABEL_CHARS && BYLINE.test(t)) return REASONS.byline;
  if (u.words <= 40 && (CREDITS.test(t) || CONTRIBUTORS.test(t))) return REASONS.byline;
  if (u.words <= 40 && (COPYRIGHT.test(t) || COPYRIGHT_ANYWHERE.test(t))) return REASONS.copyright;
  if (u.words <= 25 && SOCIAL.test(t)) return REASONS.social;
  if (u.words <= 15 && SHARE.test(t)) return REASONS.share;
  // A sentence that merely mentions a newsletter is news; a sign-up addresses the reader or is a bare label.
  if (u.words <= 35 && NEWSLETTER.test(t) && !QUOTE_MARK.test(t) && (SECOND_PERSON.test(t) || /\bour\b/i.test(t) || IMPERATIVE.test(t) || !u.endsSentence)) {
    return REASONS.newsletter;
  }
  return undefined;
}

/** Any . ! ? outside web addresses ("TheWeek.com" is not a sentence end). Cheap tests first: this runs on every line. */
function hasSentencePunctuation(t: string): boolean {
  if (!/[.!?]/.test(t)) return false;
  if (!/\.(?:com|org|net)\b/i.test(t)) return true;
  return /[.!?]/.test(t.replace(/\b\w+\.(?:com|org|net)\b/gi, ''));
}

/** "News | Sport | What's On": three or more short items between separators. */
function isMenu(text: string): boolean {
  if (!/[|•·›»]/.test(text)) return false;
  // "|" separates anywhere, the others only between spaces; items are trimmed below.
  const items = text.split(/(?<=\s)[•·›»](?=\s)|\|/).filter((s) => s.trim());
  return items.length >= 3 && items.every((s) => s.trim().split(/\s+/).length <= 4);
}

/** "Also on rt.com …", "READ MORE: …", "Related: …": a cue word at the start, then a link text. */
function isCrossLink(u: Unit): boolean {
  const m = CROSS_LINK.exec(u.text);
  if (!m) return false;
  if (/^also on\b/i.test(u.text)) return true;
  // "Read more" etc. need a separator or an all-caps cue, so "Read the full statement here." stays.
  return /[:\-–—|]\s*$/.test(m[0]) || /^[A-Z ]{4,}\b/.test(u.text);
}

function key(text: string): string {
  return tokens(text).join(' ');
}

function tokensOf(u: Unit): string[] {
  return (u.toks ??= tokens(u.text));
}

/** The headline (given, or the first headline-like line before the body), its repeats, and any repeated line. */
function markTitleAndRepeats(units: Unit[], givenTitle: string | undefined): string | undefined {
  let title: string | undefined;
  let titleKey = givenTitle ? key(givenTitle) : undefined;

  if (!titleKey) {
    const candidate = findHeadline(units);
    if (candidate) {
      title = candidate.text;
      titleKey = key(candidate.text);
    }
  }

  let titleSeen = false;
  const seen = new Set<string>();
  for (const [i, u] of units.entries()) {
    if (u.reason === REASONS.separator || u.reason === REASONS.number) continue;
    const k = tokensOf(u).join(' ');
    if (titleKey && (k === titleKey || (i < 8 && !u.reason && givenTitle && nearlySame(k, titleKey)))) {
      u.reason = titleSeen ? REASONS.repeatedTitle : REASONS.title;
      titleSeen = true;
    } else if (k && seen.has(k) && !u.structure) {
      u.reason = REASONS.repeated;
    }
    if (k) seen.add(k);
  }
  return title;
}

/** Word overlap for a given title against a line that is the headline with small edits. */
function nearlySame(a: string, b: string): boolean {
  const wa = new Set(a.split(' '));
  const wb = new Set(b.split(' '));
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(wa.size, wb.size) >= 0.8;
}

function isBodyLike(u: Unit): boolean {
  return u.words >= 20 && u.endsSentence;
}

/**
 * The headline: among the lines before the first body paragraph, the most headline-like — 3–30
 * words, no sentence ending (or one short sentence above a blank line), best if it stands alone
 * and sits right above the byline, dateline or text. Site names and taglines score lower.
 */
function findHeadline(units: Unit[]): Unit | undefined {
  let best: { unit: Unit; score: number } | undefined;
  let looked = 0;
  for (const [i, u] of units.entries()) {
    if (u.reason || u.words < 3) continue;
    if (isBodyLike(u) || ++looked > 10) break;
    if (u.words > 30 || u.text.length > 250 || /\s[|•]\s/.test(u.text)) continue;
    const sentences = u.text.split(/[.!?]["'”’)]*\s+(?=[\p{Lu}“"‘])/u).length;
    if (u.endsSentence && !(sentences === 1 && u.words <= 20 && u.blankAfter)) continue;
    // Something must follow, or the "headline" is the whole text.
    if (!units.slice(i + 1).some((n) => !n.reason && n.words >= 8)) continue;
    const next = units[i + 1];
    const score =
      (u.words >= 5 && u.words <= 20 ? 2 : 0) +
      (u.blankAfter ? 1 : 0) +
      (next && (next.reason === REASONS.byline || next.reason === REASONS.dateline || (!next.reason && isBodyLike(next))) ? 2 : 0);
    if (!best || score > best.score) best = { unit: u, score };
  }
  return best?.unit;
}

/**
 * Lines with no sentence ending — labels, headlines, links — unless they sit between two body
 * paragraphs (a subheading). Runs of three or more are reported as a list.
 */
function markUnsentenced(units: Unit[]): void {
  const snapshot = units.map((u) => u.reason);
  const sentenced = (j: number) => j >= 0 && j < units.length && !snapshot[j] && units[j].endsSentence && units[j].words >= 10;
  for (const [i, u] of units.entries()) {
    if (u.reason || u.endsSentence || markedContent(u)) continue;
    // Long unpunctuated text is more likely a paragraph that lost its full stop; on a page, where the markup
    // has already said it is a paragraph, anything longer than a headline is.
    if (u.words > (u.structure ? MAX_HEADLINE_WORDS : 40)) continue;
    // A subheading sits between paragraphs and introduces a full one.
    if (u.words <= 15 && sentenced(i - 1) && sentenced(i + 1) && isBodyLike(units[i + 1])) continue;
    u.reason = u.words <= 3 ? REASONS.label : REASONS.headline;
  }
  // Runs of headline-like lines (separators between them allowed) are link or related-story lists.
  let run: Unit[] = [];
  const flush = () => {
    if (run.length >= 3) for (const u of run) u.reason = REASONS.headlineList;
    run = [];
  };
  for (const u of units) {
    if (u.reason === REASONS.headline) run.push(u);
    else if (u.reason !== REASONS.separator) flush();
  }
  flush();
}

/** A short line naming an author the page states ("By Jane Doe - 11/18/19", "Jane Doe, Staff Writer") is a byline. */
function markAuthorLines(units: Unit[], authors: readonly string[]): void {
  const names = authors.map(key).filter((k) => k.includes(' '));
  if (!names.length) return;
  for (const u of units) {
    if (u.reason || u.words > 15 || (u.endsSentence && u.words >= 8)) continue;
    const k = ` ${tokensOf(u).join(' ')} `;
    if (names.some((n) => k.includes(` ${n} `))) u.reason = REASONS.byline;
  }
}

/** Author bios ("Jane Doe is a staff writer at …") only after the last body paragraph, where bios sit. */
function markBios(units: Unit[]): void {
  let lastBody = -1;
  for (const [i, u] of units.entries()) {
    if (!u.reason && isBodyLike(u) && !(BIO_START.test(u.text) && BIO_ROLE.test(u.text))) lastBody = i;
  }
  for (const [i, u] of units.entries()) {
    if (i > lastBody && !u.reason && u.words <= 80 && !QUOTE_MARK.test(u.text) && BIO_START.test(u.text) && BIO_ROLE.test(u.text)) u.reason = REASONS.bio;
  }
}

/**
 * A short line with furniture on both sides is furniture too ("Escape your echo chamber." between
 * sign-ups) — when it speaks in the site's voice (you, our, we), is a question (a related link), or is
 * a few words. A plain reported sentence there ("The council said …") is a paragraph between ads.
 */
function markInsideBlocks(units: Unit[]): void {
  const furniture = (j: number) => {
    const r = units[j]?.reason;
    return r !== undefined && r !== REASONS.title && r !== REASONS.dateline;
  };
  const snapshot = units.map((_, j) => furniture(j));
  for (const [i, u] of units.entries()) {
    if (u.reason || u.words > 20 || i === 0 || i === units.length - 1 || !snapshot[i - 1] || !snapshot[i + 1] || markedContent(u)) continue;
    // The quoted part may not contain an opening mark, so an unclosed “ is given up at the next one: linear.
    const outsideQuotes = u.text.replace(/["“][^"“”]*["”]/g, '');
    if (SITE_VOICE.test(outsideQuotes) || /\?["'”’]?$/.test(u.text) || u.words <= 6) u.reason = REASONS.insideBlock;
  }
}
