#!/usr/bin/env node
// Bundles the browser pages (GraphiQL at /graphql, the Cypher page at /cypher, the explorer at /explore,
// the review page at /curate) with esbuild into
// dist/ui/, which the service serves under /assets/. Everything the pages need, React, GraphiQL,
// Monaco and its workers, CodeMirror, cytoscape.js and their fonts, comes from node_modules at build time, so the
// pages work with no internet. `npm run build`, `npm start` and `npm test` run it.
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'dist', 'ui');

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  minify: true,
  target: ['es2022'],
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
};

/** The pages: ES modules that share React and load GraphiQL's optional parts (prettier) on demand. */
const pages = {
  ...common,
  entryPoints: {
    'graphiql/graphiql-page': 'src/web/graphiql/browser/graphiql-page.tsx',
    'cypher/cypher-page': 'src/web/cypher/browser/cypher-page.tsx',
    'explorer/explorer-page': 'src/web/explorer/browser/explorer-page.ts',
    'curate/curate-page': 'src/web/curate/browser/curate-page.ts',
  },
  outdir: OUT,
  format: 'esm',
  splitting: true,
  jsx: 'automatic',
  chunkNames: 'chunks/[name]-[hash]',
  assetNames: 'assets/[name]-[hash]',
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
};

/** Monaco's web workers, one classic script each (see src/web/graphiql/browser/monaco-workers.ts). */
const workers = {
  ...common,
  entryPoints: {
    'graphiql/editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
    'graphiql/json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
    'graphiql/graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
  },
  outdir: OUT,
  format: 'iife',
};

function kib(bytes) {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

async function main() {
  const started = Date.now();
  fs.rmSync(OUT, { recursive: true, force: true });
  const results = await Promise.all([esbuild.build(pages), esbuild.build(workers)]);
  const outputs = results.flatMap((result) => Object.entries(result.metafile.outputs));
  const total = outputs.reduce((sum, [, output]) => sum + output.bytes, 0);
  const largest = outputs
    .filter(([file]) => /(page|worker)\.(js|css)$/.test(file))
    .map(([file, output]) => `${path.relative(OUT, path.join(ROOT, file))} ${kib(output.bytes)}`)
    .join(', ');
  console.log(`Built the browser pages into dist/ui in ${((Date.now() - started) / 1000).toFixed(1)} s: ${outputs.length} files, ${kib(total)} (${largest}).`);
}

main().catch((error) => {
  console.error(`Building the browser pages failed: ${error.message}`);
  process.exit(1);
});
