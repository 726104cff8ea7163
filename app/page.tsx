import { getOverview, type ArticleSummary, type WordEvidence } from '@/lib/db/queries';

// Reads the database on every request: scores change when a scoring run lands.
export const dynamic = 'force-dynamic';

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const perWord = new Intl.NumberFormat('en', { maximumFractionDigits: 3, signDisplay: 'exceptZero' });
const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

function Words({ words, label }: { words: WordEvidence[]; label: string }) {
  if (words.length === 0) return <p className="label">{label}: none</p>;
  return (
    <>
      <p className="label">{label}</p>
      <ul className="words">
        {words.map((w) => (
          <li key={w.word} className={`word ${w.label}`} title={`${w.occurrences}× · AFINN ${number.format(w.total)}`}>
            {w.word}
            {w.occurrences > 1 ? ` ×${w.occurrences}` : ''} ({w.total > 0 ? '+' : ''}
            {number.format(w.total)})
          </li>
        ))}
      </ul>
    </>
  );
}

function Article({ a }: { a: ArticleSummary }) {
  return (
    <article className="article">
      <h3>{a.title}</h3>
      <p className="meta">
        {a.publishedAt ? dateFormat.format(a.publishedAt) : 'undated'}
        {a.event ? ` · ${a.event}` : ''}
      </p>
      <dl className="figures">
        <dt>Words</dt>
        <dd>{a.words}</dd>
        <dt>Sentences</dt>
        <dd>{a.sentences}</dd>
        <dt>Sentiment (AFINN sum)</dt>
        <dd>{a.sentiment === null ? 'not scored' : number.format(a.sentiment)}</dd>
        <dt>Sentiment per word</dt>
        <dd>{a.comparative === null ? 'not scored' : perWord.format(a.comparative)}</dd>
      </dl>
      <Words words={a.negative} label="Negative words" />
      <Words words={a.positive} label="Positive words" />
    </article>
  );
}

export default async function OverviewPage() {
  const { outlets, story, run } = await getOverview();
  if (outlets.length === 0) {
    return (
      <section className="empty">
        <h1>No articles yet</h1>
        <p>
          Run <code>npm run demo</code> to ingest and score the demo corpus, or <code>npx parallax ingest &lt;folder&gt;</code> then{' '}
          <code>npx parallax score</code> for your own.
        </p>
      </section>
    );
  }
  const articles = outlets.reduce((n, o) => n + o.articles.length, 0);
  return (
    <>
      <h1>{story ?? 'All articles'}</h1>
      <p className="lede">
        {outlets.length} outlets, {articles} articles, side by side. Sentiment is the AFINN-165 sum over each article&apos;s words; the
        words listed are every one that moved it.
      </p>
      <div className="columns">
        {outlets.map((o) => (
          <section key={o.id} className="outlet" aria-labelledby={`outlet-${o.slug}`}>
            <h2 id={`outlet-${o.slug}`}>{o.name}</h2>
            {o.articles.map((a) => (
              <Article key={a.id} a={a} />
            ))}
          </section>
        ))}
      </div>
      {run && (
        <footer className="run">
          Scoring run {run.id} ({run.version}), {run.articles} articles
          {run.finishedAt ? `, finished ${run.finishedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''}.
        </footer>
      )}
    </>
  );
}
