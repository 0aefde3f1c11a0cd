import { seedGraph } from '../../src/engine/seed/seed.service';
import { resetGraph } from '../support/graph';
import { describePathEquivalence } from '../support/path-equivalence';

/**
 * The bidirectional path search against Neo4j's own selectors and an in-memory oracle
 * (test/support/path-equivalence.ts), on the seed.
 */
jest.setTimeout(600_000);
describePathEquivalence({ graph: 'the seed', references: 'paths-seed.json', load: async (db) => (await resetGraph(db), await seedGraph(db)), maxHops: 6, runs: 150 });
