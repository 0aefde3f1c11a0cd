import type { Database } from '../db/database';
import { loadSeedFiles, seedFilesIn } from './seed.loader';
import { applySeeds, COUNT_ENTITIES, type SeedResult } from './seed.repository';

/** Validates every seed file first (nothing is written if one is bad), then applies them all in one transaction. */
export async function seedGraph(db: Database, files: string[] = seedFilesIn()): Promise<SeedResult> {
  const seeds = loadSeedFiles(files);
  return applySeeds(db, seeds);
}

export async function graphIsEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read(COUNT_ENTITIES);
  return row.count === 0;
}

export function describeSeedResult(result: SeedResult): string {
  return (
    `Seeded ${result.sources} source(s): created ${result.entitiesCreated} entities and ${result.relationsCreated} relationships; ` +
    `${result.entitiesMatched} entities and ${result.relationsMatched} relationships were already there.`
  );
}
