import fs from 'node:fs';
import os from 'node:os';
import readline from 'node:readline';
import { runTool, UsageError } from './run-tool';
import { BackupFormatError, restoreBackup, RestoreRefused } from '../../features/backup/backup.repository';

const tool = {
  usage: 'usage: npm run restore -- FILE [--force]\n  --force replaces a graph that is not empty',
  options: { force: { type: 'boolean' } },
  positionals: 1,
  expected: [BackupFormatError, RestoreRefused],
  describe: (error: Error) => (error instanceof BackupFormatError ? `Nothing was restored: the backup is not valid: ${error.message}` : error.message),
} as const;

/** `npm run restore -- FILE [--force]`: rebuilds the graph from `npm run backup`'s file, all of it or nothing. */
runTool(tool, async (run) => {
  const [file] = run.positionals;
  if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file`);
  const database = await run.graph();
  const lines = () => readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  const counts = await restoreBackup(database, lines, { force: run.values.force ?? false, by: `cli:${os.userInfo().username}` });
  process.stderr.write(`Restored ${counts.nodes} nodes and ${counts.relationships} relationships from ${file}\n`);
});
