/**
 * The OpenAPI 3.1 document of /api/v1, generated from the endpoints' own zod schemas (parameters and answers), so the
 * document cannot drift from what the handlers check and return. Served at /api/openapi.json, rendered at /api-docs.
 */
import 'server-only';
import { z } from 'zod';
import { ENDPOINTS, type Endpoint } from './endpoints';
import { envelope, ErrorBody, registry } from './schemas';
import { EXPORT_VIEWS, FORMATS } from './exports';

const REF = (id: string) => `#/components/schemas/${id}`;

function parameters(e: Endpoint) {
  const of = (shape: Record<string, z.ZodType>, where: 'path' | 'query') =>
    Object.entries(shape).map(([name, schema]) => {
      const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
      const { $schema: _, description, example, ...rest } = json;
      return { name, in: where, required: where === 'path', ...(description ? { description } : {}), ...(example !== undefined ? { example } : {}), schema: rest };
    });
  return [...of(e.pathParams ?? {}, 'path'), ...of(e.query, 'query')];
}

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: REF('Error') } } } });

export function openApiDocument(): Record<string, unknown> {
  // One generation over every answer: shared schemas become components, referenced by $ref.
  const answers = z.object(Object.fromEntries(ENDPOINTS.map((e, i) => [`e${i}`, envelope(e.data, e.paging)])));
  const json = z.toJSONSchema(answers, { target: 'draft-2020-12', metadata: registry, unrepresentable: 'any' });
  // Named schemas land in $defs; in OpenAPI they are components.
  const generated = JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', `"${REF('')}`)) as { properties: Record<string, unknown>; $defs?: Record<string, unknown> };
  const schemas: Record<string, unknown> = { ...(generated.$defs ?? {}) };
  if (!schemas.Error) schemas.Error = (z.toJSONSchema(ErrorBody, { target: 'draft-2020-12' }) as Record<string, unknown>);
  delete (schemas.Error as Record<string, unknown>).$schema;
  const paths: Record<string, unknown> = {};
  ENDPOINTS.forEach((e, i) => {
    paths[e.path] = {
      get: {
        operationId: e.path.replace(/^\/api\/v1\//, '').replace(/\{(\w+)\}/g, 'by-$1').replace(/\//g, '-') || 'root',
        summary: e.summary,
        ...(e.description ? { description: e.description } : {}),
        tags: [e.tag],
        parameters: parameters(e),
        responses: {
          200: { description: 'The data, with the scoring run it was computed from.', headers: { ETag: { description: 'Send back as If-None-Match: 304 while unchanged.', schema: { type: 'string' } } }, content: { 'application/json': { schema: generated.properties[`e${i}`] } } },
          304: { description: 'Not modified since the ETag given in If-None-Match.' },
          400: errorResponse('A parameter is malformed or not taken by this endpoint; the message names it.'),
          404: errorResponse('No such outlet, event, story, article or metric.'),
          503: errorResponse('The database is unreachable; retry later.'),
        },
      },
    };
  });
  paths['/api/v1/export/{view}'] = exportPath();
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parallax API',
      version: '1.0.0',
      description:
        'Read-only access to everything the Parallax dashboard shows: outlets and their figures (with intervals and sample sizes), groups, events, stories, articles, the markers behind every figure, actors and charts. Every answer names the scoring run and analysis version its figures come from. Lists page by cursor (`next`) or by `page`; answers carry an ETag for cheap polling.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    tags: [...new Set(ENDPOINTS.map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: { schemas },
  };
}

/** The complete downloads: one path, the view named in it, the view's own filters as query parameters. */
function exportPath() {
  return {
    get: {
      operationId: 'export',
      summary: 'Complete download of a view',
      description: `Every row of a view, streamed: ${EXPORT_VIEWS.map((v) => `\`${v.name}\` (${v.summary.replace(/\.$/, '')}; filters: ${Object.keys(v.query).join(', ') || 'none'})`).join('; ')}. The filters are those of the view's endpoint. CSV starts with # lines naming the run, analysis version, filters and date; JSON is { meta, rows, count }; JSON Lines has { meta } on its first line, then one row per line.`,
      tags: ['Exports'],
      parameters: [
        { name: 'view', in: 'path', required: true, schema: { type: 'string', enum: EXPORT_VIEWS.map((v) => v.name) } },
        { name: 'format', in: 'query', required: false, description: 'File format (default csv).', schema: { type: 'string', enum: [...FORMATS] } },
      ],
      responses: {
        200: {
          description: 'The file, as an attachment named after the view, run and date.',
          headers: { 'X-Parallax-Run': { description: 'The scoring run the figures come from.', schema: { type: 'string' } } },
          content: { 'text/csv': { schema: { type: 'string' } }, 'application/jsonl': { schema: { type: 'string' } }, 'application/json': { schema: { type: 'object', required: ['meta', 'rows', 'count'], properties: { meta: { type: 'object' }, rows: { type: 'array', items: { type: 'object' } }, count: { type: 'integer' } } } } },
        },
        400: errorResponse('A filter or the format is malformed, or not one the view takes.'),
        404: errorResponse('No such view.'),
        503: errorResponse('The database is unreachable; retry later.'),
      },
    },
  };
}
