/**
 * Names and text from files as they may be printed to a terminal. A file name is any bytes but "/" and NUL:
 * "\x1b[2J" in one clears the screen, a newline forges a line of output, and a right-to-left override
 * ("\u202egnp.exe") makes it read as another name. Each such character is shown as an escape instead.
 */

/** C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional formatting characters. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const UNSAFE_BUT_LINE_BREAK = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  return NAMED[ch] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/**
 * `text` with every control, separator and bidi formatting character escaped (`\e`, `\n`, `\x07`, `\u202e`).
 * keepLineBreaks: leave "\n" as is, for a message of several lines whose names were escaped already.
 */
export function printable(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(options.keepLineBreaks ? UNSAFE_BUT_LINE_BREAK : UNSAFE, escape);
}
