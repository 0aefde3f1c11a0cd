#!/usr/bin/env node
// Builds the embedded Neo4j launcher with Maven when its jar is missing or older than its sources,
// so `npm start` and `npm test` pay for Maven only on a fresh machine or after a change. Then, when
// the jar is newer than it, writes the launcher's class-data archive (AppCDS): every start and
// restart of the embedded Neo4j maps the classes it needs from it instead of loading and verifying
// them from the jars, which is most of what a restart costs. Nothing is generated at run time.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');

const dir = path.join(__dirname, '..', 'neo4j-embedded');
const jar = path.join(dir, 'target', 'collab-graph-neo4j.jar');
const lib = path.join(dir, 'target', 'lib');
// Keep in step with src/engine/db/embedded-neo4j.ts, which starts the JVM with this archive and these options.
const archive = path.join(dir, 'target', 'collab-graph-neo4j.jsa');
const jvmOptionsFile = path.join(dir, 'jvm.options');

function jvmOptions() {
  return fs.readFileSync(jvmOptionsFile, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

function newestSource(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(folder, entry.name);
    const time = entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs;
    return Math.max(newest, time);
  }, 0);
}

function buildJar() {
  console.log('Building the embedded Neo4j launcher with Maven (first time: downloads Neo4j 5.26 from Maven Central)...');
  const started = Date.now();
  // A fresh lib/: Maven only adds to it, and a jar left from an earlier build (e.g. a signed one the pom now
  // unpacks into the launcher's jar) would stay on the class path.
  fs.rmSync(lib, { recursive: true, force: true });
  const result = spawnSync('mvn', ['-q', '-B', '-DskipTests', 'package'], { cwd: dir, stdio: 'inherit' });
  if (result.error) {
    console.error(`Could not run Maven (mvn): ${result.error.message}. Java 17 and Maven are required for the embedded Neo4j.`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`Maven failed with exit code ${result.status}.`);
    process.exit(result.status ?? 1);
  }
  console.log(`Built ${path.relative(process.cwd(), jar)} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/**
 * Statements of the kinds the service sends (look-ups, optional matches, map projections, subqueries,
 * variable-length and shortest paths, full-text search, MERGE, counts, EXPLAIN), on a throwaway graph:
 * the classes Cypher needs to parse, plan and run them go into the archive too.
 */
/** The training statements, shared with the launcher's warm spare (EmbeddedNeo4j.warmUp). */
const TRAINING = fs
  .readFileSync(path.join(dir, 'src', 'main', 'resources', 'training.cypher'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('--'));

/** Runs the training statements twice (planned, then from the plan cache), in auto-commit and managed transactions. */
async function train(uri, password) {
  const neo4j = require('neo4j-driver');
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  try {
    for (let round = 0; round < 2; round += 1) {
      const session = driver.session();
      try {
        for (const statement of TRAINING) await session.run(statement);
        await session.executeWrite((tx) => tx.run("CREATE (t:Training {id: 'tx'}) RETURN t.id"));
        await session.executeRead((tx) => tx.run('MATCH (t:Training) RETURN count(t) AS n'));
        await session.run("MATCH (t:Training {id: 'tx'}) DELETE t");
      } finally {
        await session.close();
      }
    }
  } finally {
    await driver.close();
  }
}

/** Starts the launcher with -XX:ArchiveClassesAtExit on a scratch data folder, trains it, and lets it exit (which writes the archive). */
async function writeArchive() {
  const started = Date.now();
  const port = await freePort();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'collab-graph-cds-'));
  const partial = `${archive}.partial`;
  fs.rmSync(partial, { force: true });
  // The same JVM options and class path as embedded-neo4j.ts: the archive is only used when they match.
  // (-Xlog:cds=off: the classes it cannot archive, those of signed jars, would fill the console.)
  const child = spawn('java', [
    '-Xms512m', '-Xmx512m', ...jvmOptions(), `-XX:ArchiveClassesAtExit=${partial}`, '-Xlog:cds=off', '-Xlog:cds+dynamic=error',
    '-cp', `${jar}${path.delimiter}${path.join(lib, '*')}`, 'collabgraph.EmbeddedNeo4j',
    '--data-dir', scratch, '--bolt-address', `127.0.0.1:${port}`, '--page-cache', '64m', '--password-file', path.join(scratch, 'neo4j-password'),
  ], { stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    const uri = await launcherReady(child);
    await train(uri, fs.readFileSync(path.join(scratch, 'neo4j-password'), 'utf8').trim());
    child.stdin.end(); // the launcher stops Neo4j and exits 0 when its standard input closes
    const code = await new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));
    if (code !== 0 || !fs.existsSync(partial)) throw new Error(`the launcher exited with code ${code} without writing the archive`);
    fs.renameSync(partial, archive);
    console.log(`Wrote the embedded Neo4j's class-data archive ${path.relative(process.cwd(), archive)} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = require('node:net').createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function launcherReady(child) {
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`the launcher exited (code ${code}): ${output.slice(-2000)}`)));
    child.stdout.on('data', (chunk) => {
      output += chunk.toString('utf8');
      const ready = /NEO4J_READY (\S+)/.exec(output);
      const failed = /NEO4J_FAILED (.*)/.exec(output);
      if (failed) reject(new Error(failed[1]));
      if (ready) resolve(ready[1]);
    });
  });
}

async function main() {
  const sourcesChanged = Math.max(fs.statSync(path.join(dir, 'pom.xml')).mtimeMs, newestSource(path.join(dir, 'src')));
  if (!fs.existsSync(jar) || !fs.existsSync(lib) || fs.statSync(jar).mtimeMs < sourcesChanged) buildJar();
  const archiveInputsChanged = Math.max(fs.statSync(jar).mtimeMs, fs.statSync(jvmOptionsFile).mtimeMs);
  if (fs.existsSync(archive) && fs.statSync(archive).mtimeMs >= archiveInputsChanged) return;
  console.log("Writing the embedded Neo4j's class-data archive (once per launcher build: about a minute, longer on a busy machine)...");
  try {
    await writeArchive();
  } catch (error) {
    // Not fatal: without the archive the JVM loads its classes from the jars, only slower.
    fs.rmSync(archive, { force: true });
    console.warn(`Could not write the class-data archive (${error.message}); the embedded Neo4j starts without it, more slowly.`);
  }
}

main();
