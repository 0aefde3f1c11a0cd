import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { ENTITY_TYPES, RELATION_TYPES } from '../graph/model';
import { PAGE_HELPERS, sendPage, serveFile } from '../http/browser-assets';
import type { Route } from '../http/front';

const PUBLIC = path.join(PROJECT_ROOT, 'src', 'curate', 'public');

/** The review page's own files; it needs nothing else. */
export const CURATE_ASSETS: Record<string, { file: string; type: string }> = {
  '/curate': { file: path.join(PUBLIC, 'curate.html'), type: 'text/html; charset=utf-8' },
  '/curate/curate.js': { file: path.join(PUBLIC, 'curate.js'), type: 'text/javascript; charset=utf-8' },
  '/curate/page.js': { file: PAGE_HELPERS, type: 'text/javascript; charset=utf-8' },
  '/curate/curate-lib.js': { file: path.join(PUBLIC, 'curate-lib.js'), type: 'text/javascript; charset=utf-8' },
  '/curate/curate.css': { file: path.join(PUBLIC, 'curate.css'), type: 'text/css; charset=utf-8' },
};

/** The types a curator may choose, from the model's allow-lists, so the page follows the model as it grows. */
const MODEL_PATH = '/curate/model.json';
const MODEL_JSON = JSON.stringify({ entityTypes: ENTITY_TYPES, relationTypes: RELATION_TYPES });

export function isCuratePath(pathname: string): boolean {
  return pathname in CURATE_ASSETS || pathname === '/curate/' || pathname === MODEL_PATH;
}

/** GET /curate and its assets: the editors' review page for proposed documents. */
export function serveCurate(request: IncomingMessage, response: ServerResponse, pathname: string): void {
  if (pathname === MODEL_PATH) return sendPage(response, MODEL_JSON, 'application/json; charset=utf-8');
  const asset = CURATE_ASSETS[pathname === '/curate/' ? '/curate' : pathname];
  serveFile(request, response, asset.file, asset.type);
}

/** The review page's routes, for the HTTP front. */
export const curateRoute: Route = { matches: isCuratePath, methods: ['GET'], handle: ({ request, response, url }) => serveCurate(request, response, url.pathname) };
