import fs from 'node:fs';
import path from 'node:path';
import { ALLOWED_PROCEDURES } from '../../src/features/cypher/cypher.guard';
import { UI_BUILD_DIR } from '../../src/web/assets/browser-assets';
import { ensureUiBuilt } from '../support/build';
import { useSeededServer } from '../support/graph';
import { readmeExamples } from '../support/readme-examples';

/** The browser pages as HTTP sees them: content negotiation, the CSP, the bundles, and what may not be reached. */
const fixture = useSeededServer(true);
let origin: string;

beforeAll(() => {
  ensureUiBuilt();
  origin = new URL(fixture.server.url).origin;
});

const pageData = (html: string) => JSON.parse(/<script type="application\/json" id="page-data">(.*?)<\/script>/s.exec(html)![1]);
const localUrls = (html: string) => [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
/**
 * A GET's status, its body read to the end: a bundle's body left unread keeps its connection paused and open in the
 * jest worker after the server has gone, and the worker then cannot exit.
 */
const statusOf = async (url: string) => {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.status;
};

describe('the browser pages', () => {
  it('gives browsers GraphiQL at /graphql, with every documented example, and GraphQL clients JSON', async () => {
    const response = await fetch(fixture.server.url, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'; worker-src 'self'");
    const html = await response.text();
    const names = pageData(html).examples.flatMap((group: { examples: { name: string }[] }) => group.examples.map((example) => example.name));
    expect(names.sort()).toEqual(readmeExamples().map((example) => example.name).sort());
    for (const url of localUrls(html).filter((candidate) => !candidate.startsWith('data:'))) {
      expect([url, await statusOf(`${origin}${url}`)]).toEqual([url, 200]);
    }
    const client = await fetch(fixture.server.url, { headers: { accept: 'application/graphql-response+json, application/json' } });
    expect(client.headers.get('content-type')).toContain('json');
  });

  it('serves /cypher with the documented Cypher examples and the allowed procedures', async () => {
    const response = await fetch(`${origin}/cypher`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const data = pageData(await response.text());
    const documented = readmeExamples().filter((example) => example.variables?.query);
    expect(data.examples.map((example: { query: string }) => example.query)).toEqual(documented.map((example) => example.variables!.query));
    expect(JSON.parse(data.examples[1].params)).toEqual(documented[1].variables!.params ?? {});
    expect(data.procedures).toEqual([...ALLOWED_PROCEDURES]);
  });

  it('serves the bundles gzipped when asked, and revalidates them by ETag', async () => {
    const file = path.join(UI_BUILD_DIR, 'graphiql', 'graphiql-page.js');
    const response = await fetch(`${origin}/assets/graphiql/graphiql-page.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect([response.status, response.headers.get('content-encoding'), response.headers.get('content-type')]).toEqual([200, 'gzip', 'text/javascript; charset=utf-8']);
    expect(await response.text()).toBe(fs.readFileSync(file, 'utf8'));
    const again = await fetch(`${origin}/assets/graphiql/graphiql-page.js`, { headers: { 'if-none-match': response.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('answers 404 for anything outside the build, however the path is spelled', async () => {
    for (const probe of ['/assets/../package.json', '/assets/%2e%2e/package.json', '/assets/graphiql/%2e%2e%2f%2e%2e%2fpackage.json', '/assets/%E0%A4%A', '/assets/graphiql', '/assets/nope.js']) {
      expect([probe, await statusOf(`${origin}${probe}`)]).toEqual([probe, 404]);
    }
  });
});
