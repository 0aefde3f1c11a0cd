import { bulkLoad } from '../../bench/bulk-load';
import { generateGraph } from '../../bench/synthetic-graph';
import { describePathEquivalence } from '../support/path-equivalence';

/**
 * The bidirectional path search against Neo4j's own selectors and an in-memory oracle
 * (test/support/path-equivalence.ts), on the benchmark's small synthetic graph.
 */
jest.setTimeout(600_000);
describePathEquivalence({ graph: 'the small synthetic graph', references: 'paths-small.json', load: (db) => bulkLoad(db, generateGraph('small')), maxHops: 4, runs: 60 });
