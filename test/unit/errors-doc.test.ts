import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/platform/config/config';
import { CurationCode } from '../../src/features/curation/curation.repository';
import { CypherRefusal } from '../../src/features/cypher/cypher.guard';
import { ErrorCode } from '../../src/platform/graphql/errors';
import { LimitCode } from '../../src/platform/graphql/limits';
import { IMPORT_REJECTED } from '../../src/features/import/import.service';
import { HistoryCode } from '../../src/features/history/history.repository';

/** docs/errors.md is the clients' reference: every code the service defines has a row there. */
it('lists every error code the service defines', () => {
  const table = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'errors.md'), 'utf8');
  const rows = new Set([...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]));
  const defined = [...Object.values(ErrorCode), ...Object.values(LimitCode), ...Object.values(CurationCode), ...Object.values(CypherRefusal), ...Object.values(HistoryCode), IMPORT_REJECTED];
  expect(defined.filter((code) => !rows.has(code))).toEqual([]);
});
