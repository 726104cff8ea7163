/**
 * The import graph of lib/ (and what imports it): no circle, and no arrow upward through the layers. Checked by
 * `npm run lint:imports` (tests/unit/import-graph.test.ts runs it too).
 *
 * Layers, bottom to top:
 *   pure code    lib/text, lib/rows, lib/analysis, lib/actors, lib/events, lib/nlp, lib/ingest, lib/outlets, …
 *   worker pool  lib/worker-pool (threads that run the pure analysis; no database)
 *   database     lib/db/*.ts and lib/db/embedded (where the data lives, migrations, clients)
 *   write basics lib/db/write (one executor, inWriteTransaction, the write lock, bulk writes, partitions, summaries)
 *   operations   lib/db/operations (one write operation per file) and lib/db/queries with lib/db/queries.ts (the dashboard's reads)
 *   top of lib   lib/queue (distributed scoring on pg-boss), lib/serve (serving the dashboard)
 *   the CLI and the dashboard: scripts/, app/ (nothing in lib/ imports them)
 */
const PURE = '^lib/(text|rows|analysis|actors|events|nlp|ingest|outlets|fetch|offline)/';
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'An import circle: the layers cannot be read bottom-up.', from: { path: '^lib/' }, to: { circular: true } },
    { name: 'lib-not-above-lib', severity: 'error', comment: 'lib/ never imports the CLI, the dashboard or the tests.', from: { path: '^lib/' }, to: { path: '^(scripts|app|tests)/' } },
    { name: 'pure-stays-pure', severity: 'error', comment: 'Pure code imports no database, worker pool or queue.', from: { path: PURE }, to: { path: '^lib/(db|worker-pool|queue)/' } },
    { name: 'pool-below-db', severity: 'error', comment: 'The worker pool analyses; it never touches the database.', from: { path: '^lib/worker-pool/' }, to: { path: '^lib/(db|queue)/' } },
    { name: 'db-base-below-write', severity: 'error', comment: 'Connections and migrations know nothing of writes or reads.', from: { path: '^lib/db/((client|connection|migrate)\\.ts$|embedded/)' }, to: { path: '^lib/(db/(write|operations|queries)|queue)/' } },
    { name: 'write-basics-at-bottom', severity: 'error', comment: 'The write basics import no operation, no read and no queue.', from: { path: '^lib/db/write/' }, to: { path: '^lib/(db/(operations|queries)|queue)/' } },
    { name: 'operations-below-queue', severity: 'error', comment: 'Operations and reads do not know the queue; writes and reads stay apart.', from: { path: '^lib/db/operations/' }, to: { path: '^lib/(db/queries|queue)/' } },
    { name: 'queries-read-only', severity: 'error', comment: 'The read side imports no write operation and no queue.', from: { path: '^lib/db/queries' }, to: { path: '^lib/(db/operations|queue)/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^lib/generated/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'] },
  },
};
