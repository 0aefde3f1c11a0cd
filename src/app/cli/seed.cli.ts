import { runTool } from './run-tool';
import { SeedValidationError, loadSeedFiles, seedFilesIn } from '../../engine/seed/seed.loader';
import { applySeeds } from '../../engine/seed/seed.repository';
import { describeSeedResult } from '../../engine/seed/seed.service';

/** `npm run seed`: validate every seed file (nothing is written if one is bad), then apply all in one transaction. */
runTool({ usage: 'usage: npm run seed', expected: [SeedValidationError] }, async (run) => {
  const files = seedFilesIn();
  const seeds = loadSeedFiles(files);
  process.stdout.write(`Validated ${files.length} seed file(s): ${seeds.map((seed) => seed.file).join(', ')}\n`);
  const database = await run.graph({ reuseRunning: false });
  process.stdout.write(`${describeSeedResult(await applySeeds(database, seeds))}\n`);
});
