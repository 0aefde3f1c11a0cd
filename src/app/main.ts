import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig, PROJECT_ROOT } from '../platform/config/config';
import { createLogger } from '../platform/config/logger';
import { startApp } from './app';

/** A `.env` beside package.json (see .env.example) sets variables the environment does not already set. */
function loadEnvFile(): void {
  const file = path.join(PROJECT_ROOT, '.env');
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

async function main(): Promise<void> {
  loadEnvFile();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every setting.\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const app = await startApp(config, logger);
  const shutdown = (signal: string) => {
    logger.info('shutting down', { signal, graceMs: config.shutdownGraceMs });
    app.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error('shutdown failed', { error: (error as Error).message });
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`collab-graph failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
