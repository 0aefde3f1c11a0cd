import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { PROJECT_ROOT } from '../../platform/config/config';
import { serveFile } from '../assets/browser-assets';

const PUBLIC = path.join(PROJECT_ROOT, 'src', 'web', 'explorer', 'public');

/**
 * The page's HTML; its script and stylesheet are the bundle scripts/build-ui.js makes from
 * src/web/explorer/browser (cytoscape.js and its layout included), served under /assets/, so it works
 * with no internet.
 */
export const EXPLORER_ASSETS: Record<string, { file: string; type: string }> = {
  '/explore': { file: path.join(PUBLIC, 'explorer.html'), type: 'text/html; charset=utf-8' },
};

export function isExplorerPath(pathname: string): boolean {
  return pathname in EXPLORER_ASSETS || pathname === '/explore/';
}

/** GET /explore. */
export function serveExplorer(request: IncomingMessage, response: ServerResponse, pathname: string): void {
  const asset = EXPLORER_ASSETS[pathname === '/explore/' ? '/explore' : pathname];
  serveFile(request, response, asset.file, asset.type);
}
