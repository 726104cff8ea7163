export { parseText, nameSpans } from './parse';
export type { Parse, ParsedToken, Span } from './parse';
export { findQuotes } from './quotes';
export type { QuoteSpan } from './quotes';
