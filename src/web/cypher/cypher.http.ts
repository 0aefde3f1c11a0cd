import type { ServerResponse } from 'node:http';
import { ideExamples } from '../graphiql/graphiql.examples';
import { browserPageHtml, sendPage } from '../assets/browser-assets';
import type { CypherPageData } from './cypher-page-data';
import { ALLOWED_PROCEDURES } from '../../features/cypher/cypher.guard';

/** The documented examples that call the `cypher` field: their Cypher text and parameters. */
export function cypherExamples(): CypherPageData['examples'] {
  return ideExamples()
    .flatMap((group) => group.examples)
    .flatMap((example) => {
      const variables = example.variables ? (JSON.parse(example.variables) as { query?: unknown; params?: unknown }) : {};
      return /\bcypher\s*\(/.test(example.query) && typeof variables.query === 'string'
        ? [{ title: example.title, query: variables.query, params: JSON.stringify(variables.params ?? {}, null, 2) }]
        : [];
    });
}

let html: string | undefined;

/** GET /cypher: the researchers' Cypher page (read once per process). */
export function serveCypherPage(response: ServerResponse): void {
  html ??= browserPageHtml({
    title: 'collab-graph Cypher',
    bundle: 'cypher/cypher-page',
    data: { examples: cypherExamples(), procedures: [...ALLOWED_PROCEDURES] } satisfies CypherPageData,
  });
  sendPage(response, html);
}
