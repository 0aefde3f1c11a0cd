#!/usr/bin/env node
// Builds the embedded Neo4j launcher with Maven when its jar is missing or older than its sources,
// so `npm start` and `npm test` pay for Maven only on a fresh machine or after a change.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const dir = path.join(__dirname, '..', 'neo4j-embedded');
const jar = path.join(dir, 'target', 'collab-graph-neo4j.jar');
const lib = path.join(dir, 'target', 'lib');

function newestSource(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(folder, entry.name);
    const time = entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs;
    return Math.max(newest, time);
  }, 0);
}

const sourcesChanged = Math.max(fs.statSync(path.join(dir, 'pom.xml')).mtimeMs, newestSource(path.join(dir, 'src')));
if (fs.existsSync(jar) && fs.existsSync(lib) && fs.statSync(jar).mtimeMs >= sourcesChanged) {
  process.exit(0);
}

console.log('Building the embedded Neo4j launcher with Maven (first time: downloads Neo4j 5.26 from Maven Central)...');
const started = Date.now();
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
