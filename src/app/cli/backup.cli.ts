import path from 'node:path';
import { runTool } from './run-tool';
import { streamToFile } from '../../features/export/export.output';
import { writeBackup } from '../../features/backup/backup.repository';

/** `npm run backup -- FILE`: the whole graph, every property typed, from one read transaction (see docs/operations.md). */
runTool({ usage: 'usage: npm run backup -- FILE', positionals: 1 }, async (run) => {
  const [name] = run.positionals;
  const database = await run.graph({ migrated: false });
  let counts = { nodes: 0, relationships: 0 };
  await streamToFile(path.resolve(name), async (emit) => {
    counts = await writeBackup(database, emit);
  });
  process.stderr.write(`Backed up ${counts.nodes} nodes and ${counts.relationships} relationships to ${name}\n`);
});
