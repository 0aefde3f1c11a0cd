import fs from 'node:fs';
import type { ServerResponse } from 'node:http';

/** A file a page serves: where it is and its media type. */
export interface PageAsset {
  file: string;
  type: string;
}

export const HTML = 'text/html; charset=utf-8';
export const JAVASCRIPT = 'text/javascript; charset=utf-8';
export const CSS = 'text/css; charset=utf-8';

/** Scripts only from this server; cytoscape.js sets inline styles on its canvas, so styles may be inline. */
const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'";

const cache = new Map<string, Buffer>();

/** Serves one of a page's files, read once and then from memory, under the pages' content security policy. */
export function servePageAsset(response: ServerResponse, asset: PageAsset): void {
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
