import 'reflect-metadata';
import path from 'node:path';
import { runCli, UsageError } from '../../platform/config/cli';
import { loadConfig } from '../../platform/config/config';
import { createLogger } from '../../platform/config/logger';
import { connectGraph } from '../../engine/db/connect';
import { streamToFile } from '../../features/export/export.output';
import { writeBackup } from '../../features/backup/backup.repository';

const USAGE = 'usage: npm run backup -- FILE';

/** `npm run backup -- FILE`: the whole graph, every property typed, from one read transaction (see docs/operations.md). */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0].startsWith('--')) throw new UsageError(USAGE);
  const file = path.resolve(args[0]);
  const graph = await connectGraph(loadConfig().neo4j, createLogger('warn'), { reuseRunningEmbedded: true });
  try {
    let counts = { nodes: 0, relationships: 0 };
    await streamToFile(file, async (emit) => {
      counts = await writeBackup(graph.database, emit);
    });
    process.stderr.write(`Backed up ${counts.nodes} nodes and ${counts.relationships} relationships to ${args[0]}\n`);
  } finally {
    await graph.close();
  }
}

runCli(main);
