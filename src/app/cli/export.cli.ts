import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from '../../platform/config/cli';
import { loadConfig } from '../../platform/config/config';
import { createLogger } from '../../platform/config/logger';
import { connectGraph } from '../../engine/db/connect';
import { ExportFormat, writerFor } from '../../features/export/export.formats';
import { streamToFile } from '../../features/export/export.output';
import { exportGraph, ExportRootNotFound } from '../../features/export/export.repository';
import { ExportRequestError, parseExportRequest, type ExportScope } from '../../features/export/export.scope';

const USAGE =
  'usage: npm run export -- --format graphml|json|csv [--root ID [--depth 1-3] | --ids a,b] [--types T,U] [--out PATH]\n' +
  '  graphml and json go to --out FILE or stdout; csv writes nodes.csv and edges.csv into --out DIR (default: export)';

/** `npm run export`: the graph, or a neighbourhood or id set, as GraphML, JSON or neo4j-admin CSV files. */
async function main(): Promise<void> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({ options: { format: { type: 'string' }, root: { type: 'string' }, depth: { type: 'string' }, ids: { type: 'string' }, types: { type: 'string' }, out: { type: 'string' } } }) as {
      values: Record<string, string | undefined>;
    });
  } catch (error) {
    throw new ExportRequestError(`${(error as Error).message}\n${USAGE}`);
  }
  const csv = values.format === 'csv';
  const { scope, format } = parseExportRequest((name) => (name === 'format' && csv ? ExportFormat.CSV_NODES : values[name]));
  const graph = await connectGraph(loadConfig().neo4j, createLogger('warn'), { reuseRunningEmbedded: true });
  try {
    if (csv) {
      const folder = values.out ?? 'export';
      fs.mkdirSync(folder, { recursive: true });
      for (const part of [ExportFormat.CSV_NODES, ExportFormat.CSV_EDGES]) {
        const writer = writerFor(part);
        await streamToFile(path.join(folder, writer.extension), (emit) => exportGraph(graph.database, scope as ExportScope, writer, emit));
      }
      process.stderr.write(`Wrote ${path.join(folder, 'nodes.csv')} and ${path.join(folder, 'edges.csv')}; load them with neo4j-admin database import full --array-delimiter="|" --nodes=nodes.csv --relationships=edges.csv\n`);
      return;
    }
    await streamToFile(values.out, (emit) => exportGraph(graph.database, scope, writerFor(format), emit));
    if (values.out) process.stderr.write(`Wrote ${values.out}\n`);
  } finally {
    await graph.close();
  }
}

runCli(main, [ExportRequestError, ExportRootNotFound], (error) => (error instanceof ExportRequestError ? `${error.message}\n${USAGE}` : error.message));
