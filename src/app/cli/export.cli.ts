import fs from 'node:fs';
import path from 'node:path';
import { runTool } from './run-tool';
import { ExportFormat, writerFor } from '../../features/export/export.formats';
import { streamToFile } from '../../features/export/export.output';
import { exportGraph, ExportRootNotFound } from '../../features/export/export.repository';
import { ExportRequestError, parseExportRequest, type ExportScope } from '../../features/export/export.scope';

const USAGE =
  'usage: npm run export -- --format graphml|json|csv [--root ID [--depth 1-3] | --ids a,b] [--types T,U] [--out PATH]\n' +
  '  graphml and json go to --out FILE or stdout; csv writes nodes.csv and edges.csv into --out DIR (default: export)';

const text = { type: 'string' } as const;

/** `npm run export`: the graph, or a neighbourhood or id set, as GraphML, JSON or neo4j-admin CSV files. */
runTool(
  {
    usage: USAGE,
    options: { format: text, root: text, depth: text, ids: text, types: text, out: text },
    expected: [ExportRequestError, ExportRootNotFound],
    describe: (error) => (error instanceof ExportRequestError ? `${error.message}\n${USAGE}` : error.message),
  },
  async (run) => {
    const { values } = run;
    const csv = values.format === 'csv';
    const { scope, format } = parseExportRequest((name) => (name === 'format' && csv ? ExportFormat.CSV_NODES : values[name as keyof typeof values]));
    const database = await run.graph({ migrated: false });
    if (!csv) {
      await streamToFile(values.out, (emit) => exportGraph(database, scope, writerFor(format), emit));
      if (values.out) process.stderr.write(`Wrote ${values.out}\n`);
      return;
    }
    const folder = values.out ?? 'export';
    fs.mkdirSync(folder, { recursive: true });
    for (const part of [ExportFormat.CSV_NODES, ExportFormat.CSV_EDGES]) {
      const writer = writerFor(part);
      await streamToFile(path.join(folder, writer.extension), (emit) => exportGraph(database, scope as ExportScope, writer, emit));
    }
    process.stderr.write(`Wrote ${path.join(folder, 'nodes.csv')} and ${path.join(folder, 'edges.csv')}; load them with neo4j-admin database import full --array-delimiter="|" --nodes=nodes.csv --relationships=edges.csv\n`);
  },
);
