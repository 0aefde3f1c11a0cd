import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { CSS, HTML, JAVASCRIPT, servePageAsset, type PageAsset } from '../http/static-page';

const PUBLIC = path.join(PROJECT_ROOT, 'src', 'explorer', 'public');

/** The page's files: its own, and cytoscape.js from node_modules, so it works with no internet. */
const ASSETS: Record<string, PageAsset> = {
  '/explore': { file: path.join(PUBLIC, 'explorer.html'), type: HTML },
  '/explore/explorer.js': { file: path.join(PUBLIC, 'explorer.js'), type: JAVASCRIPT },
  '/explore/explorer-lib.js': { file: path.join(PUBLIC, 'explorer-lib.js'), type: JAVASCRIPT },
  '/explore/explorer.css': { file: path.join(PUBLIC, 'explorer.css'), type: CSS },
  '/explore/cytoscape.min.js': { file: require.resolve('cytoscape/dist/cytoscape.min.js'), type: JAVASCRIPT },
};

export function isExplorerPath(pathname: string): boolean {
  return pathname in ASSETS || pathname === '/explore/';
}

/** GET /explore and its assets. */
export function serveExplorer(response: ServerResponse, pathname: string): void {
  servePageAsset(response, ASSETS[pathname === '/explore/' ? '/explore' : pathname]);
}
