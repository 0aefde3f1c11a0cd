import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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
