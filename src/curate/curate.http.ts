import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { serveFile } from '../http/browser-assets';

const PUBLIC = path.join(PROJECT_ROOT, 'src', 'curate', 'public');

/** The review page's own files; it needs nothing else. */
const ASSETS: Record<string, { file: string; type: string }> = {
  '/curate': { file: path.join(PUBLIC, 'curate.html'), type: 'text/html; charset=utf-8' },
  '/curate/curate.js': { file: path.join(PUBLIC, 'curate.js'), type: 'text/javascript; charset=utf-8' },
  '/curate/curate-lib.js': { file: path.join(PUBLIC, 'curate-lib.js'), type: 'text/javascript; charset=utf-8' },
  '/curate/curate.css': { file: path.join(PUBLIC, 'curate.css'), type: 'text/css; charset=utf-8' },
};

export function isCuratePath(pathname: string): boolean {
  return pathname in ASSETS || pathname === '/curate/';
}

/** GET /curate and its assets: the editors' review page for proposed documents. */
export function serveCurate(request: IncomingMessage, response: ServerResponse, pathname: string): void {
  const asset = ASSETS[pathname === '/curate/' ? '/curate' : pathname];
  serveFile(request, response, asset.file, asset.type);
}
