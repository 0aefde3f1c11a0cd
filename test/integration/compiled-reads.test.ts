import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { SEED_IDS, workloads } from '../../bench/workloads';
import type { Database } from '../../src/engine/db/database';
import type { RunningHttpServer } from '../../src/app/http/http-server';
import { readmeExamples } from '../support/readme-examples';
import { readOperations, type ReadOperation } from '../support/read-operations';
import { executeCounted, seededDatabase, startTestServer } from '../support/graph';

/**
 * Reads answer exactly as they did before the selection compiler (answers pinned in
 * test/fixtures/read-answers.json; `UPDATE_ANSWERS=1` rewrites them after a deliberate change; the
 * documentation's examples are pinned by their shown outputs, checked in readme.test.ts), and every
 * root field of the documented examples and bench workloads costs exactly one statement.
 */
const ANSWERS = path.join(__dirname, '..', 'fixtures', 'read-answers.json');
const pinned: Record<string, unknown> = fs.existsSync(ANSWERS) ? JSON.parse(fs.readFileSync(ANSWERS, 'utf8')) : {};
const recorded: Record<string, unknown> = {};

const benchOperations: ReadOperation[] = workloads(SEED_IDS).map((workload) => ({ name: `bench ${workload.name}`, query: workload.graphql }));
const readmeOperations: ReadOperation[] = readmeExamples()
  .filter((example) => example.role === undefined)
  .map((example) => ({ name: example.name, query: example.query, variables: example.variables }));

function rootFields(query: string): string[] {
  const operation = parse(query).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  return operation.selectionSet.selections.map((selection) => (selection.kind === Kind.FIELD ? selection.name.value : selection.kind));
}

/**
 * Root fields that are themselves a sequence of reads, with the most statements they may take: `ask`
 * looks up the question's names (the proposer's linking), then runs its answer's GraphQL query, itself
 * one statement per root field.
 */
const COMPOSITE_ROOT_FIELDS: Record<string, number> = { ask: 6 };

function expectedRoundTrips(query: string): { most: number } {
  return { most: rootFields(query).reduce((total, field) => total + (COMPOSITE_ROOT_FIELDS[field] ?? 1), 0) };
}

let db: Database;
let server: RunningHttpServer;

beforeAll(async () => {
  db = await seededDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  if (process.env.UPDATE_ANSWERS) fs.writeFileSync(ANSWERS, JSON.stringify(recorded, null, 2) + '\n');
  await server.close(1_000);
  await db.close();
});

describe.each([
  ['pinned reads', readOperations(), { pinned: true, oneStatementPerRootField: false }],
  ['documented examples', readmeOperations, { pinned: false, oneStatementPerRootField: true }],
  ['bench workloads', benchOperations, { pinned: true, oneStatementPerRootField: true }],
] as const)('%s', (_group, operations, { pinned: compare, oneStatementPerRootField }) => {
  it.each(operations.map((operation) => [operation.name, operation] as const))('%s', async (name, operation) => {
    const { result, roundTrips } = await executeCounted(server, db, operation.query, operation.variables);
    // Request ids differ per run.
    const answer = JSON.parse(JSON.stringify(result, (key, value) => (key === 'requestId' ? undefined : value)));
    if (compare) {
      recorded[name] = answer;
      if (!process.env.UPDATE_ANSWERS) expect(answer).toEqual(pinned[name]);
    } else {
      expect(result.errors).toBeUndefined();
    }
    if (oneStatementPerRootField) {
      const { most } = expectedRoundTrips(operation.query);
      if (rootFields(operation.query).some((field) => field in COMPOSITE_ROOT_FIELDS)) expect(roundTrips).toBeLessThanOrEqual(most);
      else expect(roundTrips).toBe(most);
    }
  });
});
