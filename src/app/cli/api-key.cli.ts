import { randomBytes } from 'node:crypto';
import { runTool, UsageError } from './run-tool';
import { sha256Hex } from '../../platform/auth/authenticator';
import { isRole, ROLES } from '../../platform/auth/roles';

const USAGE = `usage: npm run api-key -- NAME ROLE   (NAME: letters, digits, . _ -; ROLE: ${ROLES.join(', ')})`;

/**
 * `npm run api-key -- NAME ROLE`: makes a new random key. The key goes to its holder; only the
 * `API_KEYS` entry, holding its SHA-256, goes into the configuration.
 */
runTool({ usage: USAGE, positionals: 2 }, async ({ positionals: [name, role] }) => {
  if (!/^[\w.-]+$/.test(name) || !isRole(role)) throw new UsageError(USAGE);
  const key = `cg_${randomBytes(24).toString('base64url')}`;
  process.stdout.write(`key (give it to ${name}; it is not stored): ${key}\n`);
  process.stdout.write(`API_KEYS entry (comma-separate several): ${name}:${role}:${sha256Hex(key)}\n`);
});
