/// <reference lib="dom" />
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Authenticator } from '../../src/auth/authenticator';
import { PROJECT_ROOT } from '../../src/config/config';
import type { Database } from '../../src/db/database';
import type { RunningHttpServer } from '../../src/http/http-server';
import { launchChromium, requestsLeaving, watchedPage, type WatchedPage } from '../support/browser';
import { ensureUiBuilt } from '../support/build';
import { seededDatabase, startTestServer, TEST_KEYS, testAuthConfig } from '../support/graph';

/**
 * The researchers' Cypher page at /cypher in Debian's Chromium: completion from the graph's names,
 * a read query as a table, a write refused with its code, and the link into the explorer.
 * `UPDATE_SCREENSHOTS=1` refreshes docs/cypher.png.
 */
let db: Database;
let server: RunningHttpServer;
let origin: string;
let browser: Browser;
let watched: WatchedPage;
let page: Page;

/** Types a query into the editor, replacing what is there (CodeMirror closes brackets and types over them). */
async function typeQuery(text: string): Promise<void> {
  await page.click('.cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

// Seeding, Chromium and the first load of the bundles take long on a shared machine.
beforeAll(async () => {
  ensureUiBuilt();
  db = await seededDatabase();
  server = await startTestServer(db, false, undefined, { authenticator: new Authenticator(testAuthConfig()) });
  origin = new URL(server.url).origin;
  browser = await launchChromium();
  watched = await watchedPage(await browser.newContext({ viewport: { width: 1400, height: 900 } }));
  page = watched.page;
  await page.goto(`${origin}/cypher`);
  await page.locator('.cm-content').waitFor();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close(1_000);
  await db?.close();
});

describe('the Cypher page', () => {
  it('says that Cypher needs a researcher, until one gives a key; then completion knows the graph', async () => {
    await page.locator('#vocabulary', { hasText: 'needs the researcher role' }).waitFor();
    await page.fill('#api-key', TEST_KEYS.researcher);
    await page.locator('#vocabulary', { hasText: /Completion knows \d+ labels/ }).waitFor();
  });

  it('offers the graph’s labels when typing one', async () => {
    await page.click('.cm-content');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('MATCH (n:Inst');
    const options = page.locator('.cm-tooltip-autocomplete li');
    await options.first().waitFor();
    expect(await options.allTextContents()).toContain('Institution');
    await page.keyboard.press('Escape');
  });

  it('shows a read query as a table that draws nodes and relationships, with parameters', async () => {
    await typeQuery('MATCH (i:Institution)-[r:PARTICIPATES_IN]->(p:Project {id: $project}) RETURN i, r, p.name AS project ORDER BY i.name');
    await page.fill('#params', JSON.stringify({ project: 'anti-novel-coronavirus-drug-research' }));
    await page.click('#run');
    const table = page.locator('table#results');
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual(['i', 'r', 'project']);
    const firstRow = table.locator('tbody tr').first();
    await expect(firstRow.locator('.graph-node').textContent()).resolves.toMatch(/^\(:Entity:Institution\) Chinese Academy of Sciences/);
    expect(await page.locator('#example').inputValue()).toBe('-1');
    await expect(firstRow.locator('.graph-relationship').textContent()).resolves.toContain('-[:PARTICIPATES_IN]->');
    await expect(firstRow.locator('td').nth(2).textContent()).resolves.toBe('Research on Anti-Novel Coronavirus Drugs Based on Chinese and Thai Natural Medicinal Materials');
    await expect(page.locator('#summary').textContent()).resolves.toMatch(/^3 rows in \d+ ms\. Open its 3 entities in the explorer$/);
    if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: path.join(PROJECT_ROOT, 'docs', 'cypher.png') });
  });

  it('refuses a write, showing its code', async () => {
    await typeQuery("CREATE (n:Institution {id: 'written-from-the-page', name: 'Written'}) RETURN n");
    await page.fill('#params', '{}');
    await page.keyboard.press('Control+Enter');
    const refusal = page.locator('#refusal');
    await refusal.waitFor();
    await expect(refusal.locator('.code').textContent()).resolves.toBe('CYPHER_NOT_READ_ONLY');
    expect(await db.read("MATCH (n {id: 'written-from-the-page'}) RETURN n")).toHaveLength(0);
  });

  it('links a result’s entities to the explorer, which draws them', async () => {
    await typeQuery('MATCH (i:Institution)-[:LOCATED_IN]->(c:Country {id: $country}) RETURN c, collect(i) AS institutions');
    await page.fill('#params', JSON.stringify({ country: 'thailand' }));
    await page.click('#run');
    const link = page.locator('#open-in-explorer');
    await link.waitFor();
    const ids = new URL(await link.evaluate((anchor) => (anchor as HTMLAnchorElement).href)).searchParams.get('ids')!.split(',');
    expect(ids).toEqual(expect.arrayContaining(['thailand', 'mahidol-university']));
    await link.click();
    await page.waitForFunction(() => /drawn in/.test(document.getElementById('status')?.textContent ?? ''));
    const drawn = await page.evaluate(() => (window as any).explorer.cy.nodes().map((node: any) => node.id()).sort());
    expect(drawn).toEqual([...ids].sort());
    expect(await page.evaluate(() => (window as any).explorer.cy.edges().length)).toBeGreaterThanOrEqual(ids.length - 1);
  });

  it('asked nothing of any other host, and raised no errors or CSP violations', () => {
    expect(requestsLeaving(watched.requests, origin)).toEqual([]);
    expect(watched.problems).toEqual([]);
  });
});
