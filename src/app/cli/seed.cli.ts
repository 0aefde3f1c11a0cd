import 'reflect-metadata';
import { runCli } from '../../platform/config/cli';
import { loadConfig } from '../../platform/config/config';
import { createLogger } from '../../platform/config/logger';
import { connectGraph } from '../../engine/db/connect';
import { migrate } from '../../engine/db/migrations';
import { SeedValidationError, loadSeedFiles, seedFilesIn } from '../../engine/seed/seed.loader';
import { applySeeds } from '../../engine/seed/seed.repository';
import { describeSeedResult } from '../../engine/seed/seed.service';

/** `npm run seed`: validate every seed file (nothing is written if one is bad), then apply all in one transaction. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const files = seedFilesIn();
  const seeds = loadSeedFiles(files);
  process.stdout.write(`Validated ${files.length} seed file(s): ${seeds.map((seed) => seed.file).join(', ')}\n`);
  const graph = await connectGraph(config.neo4j, logger);
  try {
    await migrate(graph.database);
    process.stdout.write(`${describeSeedResult(await applySeeds(graph.database, seeds))}\n`);
  } finally {
    await graph.close();
  }
}

runCli(main, [SeedValidationError]);
