import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { Authenticator } from '../../src/platform/auth/authenticator';
import type { Database } from '../../src/engine/db/database';
import type { RunningHttpServer } from '../../src/app/http/http-server';
import { ensureUiBuilt } from './build';
import { seededDatabase, startTestServer, testAuthConfig } from './graph';

/** Debian's Chromium (scripts/ensure-chromium.js installs it), headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

export interface WatchedPage {
  page: Page;
  /** Every URL the context asked for (pages, scripts, workers, fetches). */
  requests: string[];
  /** Page errors, console errors (CSP violations among them) and failed requests. */
  problems: string[];
}

/** A page whose requests and problems are recorded from the first one on. */
export async function watchedPage(context: BrowserContext): Promise<WatchedPage> {
  const watched: WatchedPage = { page: await context.newPage(), requests: [], problems: [] };
  context.on('request', (request) => watched.requests.push(request.url()));
  context.on('requestfailed', (request) => watched.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  watched.page.on('pageerror', (error) => watched.problems.push(`page error: ${error.message}`));
  watched.page.on('console', (message) => message.type() === 'error' && watched.problems.push(`console: ${message.text()}`));
  return watched;
}

/** The requests that went anywhere but `origin` (data: and blob: URLs stay in the page). */
export function requestsLeaving(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
}

export interface PageFixture extends WatchedPage {
  db: Database;
  server: RunningHttpServer;
  /** The service's origin, e.g. http://127.0.0.1:40123. */
  origin: string;
}

/**
 * Registers beforeAll/afterAll for a browser test of one page of the service: the seeded graph, a
 * server that knows the test API keys (anonymous requests read), Chromium, and the page at `pathname`
 * once `readySelector` is on it, with its requests and problems recorded.
 */
export function useServicePage(pathname: string, readySelector: string, permissions: string[] = []): PageFixture {
  const fixture = {} as PageFixture;
  let browser: Browser | undefined;
  // Seeding, Chromium and the first load of the bundles take long on a shared machine.
  beforeAll(async () => {
    ensureUiBuilt();
    fixture.db = await seededDatabase();
    fixture.server = await startTestServer(fixture.db, false, undefined, { authenticator: new Authenticator(testAuthConfig()) });
    fixture.origin = new URL(fixture.server.url).origin;
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.grantPermissions(permissions);
    Object.assign(fixture, await watchedPage(context));
    await fixture.page.goto(`${fixture.origin}${pathname}`);
    await fixture.page.locator(readySelector).first().waitFor();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await fixture.server?.close(1_000);
    await fixture.db?.close();
  });
  return fixture;
}
