import { spawn, type ChildProcess } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/platform/config/config';

/**
 * Runs the built service (or `npm start`) with `env`; resolves with its exit code and output. Without a
 * warm spare JVM unless `env` asks for one: each would spend about 20 s of CPU warming up (the chaos file tests it).
 */
export function runService(command: string, args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  let output = '';
  const child = spawn(command, args, { cwd: PROJECT_ROOT, env: { ...process.env, SEED_ON_EMPTY: 'false', NEO4J_EMBEDDED_WARM_SPARE: 'false', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return { child, output: () => output, exit: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
}
