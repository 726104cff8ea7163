/**
 * The API's documentation, rendered on the server from the same OpenAPI document /api/openapi.json serves (no
 * client script, no CDN: self-hosted installs may be offline).
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { openApiDocument } from '../api/_lib/openapi';
import { EXPORT_VIEWS } from '../api/_lib/exports';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'API' };

type Schema = { type?: string | string[]; $ref?: string; anyOf?: Schema[]; items?: Schema; properties?: Record<string, Schema>; additionalProperties?: Schema | boolean; description?: string; enum?: unknown[]; format?: string; pattern?: string };
type Param = { name: string; in: string; required: boolean; description?: string; example?: unknown; schema: Schema };
type Operation = { operationId: string; summary: string; description?: string; tags: string[]; parameters: Param[]; responses: Record<string, { content?: { 'application/json': { schema: Schema } } }> };

const refName = (ref: string) => ref.split('/').pop()!;

/** A schema in a few words: its type, or the component it names. */
function typeOf(s: Schema | undefined): string {
  if (!s) return 'any';
  if (s.$ref) return refName(s.$ref);
  if (s.anyOf) return s.anyOf.map(typeOf).join(' | ');
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (s.type === 'array') return `${typeOf(s.items)}[]`;
  if (s.type === 'object' && s.additionalProperties && typeof s.additionalProperties === 'object' && !s.properties) return `{ [key]: ${typeOf(s.additionalProperties)} }`;
  if (s.type === 'object' && s.properties) return 'object';
  return [s.type ?? 'any', s.format ? `(${s.format})` : ''].join(' ').trim();
}

function Fields({ schema }: { schema: Schema }) {
  const props = Object.entries(schema.properties ?? {});
  if (!props.length) return null;
  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Type</th>
          <th scope="col">Meaning</th>
        </tr>
      </thead>
      <tbody>
        {props.map(([name, s]) => (
          <tr key={name}>
            <th scope="row">
              <code>{name}</code>
            </th>
            <td>
              <code>{typeOf(s)}</code>
            </td>
            <td>{s.description ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function ApiDocsPage() {
  const doc = openApiDocument() as { info: { description: string }; paths: Record<string, { get: Operation }>; components: { schemas: Record<string, Schema> } };
  // The export path answers files: described in its own section below.
  const ops = Object.entries(doc.paths)
    .filter(([path]) => !path.startsWith('/api/v1/export/'))
    .map(([path, item]) => ({ path, ...item.get }));
  const tags = [...new Set(ops.map((o) => o.tags[0]))];
  return (
    <>
      <h1>API</h1>
      <p className="lede">{doc.info.description}</p>
      <p>
        The machine-readable description is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1): give it to a client generator or an API
        browser. Everything is read-only (GET) and needs no key.
      </p>
      <h2 id="conventions">Conventions</h2>
      <ul>
        <li>
          Every answer is <code>{'{ meta, data }'}</code>: <code>meta.run</code> is the scoring run the figures come from (id, analysis version, date),{' '}
          <code>meta.analysisVersion</code> its analysis version.
        </li>
        <li>
          Long lists (<code>/api/v1/articles</code>, <code>/api/v1/markers</code>) page by cursor: pass the answer&rsquo;s <code>next</code> as{' '}
          <code>cursor</code> until it is <code>null</code>. Others take <code>page</code> and <code>perPage</code> and say the <code>total</code>.
        </li>
        <li>
          Answers carry an <code>ETag</code>; send it back as <code>If-None-Match</code> and the answer is <code>304 Not Modified</code> until the data
          changes (a new ingest or scoring run).
        </li>
        <li>
          A malformed parameter, or one the endpoint does not take, is <code>400</code> with <code>error.message</code> and <code>error.problems</code>{' '}
          naming each; an unknown outlet, event, story, article or metric is <code>404</code>; an unreachable database <code>503</code>.
        </li>
        <li>
          Filters read as on the pages: <code>outlets=slug,slug</code>, <code>groups=lean:left,type:wire</code> (see <code>/api/v1/groups</code>),{' '}
          <code>from</code>/<code>to</code> as <code>YYYY-MM-DD</code>, <code>voice=writer|quoted|all</code>.
        </li>
      </ul>
      <h2 id="exports">Exports</h2>
      <p>
        Complete downloads of each view, streamed (never cut short), at <code>/api/v1/export/&lt;view&gt;?format=csv|json|jsonl</code> with the
        view&rsquo;s own filters. CSV files start with <code>#</code> comment lines naming the run, analysis version, filters and date (read them with a
        comment character of <code>#</code>); JSON has them under <code>meta</code>; JSON Lines has them on the first line. Figures come with their sample
        sizes (articles, words) and interval bounds as columns.
      </p>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">View</th>
            <th scope="col">What</th>
            <th scope="col">Filters</th>
          </tr>
        </thead>
        <tbody>
          {EXPORT_VIEWS.map((v) => (
            <tr key={v.name}>
              <th scope="row">
                <code>{v.name}</code>
              </th>
              <td>{v.summary}</td>
              <td>
                <code>{Object.keys(v.query).join(', ')}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="endpoints">Endpoints</h2>
      <nav aria-label="Endpoints">
        <ul>
          {ops.map((o) => (
            <li key={o.path}>
              <a href={`#${o.operationId}`}>
                <code>{o.path}</code>
              </a>{' '}
              {o.summary}
            </li>
          ))}
        </ul>
      </nav>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`}>
          <h2 id={`tag-${tag}`}>{tag}</h2>
          {ops
            .filter((o) => o.tags[0] === tag)
            .map((o) => {
              const answer = o.responses['200'].content!['application/json'].schema;
              const data = answer.properties?.data;
              return (
                <article key={o.path} id={o.operationId} className="card">
                  <h3>
                    <code>GET {o.path}</code>
                  </h3>
                  <p>
                    <strong>{o.summary}.</strong> {o.description}
                  </p>
                  {o.parameters.length > 0 && (
                    <table className="data">
                      <caption>Parameters</caption>
                      <thead>
                        <tr>
                          <th scope="col">Name</th>
                          <th scope="col">In</th>
                          <th scope="col">Type</th>
                          <th scope="col">Meaning</th>
                        </tr>
                      </thead>
                      <tbody>
                        {o.parameters.map((p) => (
                          <tr key={p.name}>
                            <th scope="row">
                              <code>{p.name}</code>
                              {p.required ? ' (required)' : ''}
                            </th>
                            <td>{p.in}</td>
                            <td>
                              <code>{typeOf(p.schema)}</code>
                            </td>
                            <td>
                              {p.description ?? ''}
                              {p.example !== undefined && (
                                <>
                                  {' '}
                                  e.g. <code>{String(p.example)}</code>
                                </>
                              )}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                  <p>
                    <code>data</code>: <code>{typeOf(data)}</code>
                    {answer.properties?.next ? ', with next' : answer.properties?.page ? ', with page' : ''}
                  </p>
                  {data?.type === 'object' && <Fields schema={data} />}
                </article>
              );
            })}
        </section>
      ))}
      <h2 id="schemas">Schemas</h2>
      {Object.entries(doc.components.schemas).map(([name, s]) => (
        <section key={name} id={`schema-${name}`} aria-labelledby={`schema-h-${name}`}>
          <h3 id={`schema-h-${name}`}>{name}</h3>
          {s.description && <p>{s.description}</p>}
          <Fields schema={s} />
        </section>
      ))}
      <p className="small muted">
        See also the <Link href="/methodology">methodology</Link> for what each figure means.
      </p>
    </>
  );
}
