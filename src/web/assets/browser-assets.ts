import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../../platform/config/config';

/** Where `npm run build:ui` (scripts/build-ui.js) writes the bundled browser pages. */
export const UI_BUILD_DIR = path.join(PROJECT_ROOT, 'dist', 'ui');

/** URL prefix of the bundled files: `/assets/graphiql/graphiql-page.js` is `dist/ui/graphiql/graphiql-page.js`. */
export const ASSETS_PREFIX = '/assets/';

/**
 * For every page the service serves: scripts and workers only from this server (no CDN, no inline
 * script); styles may be inline because cytoscape.js, CodeMirror and Monaco set them at run time;
 * fonts may be data: URLs because GraphiQL's stylesheet embeds its fonts that way.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

interface LoadedFile {
  body: Buffer;
  gzipped: Buffer | undefined;
  etag: string;
}

const files = new Map<string, LoadedFile>();

function load(file: string): LoadedFile {
  let loaded = files.get(file);
  if (!loaded) {
    const body = fs.readFileSync(file);
    loaded = {
      body,
      // The GraphiQL bundle is megabytes; gzip takes it to about a quarter, once, then from memory.
      gzipped: COMPRESSIBLE.has(path.extname(file)) && body.length > 1024 ? gzipSync(body) : undefined,
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
    };
    files.set(file, loaded);
  }
  return loaded;
}

function securityHeaders(type: string): Record<string, string> {
  return { 'content-type': type, 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' };
}

/** Sends one file, read once and then served from memory, revalidated by its ETag, gzipped when the client takes it. */
export function serveFile(request: IncomingMessage, response: ServerResponse, file: string, type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream'): void {
  const { body, gzipped, etag } = load(file);
  const headers: Record<string, string | number> = { ...securityHeaders(type), 'cache-control': 'no-cache', etag, vary: 'accept-encoding' };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  const useGzip = gzipped !== undefined && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  const sent = useGzip ? gzipped : body;
  response.writeHead(200, { ...headers, ...(useGzip ? { 'content-encoding': 'gzip' } : {}), 'content-length': sent.length });
  response.end(request.method === 'HEAD' ? undefined : sent);
}

/** A page whose HTML the service writes itself (it embeds data such as the documented examples), or other content it makes (`type`). */
export function sendPage(response: ServerResponse, html: string, type = 'text/html; charset=utf-8'): void {
  response.writeHead(200, { ...securityHeaders(type), 'cache-control': 'no-cache' });
  response.end(html);
}

/**
 * GET /assets/… from the build output, or false when no built file has that path. The path is
 * resolved inside the build folder and must stay there, so `..` cannot reach other files.
 */
export function serveBuiltAsset(request: IncomingMessage, response: ServerResponse, pathname: string): boolean {
  if (!pathname.startsWith(ASSETS_PREFIX)) return false;
  const file = builtFile(pathname.slice(ASSETS_PREFIX.length));
  if (!file) return false;
  serveFile(request, response, file);
  return true;
}

function builtFile(relative: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = path.resolve(UI_BUILD_DIR, decoded);
  return file.startsWith(UI_BUILD_DIR + path.sep) && fs.statSync(file, { throwIfNoEntry: false })?.isFile() ? file : undefined;
}

/** JSON for a `<script type="application/json">` block: `<` escaped so the text cannot close the element. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export interface BrowserPage {
  title: string;
  /** The bundle's name under dist/ui, e.g. `graphiql/graphiql-page` (its .js and .css are linked). */
  bundle: string;
  /** Data the page's script reads from `<script type="application/json" id="page-data">`. */
  data?: unknown;
}

/** The HTML shell of a bundled page: its stylesheet, its module script and its data; nothing inline runs. */
export function browserPageHtml({ title, bundle, data }: BrowserPage): string {
  const missing = !fs.existsSync(path.join(UI_BUILD_DIR, `${bundle}.js`));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ASSETS_PREFIX}${bundle}.css">
<script type="module" src="${ASSETS_PREFIX}${bundle}.js"></script>
</head>
<body>
<div id="root">${missing ? '<p>This page has not been built: run <code>npm run build:ui</code> (npm start and npm test do it), then reload.</p>' : ''}</div>
${data === undefined ? '' : `<script type="application/json" id="page-data">${jsonForHtml(data)}</script>\n`}</body>
</html>
`;
}
