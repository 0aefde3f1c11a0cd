/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/platform/config/config';
import { requestsLeaving, useServicePage } from '../support/browser';
import { TEST_KEYS } from '../support/graph';

/**
 * The researchers' Cypher page at /cypher in Debian's Chromium: completion from the graph's names,
 * a read query as a table, a write refused with its code, and the link into the explorer.
 * `UPDATE_SCREENSHOTS=1` refreshes docs/cypher.png.
 */
const fixture = useServicePage('/cypher', '.cm-content');
let page: Page;

beforeAll(() => {
  ({ page } = fixture);
});

/** Types into the editor, replacing what is there (CodeMirror closes brackets and types over them). */
async function typeQuery(text: string): Promise<void> {
  await page.click('.cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/** Types a query and its parameters and runs it, with the button or the keyboard. */
async function runQuery(query: string, params: Record<string, unknown>, how: 'button' | 'Control+Enter' = 'button'): Promise<void> {
  await typeQuery(query);
  await page.keyboard.press('Escape');
  await page.fill('#params', JSON.stringify(params));
  if (how === 'button') await page.click('#run');
  else await page.press('#params', how);
}

describe('the Cypher page', () => {
  it('says that Cypher needs a researcher, until one gives a key; then completion knows the graph', async () => {
    await page.locator('#vocabulary', { hasText: 'needs the researcher role' }).waitFor();
    await page.fill('#api-key', TEST_KEYS.researcher);
    await page.locator('#vocabulary', { hasText: /Completion knows \d+ labels/ }).waitFor();
  });

  it('offers the graph’s labels when typing one', async () => {
    await typeQuery('MATCH (n:Inst');
    const options = page.locator('.cm-tooltip-autocomplete li');
    await options.first().waitFor();
    expect(await options.allTextContents()).toContain('Institution');
    await page.keyboard.press('Escape');
  });

  it('shows a read query as a table that draws nodes and relationships, with parameters', async () => {
    await runQuery('MATCH (i:Institution)-[r:PARTICIPATES_IN]->(p:Project {id: $project}) RETURN i, r, p.name AS project ORDER BY i.name', {
      project: 'anti-novel-coronavirus-drug-research',
    });
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
    await runQuery("CREATE (n:Institution {id: 'written-from-the-page', name: 'Written'}) RETURN n", {}, 'Control+Enter');
    const refusal = page.locator('#refusal');
    await refusal.waitFor();
    await expect(refusal.locator('.code').textContent()).resolves.toBe('CYPHER_NOT_READ_ONLY');
    expect(await fixture.db.read("MATCH (n {id: 'written-from-the-page'}) RETURN n")).toHaveLength(0);
  });

  it('links a result’s entities to the explorer, which draws them', async () => {
    await runQuery('MATCH (i:Institution)-[:LOCATED_IN]->(c:Country {id: $country}) RETURN c, collect(i) AS institutions', { country: 'thailand' });
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
    expect(requestsLeaving(fixture.requests, fixture.origin)).toEqual([]);
    expect(fixture.problems).toEqual([]);
  });
});
