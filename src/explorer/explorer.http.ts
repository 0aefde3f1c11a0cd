import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';

const PUBLIC = path.join(PROJECT_ROOT, 'src', 'explorer', 'public');

/** The fcose layout's own dependencies, resolved the way it resolves them (they need not be hoisted). */
const fcoseFile = require.resolve('cytoscape-fcose/cytoscape-fcose.js');
const coseBaseFile = createRequire(fcoseFile).resolve('cose-base/cose-base.js');
const layoutBaseFile = createRequire(coseBaseFile).resolve('layout-base/layout-base.js');

/** The page's files: its own, and cytoscape.js with its layout from node_modules, so it works with no internet. */
const ASSETS: Record<string, { file: string; type: string }> = {
  '/explore': { file: path.join(PUBLIC, 'explorer.html'), type: 'text/html; charset=utf-8' },
  '/explore/explorer.js': { file: path.join(PUBLIC, 'explorer.js'), type: 'text/javascript; charset=utf-8' },
  '/explore/explorer-lib.js': { file: path.join(PUBLIC, 'explorer-lib.js'), type: 'text/javascript; charset=utf-8' },
  '/explore/explorer.css': { file: path.join(PUBLIC, 'explorer.css'), type: 'text/css; charset=utf-8' },
  '/explore/cytoscape.min.js': { file: require.resolve('cytoscape/dist/cytoscape.min.js'), type: 'text/javascript; charset=utf-8' },
  '/explore/layout-base.js': { file: layoutBaseFile, type: 'text/javascript; charset=utf-8' },
  '/explore/cose-base.js': { file: coseBaseFile, type: 'text/javascript; charset=utf-8' },
  '/explore/cytoscape-fcose.js': { file: fcoseFile, type: 'text/javascript; charset=utf-8' },
};

/** Scripts only from this server; cytoscape.js sets inline styles on its canvas, so styles may be inline. */
const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'";

const cache = new Map<string, Buffer>();

export function isExplorerPath(pathname: string): boolean {
  return pathname in ASSETS || pathname === '/explore/';
}

/** GET /explore and its assets; read once, then served from memory. */
export function serveExplorer(response: ServerResponse, pathname: string): void {
  const asset = ASSETS[pathname === '/explore/' ? '/explore' : pathname];
  let body = cache.get(asset.file);
  if (!body) {
    body = fs.readFileSync(asset.file);
    cache.set(asset.file, body);
  }
  response.writeHead(200, {
    'content-type': asset.type,
    'content-length': body.length,
    'cache-control': 'no-cache',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}
