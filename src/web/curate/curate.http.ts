import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { ENTITY_TYPES, RELATION_TYPES } from '../../engine/model/model';
import { PROJECT_ROOT } from '../../platform/config/config';
import { sendPage, serveFile } from '../assets/browser-assets';

const PUBLIC = path.join(PROJECT_ROOT, 'src', 'web', 'curate', 'public');

/** The review page's HTML; its script and stylesheet are the bundle scripts/build-ui.js makes from src/web/curate/browser, served under /assets/. */
export const CURATE_ASSETS: Record<string, { file: string; type: string }> = {
  '/curate': { file: path.join(PUBLIC, 'curate.html'), type: 'text/html; charset=utf-8' },
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
