import { startApp } from '../../src/app/app';
import { loadConfig } from '../../src/platform/config/config';
import { resetGraph, silentLogger, testDatabase } from '../support/graph';

describe('the service', () => {
  it('migrates and seeds an empty graph at start, serves it, and stops cleanly', async () => {
    const db = testDatabase();
    await resetGraph(db);
    await db.write((tx) => tx.run('DROP INDEX entity_search IF EXISTS'));
    const config = loadConfig({
      NEO4J_URI: process.env.NEO4J_URI,
      NEO4J_PASSWORD: process.env.NEO4J_PASSWORD,
      PORT: '0',
      SHUTDOWN_GRACE_MS: '1000',
    });
    const app = await startApp(config, silentLogger);
    try {
      const base = app.http.url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/ready`)).status).toBe(200);
      const response = await fetch(app.http.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ search(text: "CATTC", first: 1) { node { id } } statistics { entitiesByType { count } } }' }),
      });
      const body = (await response.json()) as any;
      expect(body.data.search).toEqual([{ node: { id: 'china-asean-technology-transfer-center' } }]);
      expect(body.data.statistics.entitiesByType.reduce((sum: number, bucket: { count: number }) => sum + bucket.count, 0)).toBeGreaterThan(50);
    } finally {
      await app.stop();
      await db.close();
    }
    await expect(fetch(app.http.url)).rejects.toThrow();
  });
});
