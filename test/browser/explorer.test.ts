/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/platform/config/config';
import type { Database } from '../../src/engine/db/database';
import type { RunningHttpServer } from '../../src/app/http/http-server';
import { EntityType, RelationType } from '../../src/engine/model/model';
import { applySeeds } from '../../src/engine/seed/seed.repository';
import { ensureUiBuilt } from '../support/build';
import { seededDatabase, startTestServer } from '../support/graph';
import { createContext } from '../../src/app/context';
import { Role } from '../../src/platform/auth/roles';
import { syntheticSeed } from '../support/synthetic';

/**
 * The explorer in a real browser (Debian's Chromium, driven by playwright-core): the overview it
 * opens on, search → paths → evidence, expanding, the heat map, exports, the keyboard, and a
 * 2,000-node neighbourhood. Screenshots go to test-artifacts/explorer/; `UPDATE_SCREENSHOTS=1` also
 * refreshes docs/explorer.png (the overview).
 */
const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts', 'explorer');
const STAR_SIZE = 2_000;

let db: Database;
let server: RunningHttpServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

const screenshot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
const graphSize = () => page.evaluate(() => ({ nodes: (window as any).explorer.cy.nodes().length, edges: (window as any).explorer.cy.edges().length }));

async function pickBySearch(text: string, option: string): Promise<void> {
  await page.fill('#search-input', text);
  await page.locator('#suggestions [role=option]', { hasText: option }).first().click();
}

/** Waits for the overview, or for the page to say it failed (and then fails with the page's words). */
async function overviewDrawn(): Promise<void> {
  await page.waitForFunction(() => /grouped by country, drawn in|failed/.test(document.getElementById('status')!.textContent ?? ''), undefined, { timeout: 90_000 });
  expect(await page.locator('#status').textContent()).toMatch(/grouped by country, drawn in/);
}

/** Where a node of the graph is on the page, for a real mouse click. */
const pointOf = (id: string) =>
  page.evaluate((nodeId) => {
    const at = (window as any).explorer.cy.$id(nodeId).renderedPosition();
    const box = document.getElementById('graph')!.getBoundingClientRect();
    return { x: box.x + at.x, y: box.y + at.y };
  }, id);

/**
 * Collisions on the canvas as drawn, from cytoscape's rendered boxes (node and label together):
 * any two entities; a region (its box and label) and an entity outside it; two regions neither of
 * which holds the other. Also the entities whose labels are too small to be drawn at this zoom.
 */
const collisions = () =>
  page.evaluate(() => {
    const cy = (window as any).explorer.cy;
    const drawn = { includeLabels: true, includeOverlays: false };
    const hit = (a: any, b: any) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const entities = cy.nodes().not('.region').map((node: any) => ({ id: node.id(), box: node.renderedBoundingBox(drawn), node }));
    const regions = cy.nodes('.region').map((region: any) => ({ id: region.id(), box: region.renderedBoundingBox(drawn), node: region }));
    const overlaps: string[] = [];
    entities.forEach((a: any, i: number) => entities.slice(i + 1).forEach((b: any) => hit(a.box, b.box) && overlaps.push(`${a.id} × ${b.id}`)));
    for (const region of regions) {
      for (const entity of entities) if (!region.node.descendants().contains(entity.node) && hit(region.box, entity.box)) overlaps.push(`${region.id} × ${entity.id}`);
      for (const other of regions) {
        const related = other === region || region.node.descendants().contains(other.node) || other.node.descendants().contains(region.node);
        if (!related && region.id < other.id && hit(region.box, other.box)) overlaps.push(`${region.id} × ${other.id}`);
      }
    }
    const smallest = Math.min(...cy.nodes().map((node: any) => node.pstyle('min-zoomed-font-size').pfValue));
    const unreadable = cy
      .nodes()
      .filter((node: any) => node.pstyle('label').strValue !== '' && parseFloat(node.renderedCss('font-size')) < smallest)
      .map((node: any) => node.id());
    return { overlaps, unreadable, labelled: cy.nodes().filter((node: any) => node.pstyle('label').strValue !== '').length };
  });

beforeAll(async () => {
  ensureUiBuilt();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  db = await seededDatabase();
  server = await startTestServer(db);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  await page.goto(server.url.replace('/graphql', '/explore'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close(1_000);
  await db?.close();
});

describe('the explorer', () => {
  it('serves a page that needs nothing from the internet', async () => {
    const response = await page.request.get(server.url.replace('/graphql', '/explore'));
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    const external = await page.evaluate(() => [...document.querySelectorAll('script[src], link[href]')].map((node) => (node as HTMLScriptElement).src || (node as HTMLLinkElement).href).filter((url) => !url.startsWith(location.origin) && !url.startsWith('data:')));
    expect(external).toEqual([]);
    // cytoscape.js is in the page's bundle, served from /assets/.
    expect(await page.evaluate(() => typeof (window as any).explorer.cy.nodes)).toBe('function');
  });

  it('opens on the whole seed graph, grouped by country, with no label overlapping another', async () => {
    await overviewDrawn();
    const [row] = await db.read('MATCH (entity:Entity) RETURN count(entity) AS entities, COUNT { (:Entity)-[]->(:Entity) } AS relationships');
    const counts = { entities: Number(row.entities), relationships: Number(row.relationships) };
    await expect(page.locator('#status').textContent()).resolves.toContain(`The whole graph: ${counts.entities} entities and ${counts.relationships} relationships`);
    const drawn = await page.evaluate(() => {
      const cy = (window as any).explorer.cy;
      return { entities: cy.nodes().not('.region').length, relationships: cy.edges().length, regions: cy.nodes('.region').map((region: any) => region.data('label')).sort() };
    });
    expect(drawn).toEqual({ entities: counts.entities, relationships: counts.relationships, regions: ['ASEAN', 'China', 'Philippines', 'Thailand'] });

    // Everything placed in exactly one country sits in that country's region; ASEAN's members in ASEAN's.
    const placed = await db.read(
      `MATCH (entity:Entity)-[:LOCATED_IN|HELD_IN]->{1,2}(country:Country)
       WHERE COUNT { (entity)-[:LOCATED_IN|HELD_IN]->() } = 1
       RETURN entity.id AS entity, country.id AS territory
       UNION
       MATCH (entity:Country)-[:MEMBER_OF]->(group:CountryGroup) RETURN entity.id AS entity, group.id AS territory`,
    );
    expect(placed.length).toBeGreaterThan(10);
    const regionsOf = await page.evaluate(
      (entities) => entities.map((id) => (window as any).explorer.cy.$id(id).ancestors().map((region: any) => region.data('territory'))),
      placed.map((row) => row.entity as string),
    );
    placed.forEach((row, index) => expect([row.entity, regionsOf[index]]).toEqual([row.entity, expect.arrayContaining([row.territory])]));

    const { overlaps, unreadable, labelled } = await collisions();
    expect(labelled).toBeGreaterThan(counts.entities - 5);
    expect(unreadable).toEqual([]);
    expect(overlaps).toEqual([]);
    await screenshot('0-overview');
    if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: path.join(PROJECT_ROOT, 'docs', 'explorer.png') });
    // The first queries on a fresh Neo4j plan and warm up; on a busy machine that takes a while.
  }, 120_000);

  it('opens a neighbourhood with one click on the overview', async () => {
    const point = await pointOf('mahidol-university');
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => (window as any).explorer.state.mode === 'neighbourhood' && /drawn in/.test(document.getElementById('status')!.textContent ?? ''));
    await expect(page.locator('#picked').textContent()).resolves.toBe('Mahidol University');
    const shown = await page.evaluate(() => (window as any).explorer.cy.nodes().map((node: any) => node.id()));
    expect(shown).toEqual(expect.arrayContaining(['mahidol-university', 'thailand', 'anti-novel-coronavirus-drug-research']));
    expect(shown).not.toContain('malaysia');
  });

  it('shows a path across borders with one click on the overview', async () => {
    await page.click('#clear');
    await overviewDrawn();
    const suggestion = page.locator('#details button', { hasText: 'Mahidol University' });
    await expect(suggestion.textContent()).resolves.toContain('↔');
    await suggestion.click();
    await page.waitForFunction(() => /path\(s\) between/.test(document.getElementById('status')!.textContent ?? ''));
    await expect(page.locator('#picked li').count()).resolves.toBe(2);
    expect(await page.evaluate(() => (window as any).explorer.cy.$id('mahidol-university').length)).toBe(1);
  });

  it('suggests by alias and opens a neighbourhood', async () => {
    await page.fill('#search-input', 'CATTC');
    const option = page.locator('#suggestions [role=option]').first();
    await expect(option.textContent()).resolves.toContain('China-ASEAN Technology Transfer Center');
    await expect(option.textContent()).resolves.toContain('CATTC');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => /drawn in/.test(document.getElementById('status')!.textContent ?? ''));
    const size = await graphSize();
    expect(size.nodes).toBeGreaterThan(5);
    expect(size.edges).toBeGreaterThanOrEqual(size.nodes - 1);
    await screenshot('1-neighbourhood');
  });

  it('shows the paths between two entities, and the evidence of a clicked relationship', async () => {
    await page.click('#clear');
    await pickBySearch('Mahidol', 'Mahidol University');
    await pickBySearch('Chinese Academy', 'Chinese Academy of Sciences');
    await page.waitForFunction(() => /path\(s\) between/.test(document.getElementById('status')!.textContent ?? ''));
    expect((await graphSize()).nodes).toBeGreaterThanOrEqual(3);
    const point = await page.evaluate(() => {
      const cy = (window as any).explorer.cy;
      const edge = cy.edges().filter((candidate: any) => candidate.data('type') === 'PARTICIPATES_IN')[0];
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const middle = edge.renderedMidpoint();
      return { x: box.x + middle.x, y: box.y + middle.y };
    });
    await page.mouse.click(point.x, point.y);
    const details = page.locator('#details');
    await expect(details.locator('h2').textContent()).resolves.toContain('→');
    await expect(details.locator('blockquote').first().textContent()).resolves.toContain('Mahidol University of Thailand');
    await expect(details.locator('figcaption').first().textContent()).resolves.toContain('PR Newswire, 2021-09-27');
    await screenshot('2-paths-evidence');
  });

  it('answers a question typed in the search box: the path drawn, each sentence with its quotes, the query for GraphiQL', async () => {
    await page.click('#clear');
    await page.fill('#search-input', 'How is the China-ASEAN Information Harbor connected to ASEAN?');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => /Answered in|cannot answer|failed/.test(document.getElementById('status')!.textContent ?? ''), undefined, { timeout: 60_000 });
    expect(await page.locator('#status').textContent()).toMatch(/Answered in \d+ sentence/);
    const details = page.locator('#details');
    await expect(details.locator('h2').textContent()).resolves.toBe('Answer');
    expect(await details.locator('.answer-sentence').count()).toBeGreaterThan(0);
    // Every sentence shown has a quote under it.
    const unquoted = await details.locator('.answer-sentence').evaluateAll((sentences) => sentences.filter((sentence) => !sentence.querySelector('blockquote')).length);
    expect(unquoted).toBe(0);
    expect(await details.locator('a', { hasText: 'GraphiQL' }).getAttribute('href')).toMatch(/^\/graphql#query=/);
    const drawn = await page.evaluate(() => (window as any).explorer.cy.nodes().map((node: any) => node.id()));
    expect(drawn).toEqual(expect.arrayContaining(['china-asean-information-harbor', 'asean']));
    await screenshot('2b-question');
  });

  it('refuses plainly a question that asks to change the graph', async () => {
    await page.fill('#search-input', 'Delete Mahidol University from the graph, please?');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => /Answered in|cannot answer|failed/.test(document.getElementById('status')!.textContent ?? ''), undefined, { timeout: 60_000 });
    expect(await page.locator('#status').textContent()).toMatch(/cannot answer/);
    await expect(page.locator('#details .refused').textContent()).resolves.toMatch(/\S/);
  });

  it('refuses a question that asks for an opinion with its reason code, and asks a question of fact it offers in one click', async () => {
    const settled = () => page.waitForFunction(() => /Answered in|cannot answer|failed/.test(document.getElementById('status')!.textContent ?? ''), undefined, { timeout: 60_000 });
    await page.fill('#search-input', 'Should Laos join the China-ASEAN technology transfer cooperation network?');
    await page.press('#search-input', 'Enter');
    await settled();
    expect(await page.locator('#status').textContent()).toMatch(/cannot answer.*OPINION/);
    await expect(page.locator('#details .refusal-code').textContent()).resolves.toBe('OPINION');
    const offered = page.locator('#details .suggestions button');
    await expect(offered.first().textContent()).resolves.toMatch(/^How is Laos connected to /);
    await page.evaluate(() => (document.getElementById('status')!.textContent = ''));
    await offered.first().click();
    await settled();
    expect(await page.locator('#status').textContent()).toMatch(/Answered in \d+ sentence/);
    expect(await page.locator('#search-input').inputValue()).toMatch(/^How is Laos connected to /);
  });

  it('draws a relationship two sources state solid and one that one source states dashed, as the legend and the details say', async () => {
    const second = 'Mahidol University took part in the antiviral study.';
    await db.write(async (tx) => {
      await tx.run("CREATE (:Source {id: 'second-source', title: 'A second source', publisher: 'tests', place: 'Bangkok', publishedOn: date('2021-09-27'), file: 'second.txt', text: $text})", { text: second });
      await tx.run(
        `MATCH (:Entity {id: 'mahidol-university'})-[r:PARTICIPATES_IN]->(:Entity {id: 'anti-novel-coronavirus-drug-research'})
         SET r.evidenceSourceIds = r.evidenceSourceIds + 'second-source', r.evidenceQuotes = r.evidenceQuotes + $text`,
        { text: second },
      );
    });
    try {
      await page.click('#clear');
      await page.fill('#search-input', 'Mahidol University');
      await page.locator('#suggestions [role=option]', { hasText: 'Mahidol University' }).first().waitFor();
      await page.press('#search-input', 'Enter');
      await page.waitForFunction(() => /relationships.*drawn in/.test(document.getElementById('status')!.textContent ?? '') && (window as any).explorer.cy.$id('mahidol-university').length > 0);
      const styles = await page.evaluate(() => {
        const cy = (window as any).explorer.cy;
        const lineOf = (edge: any) => edge.pstyle('line-style').strValue;
        const corroborated = cy.$id('mahidol-university:PARTICIPATES_IN:anti-novel-coronavirus-drug-research');
        return { corroborated: lineOf(corroborated), others: [...new Set(cy.edges().not(corroborated).map(lineOf))] };
      });
      expect(styles).toEqual({ corroborated: 'solid', others: ['dashed'] });
      await expect(page.locator('#legend').textContent()).resolves.toMatch(/stated by 2 or more sources.*stated by one source/);
      const point = await page.evaluate(() => {
        const middle = (window as any).explorer.cy.$id('mahidol-university:PARTICIPATES_IN:anti-novel-coronavirus-drug-research').renderedMidpoint();
        const box = document.getElementById('graph')!.getBoundingClientRect();
        return { x: box.x + middle.x, y: box.y + middle.y };
      });
      await page.mouse.click(point.x, point.y);
      await expect(page.locator('#details').textContent()).resolves.toContain('2 sources: corroborated');
      await screenshot('2b-corroborated');
    } finally {
      await db.write(async (tx) => {
        await tx.run(
          `MATCH (:Entity {id: 'mahidol-university'})-[r:PARTICIPATES_IN]->(:Entity {id: 'anti-novel-coronavirus-drug-research'})
           SET r.evidenceSourceIds = r.evidenceSourceIds[..-1], r.evidenceQuotes = r.evidenceQuotes[..-1]`,
        );
        await tx.run("MATCH (s:Source {id: 'second-source'}) DELETE s");
      });
    }
  });

  it('expands a node on double-click', async () => {
    const before = await graphSize();
    const point = await page.evaluate(() => {
      const node = (window as any).explorer.cy.$id('anti-novel-coronavirus-drug-research');
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const at = node.renderedPosition();
      return { x: box.x + at.x, y: box.y + at.y };
    });
    await page.mouse.dblclick(point.x, point.y);
    await page.waitForFunction((count) => (window as any).explorer.cy.nodes().length > count, before.nodes);
    await screenshot('3-expanded');
  });

  it('draws the country matrix as a heat map whose cells show what is shared', async () => {
    const cell = page.getByRole('button', { name: /^China and Thailand: [1-9]\d* shared$/ });
    await cell.click();
    await expect(page.locator('#details').textContent()).resolves.toContain('Research on Anti-Novel Coronavirus Drugs');
    const colours = await page.evaluate(() => [...document.querySelectorAll('#matrix td button')].map((button) => (button as HTMLElement).style.background));
    expect(new Set(colours).size).toBeGreaterThan(1);
    await page.locator('#matrix').screenshot({ path: path.join(ARTIFACTS, '4-heat-map.png') });
  });

  it('exports the view as GraphML and PNG', async () => {
    const [graphml] = await Promise.all([page.waitForEvent('download'), page.click('#export-graphml')]);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['node', 'edge', 'data'].includes(name) }).parse(fs.readFileSync(await graphml.path(), 'utf8'));
    const shown = await page.evaluate(() => ({ nodes: (window as any).explorer.cy.nodes().map((node: any) => node.id()).sort(), edges: (window as any).explorer.cy.edges().length }));
    expect(xml.graphml.graph.node.map((node: { id: string }) => node.id).sort()).toEqual(shown.nodes);
    expect(xml.graphml.graph.edge).toHaveLength(shown.edges);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(fs.readFileSync(await png.path()).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('works from the keyboard, and every control has a name', async () => {
    await page.focus('#search-input');
    await page.keyboard.type('Thailand');
    await page.waitForSelector('#suggestions [role=option]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.getAttribute('#search-input', 'aria-activedescendant')).toBe('suggestion-0');
    await page.keyboard.press('Enter');
    // The list shows the last view until the pick is drawn (the status says "Loading…" or "Looking…" until then).
    await page.waitForFunction(() => !/…$/.test(document.getElementById('status')!.textContent ?? '…') && document.querySelectorAll('#node-list button').length > 1);
    await page.focus('#node-list button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'details' && !!document.querySelector('#details dl'));
    // A redraw under the keyboard user (here an expansion) leaves the focus on the same entity's row.
    await page.focus('#node-list [data-node="thailand"]');
    await page.evaluate(() => {
      document.getElementById('status')!.textContent = '';
      (window as any).explorer.cy.$id('thailand').emit('dbltap');
    });
    await page.waitForFunction(() => /drawn in/.test(document.getElementById('status')!.textContent ?? ''));
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.node)).toBe('thailand');
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button, input')].filter((control) => !(control.textContent?.trim() || control.getAttribute('aria-label') || document.querySelector(`label[for="${control.id}"]`))).length,
    );
    expect(unnamed).toBe(0);
  });

  it('shows the graph as of a date: only what sources published by then state', async () => {
    // A later source (2026) states one more partner of Mahidol University; the seed source is of 2021.
    await applySeeds(db, [syntheticSeed([['later-lab', EntityType.Institution]], [['later-lab', RelationType.COOPERATES_WITH, 'mahidol-university']], 'later-report', '2026-01-15')]);
    const drawnIds = () => page.evaluate(() => (window as any).explorer.cy.nodes().map((node: any) => node.id()) as string[]);
    const statusSays = (pattern: RegExp) => page.waitForFunction((source) => new RegExp(source).test(document.getElementById('status')!.textContent ?? ''), pattern.source);
    await page.click('#clear');
    await pickBySearch('Mahidol', 'Mahidol University');
    await page.waitForFunction(() => (window as any).explorer.cy.$id('later-lab').length === 1);

    await page.fill('#as-of', '2025-01-01');
    await statusSays(/relationships as of 2025-01-01, drawn in/);
    expect(await drawnIds()).not.toContain('later-lab');
    expect(await drawnIds()).toEqual(expect.arrayContaining(['mahidol-university', 'thailand']));
    await page.waitForFunction(() => /as of 2025-01-01/.test(document.querySelector('#matrix caption')?.textContent ?? ''));
    await screenshot('5-as-of');

    await page.click('#clear');
    await statusSays(/as of 2025-01-01, grouped by country, drawn in/);
    expect(await drawnIds()).not.toContain('later-lab');

    await page.click('#as-of-clear');
    await statusSays(/^The whole graph: .*grouped by country, drawn in/);
    expect(await page.inputValue('#as-of')).toBe('');
    expect(await drawnIds()).toContain('later-lab');
  }, 120_000);

  it('never keeps an overview another view overtook: one loaded before an "as of" date is not shown after it', async () => {
    // The overview's neighbourhoods, asked before the date is set, are answered only after it, as a slow machine may
    // answer them (CI did, once).
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes('query Neighbourhoods(') || !body.includes('"stated":null')) return route.continue();
      const response = await route.fetch();
      await held;
      await route.fulfill({ response });
    });
    try {
      await page.evaluate(() => ((window as any).explorer.overview = null));
      await page.click('#clear');
      await pickBySearch('Mahidol', 'Mahidol University');
      await page.waitForFunction(() => (window as any).explorer.state.mode === 'neighbourhood' && /drawn in/.test(document.getElementById('status')!.textContent ?? ''));
      await page.fill('#as-of', '2025-01-01');
      await page.waitForFunction(() => /as of 2025-01-01, drawn in/.test(document.getElementById('status')!.textContent ?? ''));
      release();
      await page.click('#clear');
      await page.waitForFunction(() => /as of 2025-01-01, grouped by country, drawn in/.test(document.getElementById('status')!.textContent ?? ''));
      expect(await page.evaluate(() => (window as any).explorer.cy.$id('later-lab').length)).toBe(0);
    } finally {
      release();
      await page.unroute('**/graphql');
      await page.click('#as-of-clear');
    }
  });

  it('refreshes the view it shows when a write touches it', async () => {
    await page.click('#clear');
    await pickBySearch('Mahidol', 'Mahidol University');
    await page.waitForFunction(() => (window as any).explorer.state.mode === 'neighbourhood' && /drawn in/.test(document.getElementById('status')!.textContent ?? ''));
    // Connected: it says so, or it has already refreshed on an earlier write of this file.
    await expect(page.locator('#live').textContent()).resolves.toMatch(/^(Live|Refreshed after change)/);
    const evidence = [{ sourceId: 'china-asean-tech-transfer-2021-09-27', quote: 'Mahidol University of Thailand' }];
    const editor = createContext(db, { principal: { id: 'api-key:test-editor', authenticated: true, role: Role.EDITOR } });
    const created = await server.apollo.executeOperation(
      {
        query: `mutation ($lab: CreateEntityInput!, $link: LinkInput!) { createEntity(input: $lab) { id } linkEntities(input: $link) { id } }`,
        variables: {
          lab: { id: 'live-lab', type: 'Institution', kind: 'RESEARCH_INSTITUTE', name: 'Live lab', evidence },
          link: { from: 'live-lab', type: 'COOPERATES_WITH', to: 'mahidol-university', evidence },
        },
      },
      { contextValue: editor },
    );
    expect(created.body.kind === 'single' && created.body.singleResult.errors).toBeFalsy();
    // Nothing but the change pushed over /graphql/stream tells the page: no reload, no click.
    await page.waitForFunction(() => (window as any).explorer.cy.$id('live-lab').length === 1, undefined, { timeout: 30_000 });
    await expect(page.locator('#live').textContent()).resolves.toMatch(/^Refreshed after change \d+ \(linked live-lab COOPERATES_WITH mahidol-university, by api-key:test-editor\)/);
  });

  it(`opens a ${STAR_SIZE}-node neighbourhood`, async () => {
    // A star of 2,000 projects around one institution.
    await db.write((tx) =>
      tx.run(
        `CREATE (hub:Entity:Institution {id: 'star-hub', name: 'Star hub institute', kind: 'RESEARCH_INSTITUTE', aliases: [], evidenceSourceIds: [], evidenceQuotes: []})
         WITH hub UNWIND range(1, $size) AS i
         CREATE (hub)-[:PARTICIPATES_IN {id: 'star-hub:PARTICIPATES_IN:star-project-' + i, evidenceSourceIds: [], evidenceQuotes: []}]->
                (:Entity:Project {id: 'star-project-' + i, name: 'Star project ' + i, kind: 'RESEARCH_PROJECT', aliases: [], evidenceSourceIds: [], evidenceQuotes: []})`,
        { size: STAR_SIZE },
      ),
    );
    await page.click('#clear');
    const started = Date.now();
    await pickBySearch('Star hub', 'Star hub institute');
    await page.waitForFunction((size) => (window as any).explorer.cy.nodes().length === size + 1 && /drawn in/.test(document.getElementById('status')!.textContent ?? ''), STAR_SIZE, {
      timeout: 60_000,
    });
    const elapsed = Date.now() - started;
    const { nodes, renderMs } = await page.evaluate(() => ({ nodes: (window as any).explorer.cy.nodes().length, renderMs: (window as any).explorer.lastRenderMs }));
    expect(nodes).toBe(STAR_SIZE + 1);
    process.stdout.write(`\nexplorer: ${nodes}-node neighbourhood drawn in ${Math.round(renderMs)} ms (${elapsed} ms from the pick, query included)\n`);
    await screenshot('6-large-neighbourhood');
  });

  it('opens a large graph on its hubs and their nearest neighbours, still without overlaps', async () => {
    await page.reload();
    await overviewDrawn();
    await expect(page.locator('#status').textContent()).resolves.toMatch(/^The 8 best-connected of 20\d\d entities and their nearest neighbours/);
    const shown = await page.evaluate(() => (window as any).explorer.cy.nodes().not('.region').map((node: any) => node.id()));
    expect(shown).toEqual(expect.arrayContaining(['star-hub', 'guangxi-department-of-science-and-technology', 'asean']));
    expect(shown.length).toBeLessThanOrEqual(8 * 13);
    const { overlaps, unreadable } = await collisions();
    expect(unreadable).toEqual([]);
    expect(overlaps).toEqual([]);
    await screenshot('7-large-overview');
  });

  it('raised no page errors and no content-security-policy violations', () => {
    expect(problems).toEqual([]);
  });
});
