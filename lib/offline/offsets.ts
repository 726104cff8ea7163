/**
 * Offsets into a record's text with its line ends made \n (what the readers hand on, lib/ingest/readers/json.ts)
 * carried back to the text as given, where a line may end in \r\n: each \r\n before a place is one character more.
 */
export function givenOffsets(given: string): (offset: number) => number {
  const crlf: number[] = [];
  // Position, in the normalised text, of each \r\n's \n.
  for (let i = given.indexOf('\r\n'); i >= 0; i = given.indexOf('\r\n', i + 2)) crlf.push(i - crlf.length);
  if (!crlf.length) return (offset) => offset;
  return (offset) => {
    // \r\n pairs that start before `offset` in the normalised text.
    let lo = 0;
    let hi = crlf.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (crlf[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + lo;
  };
}
