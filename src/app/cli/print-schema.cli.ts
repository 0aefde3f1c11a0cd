import fs from 'node:fs';
import { runTool } from './run-tool';
import { printedSchema, SCHEMA_FILE } from '../schema';

/** `npm run schema`: writes the printed SDL that the drift test compares with the code. */
runTool({ usage: 'usage: npm run schema' }, async () => {
  fs.writeFileSync(SCHEMA_FILE, await printedSchema());
  process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
});
