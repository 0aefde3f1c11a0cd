import type { ServerResponse } from 'node:http';
import { browserPageHtml, sendPage } from '../assets/browser-assets';
import type { Exchange, Route } from '../../platform/http/route';
import { ideExamples } from './graphiql.examples';

let html: string | undefined;

/** GET /graphql for browsers: GraphiQL, with the documented examples (read once per process). */
export function serveGraphiQL(response: ServerResponse): void {
  html ??= browserPageHtml({ title: 'collab-graph GraphQL', bundle: 'graphiql/graphiql-page', data: { examples: ideExamples() } });
  sendPage(response, html);
}

/** A browser asking for the page, not a GraphQL client asking for JSON. */
function wantsIde({ request, url }: Exchange): boolean {
  return !url.searchParams.has('query') && (request.headers.accept ?? '').includes('text/html');
}

/** Ahead of the GraphQL endpoint on the same path. */
export const graphiqlRoute: Route = { path: '/graphql', methods: ['GET'], when: wantsIde, handle: ({ response }) => serveGraphiQL(response) };
