import fs from 'node:fs';
import { printedSchema, SCHEMA_FILE } from '../schema';

/** `npm run schema`: writes the printed SDL that the drift test compares with the code. */
printedSchema()
  .then((sdl) => {
    fs.writeFileSync(SCHEMA_FILE, sdl);
    process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
