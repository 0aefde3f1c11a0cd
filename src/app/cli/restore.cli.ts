import 'reflect-metadata';
import fs from 'node:fs';
import readline from 'node:readline';
import { runCli, UsageError } from '../../platform/config/cli';
import { loadConfig } from '../../platform/config/config';
import { createLogger } from '../../platform/config/logger';
import { connectGraph } from '../../engine/db/connect';
import { migrate } from '../../engine/db/migrations';
import { restoreBackup, RestoreRefused } from '../../features/backup/backup.repository';
import { BackupFormatError } from '../../features/backup/backup.values';

const USAGE = 'usage: npm run restore -- FILE [--force]\n  --force replaces a graph that is not empty';

/** `npm run restore -- FILE [--force]`: rebuilds the graph from `npm run backup`'s file, all of it or nothing. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const files = args.filter((arg) => arg !== '--force');
  if (files.length !== 1 || files[0].startsWith('--')) throw new UsageError(USAGE);
  const file = files[0];
  if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file\n${USAGE}`);
  const graph = await connectGraph(loadConfig().neo4j, createLogger('warn'), { reuseRunningEmbedded: true });
  try {
    await migrate(graph.database);
    const lines = () => readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
    const counts = await restoreBackup(graph.database, lines, { force });
    process.stderr.write(`Restored ${counts.nodes} nodes and ${counts.relationships} relationships from ${file}\n`);
  } finally {
    await graph.close();
  }
}

runCli(main, [BackupFormatError, RestoreRefused], (error) => (error instanceof BackupFormatError ? `Nothing was restored: the backup is not valid: ${error.message}` : error.message));
