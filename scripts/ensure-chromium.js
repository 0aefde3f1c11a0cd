#!/usr/bin/env node
// The explorer's browser tests drive Debian's Chromium (/usr/bin/chromium) with playwright-core.
// Installs it with apt-get when it is missing (CI and fresh machines run as root); fails loudly otherwise.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');

const CHROMIUM = '/usr/bin/chromium';
if (fs.existsSync(CHROMIUM)) process.exit(0);

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
};
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const started = Date.now();
console.log('Installing Debian chromium for the browser tests (apt-get)...');
const apt = asRoot ? ['apt-get'] : ['sudo', '-n', 'apt-get'];
if (!run(apt[0], [...apt.slice(1), 'update', '-qq']) || !run(apt[0], [...apt.slice(1), 'install', '-y', '-qq', '--no-install-recommends', 'chromium'])) {
  console.error(`Could not install chromium. Install it yourself (apt-get install chromium) so that ${CHROMIUM} exists.`);
  process.exit(1);
}
console.log(`Installed chromium in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
