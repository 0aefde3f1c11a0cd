import type { ServerResponse } from 'node:http';
import { browserPageHtml, sendPage } from '../assets/browser-assets';
import { ideExamples } from './graphiql.examples';

let html: string | undefined;

/** GET /graphql for browsers: GraphiQL, with the documented examples (read once per process). */
export function serveGraphiQL(response: ServerResponse): void {
  html ??= browserPageHtml({ title: 'collab-graph GraphQL', bundle: 'graphiql/graphiql-page', data: { examples: ideExamples() } });
  sendPage(response, html);
}
