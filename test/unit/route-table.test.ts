import type { IncomingMessage, ServerResponse } from 'node:http';
import { RouteTable } from '../../src/app/http/front';
import { type Exchange, type Route } from '../../src/platform/http/route';

const exchange = (method: string, target: string, accept = ''): Exchange => ({
  request: { method, headers: { accept } } as IncomingMessage,
  response: {} as ServerResponse,
  url: new URL(target, 'http://localhost'),
  requestId: 'test',
});

const named = (name: string, route: Omit<Route, 'handle'>): Route & { name: string } => ({ name, ...route, handle: () => {} });

describe('the route table', () => {
  const table = new RouteTable([
    named('ide', { path: '/graphql', methods: ['GET'], when: ({ request }) => (request.headers.accept ?? '').includes('text/html') }),
    named('graphql', { path: '/graphql' }),
    named('page', { path: '/cypher', methods: ['GET'] }),
    named('assets', { matches: (pathname) => pathname.startsWith('/assets/'), methods: ['GET', 'HEAD'] }),
  ]);
  const found = (method: string, target: string, accept?: string) => (table.find(exchange(method, target, accept)) as { name: string } | undefined)?.name;

  it('takes the first route of a path whose method and condition fit', () => {
    expect(found('GET', '/graphql', 'text/html')).toBe('ide');
    expect(found('GET', '/graphql?query=%7Ba%7D', 'application/json')).toBe('graphql');
    expect(found('POST', '/graphql', 'text/html')).toBe('graphql');
  });

  it('finds families of paths by their predicate, and nothing for a method a route does not take', () => {
    expect(found('HEAD', '/assets/graphiql/page.js')).toBe('assets');
    expect(found('POST', '/assets/graphiql/page.js')).toBeUndefined();
    expect(found('POST', '/cypher')).toBeUndefined();
    expect(found('GET', '/nowhere')).toBeUndefined();
  });
});
