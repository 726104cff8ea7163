/** The AFINN-165 word list as shipped inside the `sentiment` package (no type declarations of its own). */
declare module 'sentiment/languages/en/index.js' {
  const en: { labels: Record<string, number> };
  export default en;
}
