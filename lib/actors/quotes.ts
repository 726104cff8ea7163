/**
 * Speakers of direct quotations. An actor counts as quoted in a sentence when the sentence holds a direct
 * quotation (double quotes or guillemets), the mention is outside it, and the mention is attached to a speech
 * verb: "X said", "X, the foreign minister, insisted", "X and Y said", "said X", "according to X", "X: “…”".
 */

const SPEECH =
  'said|says|say|added|adds|noted|notes|remarked|remarks|argued|argues|insisted|insists|stated|states|told|tells|' +
  'wrote|writes|declared|declares|announced|announces|claimed|claims|warned|warns|explained|explains|stressed|' +
  'stresses|emphasi[sz]ed|emphasi[sz]es|asserted|asserts|continued|continues|concluded|replied|responded|urged|' +
  'urges|called|calls|described|describes|accused|accuses|reiterated|recalled|admitted|acknowledged|suggested|' +
  'tweeted|posted|asked|asks|predicted|promised|commented|observed|countered|quipped|lamented|complained|boasted';
/** Verbs that can precede their speaker ("said Xi"); transitive ones ("accused X", "told X") take the listener. */
const SPEECH_BEFORE =
  'said|says|added|adds|noted|notes|remarked|remarks|argued|argues|insisted|insists|stated|wrote|writes|asked|' +
  'asks|continued|continues|concluded|explained|explains|stressed|warned|declared|announced|claimed|claims|replied|responded';

/** After the mention: optional appositive, coordinated names (masked as §), adverbs or auxiliaries, then a speech verb. */
const AFTER = new RegExp(
  `^(?:['’]s\\b)?(?!['’]s)(?:\\s*,[^,“”"]{1,80},)?(?:\\s*(?:,|and|&)\\s*§+)*\\s*(?:(?:also|then|later|has|have|had|was|previously|reportedly|further|repeatedly|once|again|jointly|strongly|specifically)\\s+)*(?:${SPEECH})\\b`,
  'u',
);
/** Before the mention (titles already skipped): a speech verb or "according to". */
const BEFORE = new RegExp(`(?:\\b(?:${SPEECH_BEFORE})|\\baccording to)\\s+(?:the\\s+)?$`, 'u');
/** A speaker before its verb opens the clause: at the start, after punctuation or a conjunction, or after another name. */
const CLAUSE_START = /(?:^|[,;:“”"(—–]|§|\b(?:and|but|then|while|as|when|so|also|though|however|meanwhile))\s*$/u;
const QUOTE = /[“”"«»]/;

/** Does the text hold a double quote mark or guillemet (so possibly a direct quotation)? */
export function hasQuotation(text: string): boolean {
  return QUOTE.test(text);
}

/** Positions inside double-quoted stretches of `text` (straight quotes alternate open/close). */
export function quotedMask(text: string): boolean[] {
  const mask: boolean[] = new Array(text.length).fill(false);
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' || c === '«') open = true;
    else if (c === '”' || c === '»') open = false;
    else if (c === '"') open = !open;
    else mask[i] = open;
  }
  return mask;
}

/**
 * `masked` is the sentence with every other actor mention replaced by '§' (same length), so coordinated names
 * ("Antonov and Qin said") read as placeholders. `from`/`to` are the mention's offsets in the sentence and
 * `titleFrom` the start of its title label, if any.
 */
export function isSpeaker(masked: string, from: number, to: number, titleFrom: number, inQuote: boolean[]): boolean {
  if (!QUOTE.test(masked) || inQuote[from]) return false;
  if (/^\s*:\s*[“"«]/.test(masked.slice(to, to + 6))) return true;
  if (AFTER.test(masked.slice(to, to + 140)) && CLAUSE_START.test(masked.slice(Math.max(0, titleFrom - 40), titleFrom))) return true;
  return BEFORE.test(masked.slice(Math.max(0, titleFrom - 40), titleFrom));
}
