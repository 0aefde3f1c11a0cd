import { runTool } from '../cli';
import { SeedValidationError, loadSeedFiles, seedFilesIn } from './seed.loader';
import { applySeeds } from './seed.repository';
import { describeSeedResult } from './seed.service';

/** `npm run seed`: validate every seed file (nothing is written if one is bad), then apply all in one transaction. */
runTool({ usage: 'usage: npm run seed', expected: [SeedValidationError] }, async (run) => {
  const files = seedFilesIn();
  const seeds = loadSeedFiles(files);
  process.stdout.write(`Validated ${files.length} seed file(s): ${seeds.map((seed) => seed.file).join(', ')}\n`);
  const database = await run.graph({ reuseRunning: false });
  process.stdout.write(`${describeSeedResult(await applySeeds(database, seeds))}\n`);
});
