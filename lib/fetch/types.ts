/** One article URL to fetch, with what its list, feed or export said about it. */
export interface FetchTarget {
  url: string;
  /** Where it came from, for messages: "urls.txt:12", "https://site/feed.xml item 3", "export.csv:5". */
  from: string;
  /** The input file or URL it was read from. */
  input: string;
  title?: string;
  /** As the feed or export states it (parsed later, like any date in a record). */
  date?: string;
  /** An outlet name the input states (an "outlet" column, Media Cloud's media_name). */
  outlet?: string;
  /** A weaker outlet guess, used only when the page and the URL name none (a media_name that is only a domain). */
  outletHint?: string;
}
