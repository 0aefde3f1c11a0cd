import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { CSS, HTML, JAVASCRIPT, servePageAsset, type PageAsset } from '../http/static-page';

const PUBLIC = path.join(PROJECT_ROOT, 'src', 'curate', 'public');

/** The review page's own files; it needs nothing else. */
const ASSETS: Record<string, PageAsset> = {
  '/curate': { file: path.join(PUBLIC, 'curate.html'), type: HTML },
  '/curate/curate.js': { file: path.join(PUBLIC, 'curate.js'), type: JAVASCRIPT },
  '/curate/curate-lib.js': { file: path.join(PUBLIC, 'curate-lib.js'), type: JAVASCRIPT },
  '/curate/curate.css': { file: path.join(PUBLIC, 'curate.css'), type: CSS },
};

export function isCuratePath(pathname: string): boolean {
  return pathname in ASSETS || pathname === '/curate/';
}

/** GET /curate and its assets: the editors' review page for proposed documents. */
export function serveCurate(response: ServerResponse, pathname: string): void {
  servePageAsset(response, ASSETS[pathname === '/curate/' ? '/curate' : pathname]);
}
