import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { Authenticator } from '../../src/platform/auth/authenticator';
import { rootFieldRoles } from '../../src/platform/auth/auth-checker';
import { grants, Role, ROLES, type Principal } from '../../src/platform/auth/roles';
import type { Database } from '../../src/engine/db/database';
import { graphSchema } from '../../src/app/schema';
import type { RunningHttpServer } from '../../src/app/http/http-server';
import { dumpGraph, postGraphQL, seededDatabase, startTestServer, TEST_KEYS, testAuthConfig } from '../support/graph';

/**
 * One operation per root field: valid enough to get past authorisation. Mutations aim at ids that do
 * not exist (or run dry), so an allowed call fails later with NOT_FOUND or reports, and writes nothing.
 */
const OPERATIONS: Record<string, string> = {
  'Query.agreements': '{ agreements(first: 1) { totalCount } }',
  'Query.countries': '{ countries(first: 1) { totalCount } }',
  'Query.countryGroups': '{ countryGroups(first: 1) { totalCount } }',
  'Query.domains': '{ domains(first: 1) { totalCount } }',
  'Query.events': '{ events(first: 1) { totalCount } }',
  'Query.initiatives': '{ initiatives(first: 1) { totalCount } }',
  'Query.institutions': '{ institutions(first: 1) { totalCount } }',
  'Query.networks': '{ networks(first: 1) { totalCount } }',
  'Query.places': '{ places(first: 1) { totalCount } }',
  'Query.platforms': '{ platforms(first: 1) { totalCount } }',
  'Query.projects': '{ projects(first: 1) { totalCount } }',
  'Query.ask': '{ ask(question: "Where is Mahidol University?") { refused } }',
  'Query.collaborationMatrix': '{ collaborationMatrix(by: COUNTRY, first: 1) { weight } }',
  'Query.commonPartners': '{ commonPartners(a: "mahidol-university", b: "chinese-academy-of-sciences") { node { id } } }',
  'Query.hubs': '{ hubs(first: 1) { degree } }',
  'Query.neighbourhood': '{ neighbourhood(id: "mahidol-university", depth: 1) { truncated } }',
  'Query.node': '{ node(id: "mahidol-university") { id } }',
  'Query.nodes': '{ nodes(ids: ["mahidol-university"]) { id } }',
  'Query.recentFacts': '{ recentFacts(since: "2021-01-01", first: 1) { totalCount } }',
  'Query.paths': '{ paths(from: "mahidol-university", to: "chinese-academy-of-sciences") { length } }',
  'Query.search': '{ search(text: "Mahidol") { score } }',
  'Query.sources': '{ sources { id } }',
  'Query.statistics': '{ statistics { entitiesByType { count } } }',
  'Query.cypher': '{ cypher(query: "RETURN 1 AS one") { rows } }',
  'Mutation.createEntity':
    'mutation { createEntity(input: {id: "x-new", type: Institution, kind: "UNIVERSITY", name: "X", evidence: [{sourceId: "no-such-source", quote: "x"}]}) { id } }',
  'Mutation.updateEntity': 'mutation { updateEntity(id: "no-such-entity", input: {name: "Y"}) { id } }',
  'Mutation.addAliases': 'mutation { addAliases(id: "no-such-entity", aliases: ["Z"]) { id } }',
  'Mutation.linkEntities':
    'mutation { linkEntities(input: {from: "no-such-entity", type: SUPPORTS, to: "mahidol-university", evidence: [{sourceId: "s", quote: "q"}]}) { id } }',
  'Mutation.unlinkEntities': 'mutation { unlinkEntities(input: {from: "no-such-entity", type: SUPPORTS, to: "mahidol-university"}) { id } }',
  'Mutation.mergeEntities': 'mutation { mergeEntities(keep: "no-such-entity", duplicates: ["other-missing"]) { removedIds } }',
  'Query.proposeDocument': '{ proposeDocument(input: {text: "The Example University opened."}) { entities { id } } }',
  'Mutation.importDocument': 'mutation { importDocument(input: {document: "source: {}", text: "t"}, dryRun: true) { rejected } }',
  'Query.conflicts': '{ conflicts(first: 1) { totalCount } }',
  'Mutation.settleConflict': 'mutation { settleConflict(id: "conflict-none", keep: GRAPH) { id } }',
  'Query.changes': '{ changes(first: 1) { totalCount } }',
  'Query.history': '{ history(id: "mahidol-university", first: 1) { totalCount } }',
  'Query.change': '{ change(id: "1") { id } }',
  'Mutation.revertChange': 'mutation { revertChange(id: "no-such-change") { id } }',
  'Mutation.retractSource': 'mutation { retractSource(id: "no-such-source", dryRun: true) { dryRun } }',
};

type Caller = { name: string; headers: Record<string, string>; principal: Principal };

const CALLERS: Caller[] = [
  { name: 'anonymous', headers: {}, principal: { id: 'anonymous', authenticated: false, role: Role.READER } },
  ...ROLES.map((role) => ({ name: role, headers: { 'x-api-key': TEST_KEYS[role] }, principal: { id: role, authenticated: true, role } })),
];

const AUTH_CODES = ['UNAUTHENTICATED', 'FORBIDDEN'];

describe('roles', () => {
  let db: Database;
  let server: RunningHttpServer;
  const secret = 'a-test-secret-that-is-long-enough-for-hs256';

  beforeAll(async () => {
    db = await seededDatabase();
    server = await startTestServer(db, false, undefined, { authenticator: new Authenticator(testAuthConfig({ jwt: { ...testAuthConfig().jwt, secret } })) });
  });
  afterAll(async () => {
    await server.close(1_000);
    await db.close();
  });

  it('states a role on every root field, and the SDL says which', async () => {
    const schema = await graphSchema();
    const fields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) => Object.keys(type.getFields()).map((name) => `${type.name}.${name}`));
    expect(fields.sort()).toEqual(Object.keys(OPERATIONS).sort());
    const roles = rootFieldRoles();
    expect(fields.filter((field) => !roles.has(field))).toEqual([]);
    expect(roles.get('Query.cypher')).toBe(Role.RESEARCHER);
    expect(schema.getMutationType()!.getFields().mergeEntities.description).toContain('Requires the `editor` role.');
  });

  const cases = Object.keys(OPERATIONS).flatMap((field) => CALLERS.map((caller) => [field, caller.name, caller] as const));
  it.each(cases)('%s as %s: allowed exactly when the role grants it', async (field, _name, caller) => {
    const before = field.startsWith('Mutation') ? await dumpGraph(db) : undefined;
    const response = await postGraphQL(server.url, OPERATIONS[field], undefined, caller.headers);
    const required = rootFieldRoles().get(field)!;
    const codes = (response.errors ?? []).map((error) => error.extensions?.code);
    if (grants(caller.principal, required)) {
      expect(codes.filter((code) => AUTH_CODES.includes(code as string))).toEqual([]);
    } else {
      expect(codes).toEqual([caller.principal.authenticated ? 'FORBIDDEN' : 'UNAUTHENTICATED']);
      expect(response.data).toBeNull();
    }
    if (before !== undefined) expect(await dumpGraph(db)).toBe(before);
  });

  it('refuses the same way whether or not the target exists', async () => {
    const headers = { 'x-api-key': TEST_KEYS[Role.READER] };
    const existing = await postGraphQL(server.url, 'mutation { addAliases(id: "mahidol-university", aliases: ["MU"]) { id } }', undefined, headers);
    const missing = await postGraphQL(server.url, 'mutation { addAliases(id: "no-such-entity", aliases: ["MU"]) { id } }', undefined, headers);
    const withoutRequestId = (response: typeof existing) => response.errors!.map(({ extensions: { requestId: _id, ...extensions } = {}, ...error }) => ({ ...error, extensions }));
    expect(withoutRequestId(existing)).toEqual(withoutRequestId(missing));
  });

  it('answers a bad API key with 401 UNAUTHENTICATED, before running anything', async () => {
    const response = await postGraphQL(server.url, '{ sources { id } }', undefined, { 'x-api-key': 'wrong' });
    expect(response.status).toBe(401);
    expect(response.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('takes HS256 JWTs with roles, and refuses expired, forged or malformed ones', async () => {
    const sign = (claims: Record<string, unknown>, key = secret, expires = '5m') =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('ana').setIssuedAt().setExpirationTime(expires).sign(new TextEncoder().encode(key));
    const query = '{ cypher(query: "RETURN 1 AS one") { rows } }';
    const good = await postGraphQL(server.url, query, undefined, { authorization: `Bearer ${await sign({ roles: ['researcher'] })}` });
    expect(good.errors).toBeUndefined();
    const reader = await postGraphQL(server.url, query, undefined, { authorization: `Bearer ${await sign({ roles: ['nobody'] })}` });
    expect(reader.errors![0].extensions!.code).toBe('FORBIDDEN');
    for (const token of [await sign({ roles: ['editor'] }, secret, '-1m'), await sign({ roles: ['editor'] }, 'another-secret-that-is-long-enough-too'), 'not.a.jwt']) {
      const refused = await postGraphQL(server.url, query, undefined, { authorization: `Bearer ${token}` });
      expect([refused.status, refused.errors![0].extensions!.code]).toEqual([401, 'UNAUTHENTICATED']);
    }
    const noneAlg = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'x', exp: 9e9, roles: ['editor'] })).toString('base64url')}.`;
    expect((await postGraphQL(server.url, query, undefined, { authorization: `Bearer ${noneAlg}` })).status).toBe(401);
  });

  it('takes JWTs signed by a key from a JWKS file', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const jwksFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jwks-')), 'jwks.json');
    fs.writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' }] }));
    const authenticator = new Authenticator(testAuthConfig({ jwt: { ...testAuthConfig().jwt, jwksFile, issuer: 'https://idp.example', audience: 'collab-graph' } }));
    const token = await new SignJWT({ roles: 'editor' })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setSubject('eve')
      .setIssuer('https://idp.example')
      .setAudience('collab-graph')
      .setExpirationTime('5m')
      .sign(privateKey);
    expect(await authenticator.authenticate({ authorization: `Bearer ${token}` })).toEqual({ id: 'jwt:eve', authenticated: true, role: Role.EDITOR });
    const wrongAudience = await new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setSubject('eve').setIssuer('https://idp.example').setAudience('other').setExpirationTime('5m').sign(privateKey);
    await expect(authenticator.authenticate({ authorization: `Bearer ${wrongAudience}` })).rejects.toThrow('The JWT is not valid.');
  });

  it('with anonymous access off, asks for a credential', async () => {
    const closed = await startTestServer(db, false, undefined, { authenticator: new Authenticator(testAuthConfig({ anonymousRole: 'none' })) });
    try {
      const anonymous = await postGraphQL(closed.url, '{ sources { id } }');
      expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      const reader = await postGraphQL(closed.url, '{ sources { id } }', undefined, { 'x-api-key': TEST_KEYS[Role.READER] });
      expect(reader.errors).toBeUndefined();
      const exported = await fetch(closed.url.replace('/graphql', '/export?format=json'));
      expect(exported.status).toBe(401);
    } finally {
      await closed.close(1_000);
    }
  });

  it('lets shared caches keep only anonymous answers', async () => {
    const query = encodeURIComponent('{ sources { id } }');
    const anonymous = await fetch(`${server.url}?query=${query}`);
    const keyed = await fetch(`${server.url}?query=${query}`, { headers: { 'x-api-key': TEST_KEYS[Role.READER] } });
    expect(anonymous.headers.get('cache-control')).toMatch(/^public/);
    expect(keyed.headers.get('cache-control')).toMatch(/^private/);
    expect(keyed.headers.get('vary')).toContain('X-API-Key');
  });
});
