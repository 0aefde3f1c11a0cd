import type { IncomingMessage } from 'node:http';
import { buildSchema } from 'graphql';
import { entityTag, isNotModified, serverIdentity } from '../../src/app/http/revalidation';
import { Role, type Principal } from '../../src/platform/auth/roles';

const anonymous: Principal = { id: 'anonymous', authenticated: false, role: Role.READER };
const request = (headers: Record<string, string> = {}, method = 'GET') => ({ method, headers }) as unknown as IncomingMessage;
const url = (search: string) => new URL(`http://localhost/graphql?${search}`);
const version = { epoch: 'e1', version: 7 };
const SERVER = 'server';
const tagOf = (search: string, options: { headers?: Record<string, string>; principal?: Principal; at?: typeof version; server?: string; method?: string } = {}) =>
  entityTag(request(options.headers, options.method), url(search), options.principal ?? anonymous, options.at ?? version, options.server ?? SERVER);

describe('ETags of GET queries', () => {
  const base = 'query=%7Bx%7D&variables=%7B%22a%22%3A1%7D&operationName=Q';

  it('are weak, name the graph version, and are equal for the same request in another parameter order', () => {
    expect(tagOf(base)).toMatch(/^W\/"7-[A-Za-z0-9_-]{27}"$/);
    expect(tagOf('operationName=Q&variables=%7B%22a%22%3A1%7D&query=%7Bx%7D&unrelated=1')).toBe(tagOf(base));
  });

  it('change with anything the answer depends on', () => {
    const variants = [
      tagOf(base),
      tagOf('query=%7By%7D&variables=%7B%22a%22%3A1%7D&operationName=Q'),
      tagOf('query=%7Bx%7D&variables=%7B%22a%22%3A2%7D&operationName=Q'),
      tagOf('query=%7Bx%7D&variables=%7B%22a%22%3A1%7D&operationName=R'),
      tagOf(`${base}&extensions=%7B%7D`),
      tagOf(base, { principal: { ...anonymous, authenticated: true, id: 'api-key:r' } }),
      tagOf(base, { principal: { ...anonymous, role: Role.EDITOR } }),
      tagOf(base, { headers: { accept: 'application/json' } }),
      tagOf(base, { at: { epoch: 'e1', version: 8 } }),
      tagOf(base, { at: { epoch: 'e2', version: 7 } }),
      tagOf(base, { server: 'another schema' }),
    ];
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('are not given to POSTs, requests without a document, callers without a role, or before the version is known', () => {
    expect(tagOf(base, { method: 'POST' })).toBeUndefined();
    expect(tagOf('variables=%7B%7D')).toBeUndefined();
    expect(tagOf(base, { principal: { ...anonymous, role: undefined } })).toBeUndefined();
    expect(entityTag(request(), url(base), anonymous, undefined, SERVER)).toBeUndefined();
    // A persisted query's hash alone is a document.
    expect(tagOf('extensions=%7B%22persistedQuery%22%3A%7B%7D%7D')).toBeDefined();
  });

  it('match If-None-Match by weak comparison, in a list, and never by `*`', () => {
    const tag = tagOf(base)!;
    expect(isNotModified(request({ 'if-none-match': tag }), tag)).toBe(true);
    expect(isNotModified(request({ 'if-none-match': tag.slice(2) }), tag)).toBe(true);
    expect(isNotModified(request({ 'if-none-match': `W/"other",  ${tag}` }), tag)).toBe(true);
    expect(isNotModified(request({ 'if-none-match': '*' }), tag)).toBe(false);
    expect(isNotModified(request({ 'if-none-match': 'W/"other"' }), tag)).toBe(false);
    expect(isNotModified(request(), tag)).toBe(false);
  });

  it('depend on the schema the server runs and whether it hides error details', () => {
    const schema = buildSchema('type Query { x: Int }');
    expect(serverIdentity(schema, true)).toBe(serverIdentity(buildSchema('type Query { x: Int }'), true));
    expect(serverIdentity(schema, true)).not.toBe(serverIdentity(schema, false));
    expect(serverIdentity(schema, true)).not.toBe(serverIdentity(buildSchema('type Query { x: Int y: Int }'), true));
  });
});
