/*
 * GraphiQL at GET /graphql: schema docs, completion, history, a headers editor, and the documented
 * examples grouped by reader. Bundled by scripts/build-ui.js; everything it loads comes from this server.
 */
import './monaco-workers';
import 'graphiql/style.css';
import './graphiql-page.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { pageData } from '../../assets/browser/page-data';
import type { IdeExampleGroup } from '../ide-example';
import { examplesPlugin } from './examples-plugin';

/** JSONC: GraphiQL's headers editor takes comments, so the template can explain itself and still send `{}`. */
const DEFAULT_HEADERS = `{
  // Anonymous requests read the graph. For more, send
  // one credential (cypher needs a researcher's):
  // "X-API-Key": "your key"
  // "Authorization": "Bearer <JWT>"
}`;

const { examples } = pageData<{ examples: IdeExampleGroup[] }>();
const EXAMPLES_PLUGIN = examplesPlugin(examples);
const firstExample = examples[0]?.examples[0];
const welcome = `# More examples: the Examples panel. Every type and
# field: Docs. Ctrl+Space completes, Ctrl+Enter runs.
${firstExample?.query ?? '{ __typename }\n'}`;

createRoot(document.getElementById('root')!).render(
  <GraphiQL
    fetcher={createGraphiQLFetcher({ url: '/graphql' })}
    plugins={[EXAMPLES_PLUGIN, HISTORY_PLUGIN]}
    visiblePlugin={EXAMPLES_PLUGIN}
    defaultQuery={welcome}
    defaultHeaders={DEFAULT_HEADERS}
    defaultEditorToolsVisibility="headers"
  >
    <GraphiQL.Logo>
      <nav className="collab-graph-nav" aria-label="collab-graph pages">
        <strong>collab-graph</strong> GraphQL · <a href="/cypher">Cypher</a> · <a href="/explore">Explorer</a>
      </nav>
    </GraphiQL.Logo>
  </GraphiQL>,
);
