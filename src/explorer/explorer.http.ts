import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { PAGE_HELPERS, serveFile } from '../http/browser-assets';
import type { Route } from '../http/front';

const PUBLIC = path.join(PROJECT_ROOT, 'src', 'explorer', 'public');

/** The fcose layout's own dependencies, resolved the way it resolves them (they need not be hoisted). */
const fcoseFile = require.resolve('cytoscape-fcose/cytoscape-fcose.js');
const coseBaseFile = createRequire(fcoseFile).resolve('cose-base/cose-base.js');
const layoutBaseFile = createRequire(coseBaseFile).resolve('layout-base/layout-base.js');

/** The page's files: its own, and cytoscape.js with its layout from node_modules, so it works with no internet. */
export const EXPLORER_ASSETS: Record<string, { file: string; type: string }> = {
  '/explore': { file: path.join(PUBLIC, 'explorer.html'), type: 'text/html; charset=utf-8' },
  '/explore/explorer.js': { file: path.join(PUBLIC, 'explorer.js'), type: 'text/javascript; charset=utf-8' },
  '/explore/page.js': { file: PAGE_HELPERS, type: 'text/javascript; charset=utf-8' },
  '/explore/explorer-lib.js': { file: path.join(PUBLIC, 'explorer-lib.js'), type: 'text/javascript; charset=utf-8' },
  '/explore/explorer.css': { file: path.join(PUBLIC, 'explorer.css'), type: 'text/css; charset=utf-8' },
  '/explore/cytoscape.min.js': { file: require.resolve('cytoscape/dist/cytoscape.min.js'), type: 'text/javascript; charset=utf-8' },
  '/explore/layout-base.js': { file: layoutBaseFile, type: 'text/javascript; charset=utf-8' },
  '/explore/cose-base.js': { file: coseBaseFile, type: 'text/javascript; charset=utf-8' },
  '/explore/cytoscape-fcose.js': { file: fcoseFile, type: 'text/javascript; charset=utf-8' },
};

export function isExplorerPath(pathname: string): boolean {
  return pathname in EXPLORER_ASSETS || pathname === '/explore/';
}

/** GET /explore and its assets. */
export function serveExplorer(request: IncomingMessage, response: ServerResponse, pathname: string): void {
  const asset = EXPLORER_ASSETS[pathname === '/explore/' ? '/explore' : pathname];
  serveFile(request, response, asset.file, asset.type);
}

/** The explorer's routes, for the HTTP front. */
export const explorerRoute: Route = { matches: isExplorerPath, methods: ['GET'], handle: ({ request, response, url }) => serveExplorer(request, response, url.pathname) };
