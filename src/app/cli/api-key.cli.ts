import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../../platform/auth/authenticator';
import { isRole, ROLES } from '../../platform/auth/roles';

/**
 * `npm run api-key -- NAME ROLE`: makes a new random key. The key goes to its holder; only the
 * `API_KEYS` entry, holding its SHA-256, goes into the configuration.
 */
function main(): void {
  const [name, role] = process.argv.slice(2);
  if (!name || !/^[\w.-]+$/.test(name) || !isRole(role)) {
    process.stderr.write(`usage: npm run api-key -- NAME ROLE   (NAME: letters, digits, . _ -; ROLE: ${ROLES.join(', ')})\n`);
    process.exit(1);
  }
  const key = `cg_${randomBytes(24).toString('base64url')}`;
  process.stdout.write(`key (give it to ${name}; it is not stored): ${key}\n`);
  process.stdout.write(`API_KEYS entry (comma-separate several): ${name}:${role}:${sha256Hex(key)}\n`);
}

main();
