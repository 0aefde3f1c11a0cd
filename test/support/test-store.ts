import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EMBEDDED_NEO4J_DIR, startEmbeddedNeo4j } from '../../src/engine/db/embedded-neo4j';
import { TEST_JIT } from './neo4j-servers';

/**
 * An empty, cleanly stopped Neo4j store with its password set, which the tests' data folders start as a
 * copy of. A new folder costs the launcher two boots (the password with Bolt off, then Bolt); a copy,
 * one. Made once per launcher build (in git-ignored target/), by the first test run that finds none.
 */
const TEMPLATE = path.join(EMBEDDED_NEO4J_DIR, 'target', 'test-store-template');
/** The launcher build the template was made with (its jar and library folder). */
const MADE_FOR = 'made-for';
/** What a copy leaves out: the template's logs and its DBMS id (each server makes its own). */
const NOT_COPIED = new Set([MADE_FOR, 'logs', path.join('data', 'server_id')]);

function launcherBuild(): string {
  const target = path.join(EMBEDDED_NEO4J_DIR, 'target');
  const jar = fs.statSync(path.join(target, 'collab-graph-neo4j.jar'));
  return `${jar.mtimeMs} ${jar.size} ${fs.statSync(path.join(target, 'lib')).mtimeMs}`;
}

function templateIsCurrent(): boolean {
  try {
    return fs.readFileSync(path.join(TEMPLATE, MADE_FOR), 'utf8') === launcherBuild();
  } catch {
    return false;
  }
}

/**
 * Makes the template unless a current one is there: one first start, stopped cleanly, in a scratch
 * folder renamed into place. Says whether it made one.
 */
export async function ensureStoreTemplate(startTimeoutMs: number | undefined): Promise<boolean> {
  if (templateIsCurrent()) return false;
  const scratch = fs.mkdtempSync(`${TEMPLATE}-`);
  try {
    const neo4j = await startEmbeddedNeo4j({ dataDir: scratch, heap: '512m', pageCache: '64m', jit: TEST_JIT, startTimeoutMs });
    await neo4j.stop();
    fs.writeFileSync(path.join(scratch, MADE_FOR), launcherBuild());
    fs.rmSync(TEMPLATE, { recursive: true, force: true });
    fs.renameSync(scratch, TEMPLATE);
    return true;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** Fills `dataDir` (new or empty) with a copy of the template when there is a current one; else the first start makes the store. */
export function copyStoreTemplate(dataDir: string): void {
  if (!templateIsCurrent()) return;
  fs.cpSync(TEMPLATE, dataDir, { recursive: true, filter: (source) => !NOT_COPIED.has(path.relative(TEMPLATE, source)) });
}

/** A new data folder in the temporary directory for an embedded Neo4j of the tests, as copyStoreTemplate fills it. */
export function newTestStore(prefix: string): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  copyStoreTemplate(dataDir);
  return dataDir;
}
