import { bulkLoad } from '../../bench/bulk-load';
import { generateGraph } from '../../bench/synthetic-graph';
import { describePathEquivalence } from '../support/path-equivalence';

/**
 * The bidirectional path search against Neo4j's own selectors and an in-memory oracle
 * (test/support/path-equivalence.ts), on the benchmark's tiny synthetic graph.
 * 6 hops between its hubs: SHORTEST k GROUPS keeps ~500,000 trails, so the reference sorts and cuts
 * them in Cypher (returned as rows they passed Neo4j's per-transaction memory limit).
 */
jest.setTimeout(600_000);
describePathEquivalence({ graph: 'the tiny synthetic graph', references: 'paths-tiny.json', load: (db) => bulkLoad(db, generateGraph('tiny')), maxHops: 6, runs: 150 });
