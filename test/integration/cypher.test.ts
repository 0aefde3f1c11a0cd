import { Authenticator } from '../../src/platform/auth/authenticator';
import { Role } from '../../src/platform/auth/roles';
import type { Database } from '../../src/engine/db/database';
import { graphSchema } from '../../src/app/schema';
import type { RunningHttpServer } from '../../src/app/http/http-server';
import { getNamedType, isInputObjectType, isScalarType, type GraphQLArgument } from 'graphql';
import { dumpGraph, postGraphQL, seededDatabase, startTestServer, TEST_KEYS, testAuthConfig } from '../support/graph';

const CYPHER = 'query ($query: String!, $params: JSONObject) { cypher(query: $query, params: $params) { columns rows summary { rows truncated maxRows } } }';

/** Queries that try to write, reach the server or its files, or hide a write from the check. */
const SMUGGLING = [
  ['CREATE (n:Injected) RETURN n', 'CYPHER_NOT_READ_ONLY'],
  ['MATCH (n:Entity) SET n.name = "pwned"', 'CYPHER_NOT_READ_ONLY'],
  ['MATCH (n) DETACH DELETE n', 'CYPHER_NOT_READ_ONLY'],
  ['MERGE (n:Injected {id: 1}) RETURN n', 'CYPHER_NOT_READ_ONLY'],
  ['MATCH (n:Entity) WITH n LIMIT 1 CALL (n) { SET n.x = 1 } RETURN 1', 'CYPHER_NOT_READ_ONLY'],
  ['FOREACH (x IN [1] | CREATE (:Injected))', 'CYPHER_NOT_READ_ONLY'],
  ['MATCH (n:Entity) RETURN n.id AS id UNION ALL CREATE (m:Injected) RETURN 1 AS id', 'CYPHER_NOT_READ_ONLY'],
  ['CREATE INDEX injected FOR (n:Injected) ON (n.x)', 'CYPHER_NOT_READ_ONLY'],
  ['DROP CONSTRAINT entity_id IF EXISTS', 'CYPHER_NOT_READ_ONLY'],
  ["CALL db.createLabel('Injected')", 'CYPHER_PROCEDURE_NOT_ALLOWED'],
  ['CALL dbms.components()', 'CYPHER_PROCEDURE_NOT_ALLOWED'],
  ['CALL dbms.listConfig()', 'CYPHER_PROCEDURE_NOT_ALLOWED'],
  ['CALL db.clearQueryCaches()', 'CYPHER_PROCEDURE_NOT_ALLOWED'],
  ["CALL tx.setMetaData({a: 1})", 'CYPHER_PROCEDURE_NOT_ALLOWED'],
  ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'CYPHER_LOAD_CSV_NOT_ALLOWED'],
  ["LOAD CSV FROM 'http://127.0.0.1:1/x' AS line RETURN line", 'CYPHER_LOAD_CSV_NOT_ALLOWED'],
  ['SHOW TRANSACTIONS', 'CYPHER_ADMIN_COMMAND_NOT_ALLOWED'],
  ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'CYPHER_ADMIN_COMMAND_NOT_ALLOWED'],
  ['SHOW SETTINGS', 'CYPHER_ADMIN_COMMAND_NOT_ALLOWED'],
  ["CREATE USER injected SET PASSWORD 'x'", 'CYPHER_NOT_READ_ONLY'],
  ['MATCH (n) RETURN n; CREATE (:Injected)', 'CYPHER_INVALID'],
  ['CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1', 'CYPHER_INVALID'],
  ["CALL dbms.security.createUser('a', 'b', false)", 'CYPHER_INVALID'],
] as const;

/** Strings that would break out of a query if they were ever spliced into one. */
const INJECTIONS = [
  `"}) DETACH DELETE n //`,
  `') MATCH (n) DETACH DELETE n //`,
  "` MATCH (n) DETACH DELETE n //",
  `\\' OR 1=1 CREATE (:Injected) //`,
  `x\u0000y`,
  `$(Injected)`,
  `*/ CREATE (:Injected) /*`,
  `" + "`,
  `\n CREATE (:Injected)`,
];

describe('read-only Cypher for researchers', () => {
  let db: Database;
  let server: RunningHttpServer;
  const researcher = { 'x-api-key': TEST_KEYS[Role.RESEARCHER] };
  const editor = { 'x-api-key': TEST_KEYS[Role.EDITOR] };
  const run = (query: string, params?: Record<string, unknown>) => postGraphQL(server.url, CYPHER, { query, params }, researcher);

  beforeAll(async () => {
    db = await seededDatabase();
    server = await startTestServer(db, false, undefined, { authenticator: new Authenticator(testAuthConfig()), cypher: { timeoutMs: 3_000, maxRows: 50, maxConcurrentPerKey: 2 } });
  });
  afterAll(async () => {
    await server.close(1_000);
    await db.close();
  });

  it('returns columns, rows and a summary; parameters travel as values', async () => {
    const response = await run('MATCH (i:Institution {id: $id}) RETURN i.name AS name, size(i.evidenceQuotes) >= 1 AS quoted, 2^62 AS big', { id: 'mahidol-university' });
    expect(response.errors).toBeUndefined();
    expect(response.data.cypher).toEqual({ columns: ['name', 'quoted', 'big'], rows: [['Mahidol University', true, 4611686018427387904]], summary: { rows: 1, truncated: false, maxRows: 50 } });
    const integer = await run('RETURN $n + 1 AS next', { n: 41 });
    expect(integer.data.cypher.rows).toEqual([[42]]);
  });

  it('gives nodes, relationships and paths a stable shape', async () => {
    const response = await run(
      "MATCH p = (i:Institution {id: 'mahidol-university'})-[r:PARTICIPATES_IN]->(project) RETURN i, r, p ORDER BY project.id LIMIT 1",
    );
    const [[node, relationship, path]] = response.data.cypher.rows;
    expect(node).toMatchObject({ kind: 'node', labels: ['Entity', 'Institution'], properties: { id: 'mahidol-university', name: 'Mahidol University' } });
    expect(Object.keys(node.properties)).toEqual([...Object.keys(node.properties)].sort());
    expect(relationship).toMatchObject({ kind: 'relationship', type: 'PARTICIPATES_IN', startElementId: node.elementId });
    expect(path).toMatchObject({ kind: 'path', nodes: [node, { kind: 'node' }], relationships: [relationship] });
  });

  it('stops at the row cap and says so', async () => {
    const response = await run('UNWIND range(1, 1000000) AS i RETURN i');
    expect(response.data.cypher.summary).toEqual({ rows: 50, truncated: true, maxRows: 50 });
  });

  it('stops a query at the time limit with QUERY_TIMEOUT', async () => {
    const started = Date.now();
    const response = await run('UNWIND range(1, 1000000000) AS i WITH i WHERE i < 0 RETURN count(i)');
    expect(response.errors![0].extensions!.code).toBe('QUERY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('answers syntax and runtime errors with CYPHER_INVALID and Neo4j’s words', async () => {
    expect((await run('MATCH (n RETURN n')).errors![0].extensions!.code).toBe('CYPHER_INVALID');
    expect((await run('RETURN $missing AS x')).errors![0].extensions!.code).toBe('CYPHER_INVALID');
    const division = await run('UNWIND [1, 0] AS d RETURN 1 / d');
    expect(division.errors![0]).toMatchObject({ message: expect.stringMatching(/by zero/i), extensions: { code: 'CYPHER_INVALID' } });
    const samePoint = await run("MATCH (a:Country {id: 'thailand'}), (b:Country {id: 'thailand'}) MATCH p = shortestPath((a)-[*]-(b)) RETURN p");
    expect(samePoint.errors![0]).toMatchObject({ message: expect.stringMatching(/start and end nodes are the same/), extensions: { code: 'CYPHER_INVALID' } });
  });

  it.each(SMUGGLING)('refuses %s with %s and writes nothing', async (query, code) => {
    const before = await dumpGraph(db);
    const response = await run(query);
    expect(response.errors?.[0].extensions?.code).toBe(code);
    expect(response.errors![0].message).not.toMatch(/at .*\.(js|ts):\d+/);
    expect(await dumpGraph(db)).toBe(before);
  });

  it.each(INJECTIONS)('treats %j in params as a value', async (payload) => {
    const before = await dumpGraph(db);
    const response = await run('RETURN COUNT { MATCH (n:Entity) WHERE n.name = $name } AS count, $name AS echoed', { name: payload });
    expect(response.data.cypher.rows).toEqual([[0, payload]]);
    expect(await dumpGraph(db)).toBe(before);
  });

  it('treats injection strings in every string argument of every query as values', async () => {
    const schema = await graphSchema();
    const before = await dumpGraph(db);
    const queryFields = Object.values(schema.getQueryType()!.getFields());
    let tried = 0;
    for (const field of queryFields) {
      const stringArgs = field.args.filter((arg: GraphQLArgument) => isScalarType(getNamedType(arg.type)) && ['String', 'ID'].includes(getNamedType(arg.type).name));
      for (const arg of stringArgs) {
        for (const payload of INJECTIONS) {
          const required = field.args.filter((other) => other !== arg && other.type.toString().endsWith('!') && other.defaultValue === undefined);
          const values = Object.fromEntries(required.map((other) => [other.name, getNamedType(other.type).name === 'MatrixDimension' ? 'COUNTRY' : 'mahidol-university']));
          const declared = [arg, ...required].map((item) => `$${item.name}: ${item.type.toString()}`).join(', ');
          const passed = [arg, ...required].map((item) => `${item.name}: $${item.name}`).join(', ');
          const selection = isInputObjectType(getNamedType(field.type)) || isScalarType(getNamedType(field.type)) ? '' : ' { __typename }';
          const response = await postGraphQL(server.url, `query (${declared}) { ${field.name}(${passed})${selection} }`, { ...values, [arg.name]: payload }, editor);
          const codes = (response.errors ?? []).map((error) => error.extensions?.code);
          expect(codes.filter((code) => code === 'INTERNAL')).toEqual([]);
          tried += 1;
        }
      }
    }
    expect(tried).toBeGreaterThan(50);
    expect(await dumpGraph(db)).toBe(before);
  });

  it('stores injection strings given to mutations verbatim, as data, and changes nothing else', async () => {
    const CREATE = 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id name aliases } }';
    // The knowledge graph's nodes; each mutation also records its change in the log, which is not content.
    const [{ before }] = await db.read('MATCH (n:Entity|Source|Conflict) RETURN count(n) AS before');
    for (const [index, payload] of INJECTIONS.entries()) {
      const input = { id: `injection-probe-${index}`, type: 'Institution', kind: 'COMPANY', name: payload, aliases: [payload], evidence: [{ sourceId: 'china-asean-tech-transfer-2021-09-27', quote: 'Mahidol University' }] };
      const response = await postGraphQL(server.url, CREATE, { input }, editor);
      expect(response.errors).toBeUndefined();
      expect(response.data.createEntity).toEqual({ id: input.id, name: payload, aliases: [] });
    }
    const [{ after }] = await db.read('MATCH (n:Entity|Source|Conflict) RETURN count(n) AS after');
    expect(after).toBe((before as number) + INJECTIONS.length);
    expect(await db.read("MATCH (n:Injected) RETURN n")).toEqual([]);
  });
});
