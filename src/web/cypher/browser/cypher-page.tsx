/*
 * The Cypher page at /cypher: researchers' read-only Cypher with highlighting and completion of the
 * graph's labels, relationship types and property keys, parameters as JSON, the results as a table,
 * refusals with their codes, and a link that opens the result's entities in the explorer. It calls
 * the public GraphQL `cypher` field. Bundled by scripts/build-ui.js.
 */
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import './cypher-page.css';
import { CypherEditor, type CypherEditorProps } from '@neo4j-cypher/react-codemirror';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { pageData } from '../../assets/browser/page-data';
import type { CypherPageData } from '../cypher-page-data';
import { cypherLiteral, entityIds, explorerUrl, isNode, MAX_EXPLORER_IDS, isPath, isRelationship, nodeCaption, type CypherNode, type CypherRelationship, type CypherValue } from './cypher-results';

interface GraphQLError {
  message: string;
  extensions?: { code?: string; neo4jCode?: string };
}

interface CypherAnswer {
  columns: string[];
  rows: CypherValue[][];
  summary: { rows: number; truncated: boolean; maxRows: number; elapsedMs: number };
}

type Outcome = { state: 'idle' } | { state: 'running' } | { state: 'failed'; errors: GraphQLError[] } | { state: 'done'; answer: CypherAnswer };

/** What the editor completes: the graph's names and the allowed procedures. */
type EditorSchema = NonNullable<CypherEditorProps['schema']>;

const CYPHER_FIELD = `query Cypher($query: String!, $params: JSONObject) {
  cypher(query: $query, params: $params) { columns rows summary { rows truncated maxRows elapsedMs } }
}`;

/** The graph's vocabulary for completion, through the same field (these procedures are allow-listed). */
const VOCABULARY = `CALL db.labels() YIELD label WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType WITH labels, collect(relationshipType) AS relationshipTypes
CALL db.propertyKeys() YIELD propertyKey RETURN labels, relationshipTypes, collect(propertyKey) AS propertyKeys`;

/** The key stays for this browser tab only. */
const KEY_STORAGE = 'collab-graph.api-key';

async function runCypher(query: string, params: Record<string, unknown>, apiKey: string): Promise<{ answer?: CypherAnswer; errors?: GraphQLError[] }> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...(apiKey ? { 'x-api-key': apiKey } : {}) },
    body: JSON.stringify({ query: CYPHER_FIELD, variables: { query, params } }),
  });
  const body = (await response.json()) as { data?: { cypher: CypherAnswer } | null; errors?: GraphQLError[] };
  return body.errors?.length ? { errors: body.errors } : { answer: body.data!.cypher };
}

function parseParams(text: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(text.trim() || '{}');
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('Parameters must be a JSON object, e.g. {"id": "thailand"}.');
  return parsed as Record<string, unknown>;
}

function Properties({ properties }: { properties: Record<string, CypherValue> }) {
  const entries = Object.entries(properties);
  if (entries.length === 0) return null;
  return (
    <details>
      <summary>{entries.length} properties</summary>
      <dl>
        {entries.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{typeof value === 'string' ? value : cypherLiteral(value)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function NodeView({ node }: { node: CypherNode }) {
  return (
    <span className="graph-node" title={`Node ${node.elementId}`}>
      <span className="labels">({node.labels.map((label) => `:${label}`).join('')})</span> <strong>{nodeCaption(node)}</strong>
      <Properties properties={node.properties} />
    </span>
  );
}

function RelationshipView({ relationship }: { relationship: CypherRelationship }) {
  return (
    <span className="graph-relationship" title={`Relationship ${relationship.elementId}`}>
      -[:{relationship.type}]-&gt;
      <Properties properties={relationship.properties} />
    </span>
  );
}

/** A cell: nodes, relationships and paths drawn as such; lists item by item; other values as Cypher literals. */
function Value({ value }: { value: CypherValue }): ReactNode {
  if (value === null) return <span className="null">null</span>;
  if (isNode(value)) return <NodeView node={value} />;
  if (isRelationship(value)) return <RelationshipView relationship={value} />;
  if (isPath(value)) {
    return (
      <span className="graph-path">
        {value.nodes.map((node, index) => (
          <span key={node.elementId + index}>
            {index > 0 && <RelationshipView relationship={value.relationships[index - 1]} />}
            <NodeView node={node} />
          </span>
        ))}
      </span>
    );
  }
  if (Array.isArray(value) && value.some((item) => isNode(item) || isRelationship(item) || isPath(item))) {
    return (
      <ol className="list">
        {value.map((item, index) => (
          <li key={index}>
            <Value value={item} />
          </li>
        ))}
      </ol>
    );
  }
  return typeof value === 'string' ? value : cypherLiteral(value);
}

function Results({ answer }: { answer: CypherAnswer }) {
  const ids = entityIds(answer.rows);
  const { rows, truncated, maxRows, elapsedMs } = answer.summary;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      <p id="summary" role="status">
        {rows} row{rows === 1 ? '' : 's'} in {Math.round(elapsedMs)} ms{truncated ? `, cut at the server's limit of ${maxRows}` : ''}.{' '}
        {ids.length > 0 && (
          <a id="open-in-explorer" href={explorerUrl(ids)}>
            {ids.length > MAX_EXPLORER_IDS
              ? `Open the first ${MAX_EXPLORER_IDS} of its ${ids.length} entities in the explorer`
              : `Open its ${ids.length} entit${ids.length === 1 ? 'y' : 'ies'} in the explorer`}
          </a>
        )}
      </p>
      {answer.columns.length > 0 && (
        <div className="table-scroll">
          <table id="results">
            <thead>
              <tr>
                {answer.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {answer.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((value, columnIndex) => (
                    <td key={columnIndex}>
                      <Value value={value} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Refusal({ errors }: { errors: GraphQLError[] }) {
  return (
    <section id="refusal" role="alert" aria-labelledby="refusal-heading">
      <h2 id="refusal-heading">Not run</h2>
      {errors.map((error, index) => (
        <p key={index}>
          <code className="code">{error.extensions?.code ?? 'ERROR'}</code> {error.message}
          {error.extensions?.neo4jCode && <span className="neo4j-code"> (Neo4j: {error.extensions.neo4jCode})</span>}
        </p>
      ))}
    </section>
  );
}

interface CypherEditorApi {
  setValue(value: string): void;
  focus(): void;
}

/** The graph's labels, relationship types and property keys for the editor's completion, reloaded when the key changes. */
function useVocabulary(apiKey: string, procedures: string[]): { schema: EditorSchema; vocabularyNote: string } {
  const [vocabulary, setVocabulary] = useState<Pick<EditorSchema, 'labels' | 'relationshipTypes' | 'propertyKeys'>>({ labels: [], relationshipTypes: [], propertyKeys: [] });
  const [vocabularyNote, setVocabularyNote] = useState('Loading the graph’s labels, relationship types and property keys…');

  useEffect(() => {
    sessionStorage.setItem(KEY_STORAGE, apiKey);
    let current = true;
    // Once the key has stopped changing, not once per keystroke.
    const timer = setTimeout(() => loadVocabulary(() => current), 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [apiKey]);

  function loadVocabulary(isCurrent: () => boolean) {
    runCypher(VOCABULARY, {}, apiKey).then(
      ({ answer, errors }) => {
        if (!isCurrent()) return;
        if (answer) {
          const [labels, relationshipTypes, propertyKeys] = answer.rows[0] as string[][];
          setVocabulary({ labels, relationshipTypes, propertyKeys });
          setVocabularyNote(`Completion knows ${labels.length} labels, ${relationshipTypes.length} relationship types and ${propertyKeys.length} property keys (Ctrl+Space).`);
        } else {
          setVocabularyNote(`No completion of the graph’s names yet: ${errors![0].message}`);
        }
      },
      (error: Error) => isCurrent() && setVocabularyNote(`The graph’s names could not be loaded: ${error.message}`),
    );
  }

  // A new object re-configures the editor, so only when the names change.
  const schema = useMemo<EditorSchema>(() => ({ ...vocabulary, procedures: procedures.map((name) => ({ name, signature: '', returnItems: [] })) }), [vocabulary, procedures]);
  return { schema, vocabularyNote };
}

function PageHeader() {
  return (
    <header>
      <h1>collab-graph Cypher</h1>
      <nav aria-label="collab-graph pages">
        <a href="/graphql">GraphQL</a> · <a href="/explore">Explorer</a>
      </nav>
      <p>Read-only Cypher over the knowledge graph, for researchers. Writes, LOAD CSV, admin commands and most procedures are refused before anything runs.</p>
    </header>
  );
}

function ExamplePicker({ examples, chosen, onChoose }: { examples: CypherPageData['examples']; chosen: number; onChoose(index: number): void }) {
  if (examples.length === 0) return null;
  return (
    <>
      <label htmlFor="example">Examples from the documentation</label>
      <select id="example" value={chosen} onChange={(event) => onChoose(Number(event.target.value))}>
        <option value={-1} disabled>
          Your own query
        </option>
        {examples.map((example, index) => (
          <option key={index} value={index}>
            {example.title}
          </option>
        ))}
      </select>
    </>
  );
}

/** Runs a query with its parameters (JSON text): what the page shows of it. */
async function outcomeOf(query: string, params: string, apiKey: string): Promise<Outcome> {
  let parsed: Record<string, unknown>;
  try {
    parsed = parseParams(params);
  } catch (error) {
    return { state: 'failed', errors: [{ message: (error as Error).message, extensions: { code: 'PARAMETERS_NOT_JSON' } }] };
  }
  try {
    const { answer, errors } = await runCypher(query, parsed, apiKey);
    return answer ? { state: 'done', answer } : { state: 'failed', errors: errors! };
  } catch (error) {
    return { state: 'failed', errors: [{ message: `The request failed: ${(error as Error).message}`, extensions: { code: 'NETWORK' } }] };
  }
}

function CypherPage({ examples, procedures }: CypherPageData) {
  const first = examples[0] ?? { query: 'MATCH (n:Entity) RETURN n LIMIT 10', params: '{}' };
  const [apiKey, setApiKey] = useState(() => sessionStorage.getItem(KEY_STORAGE) ?? '');
  const [params, setParams] = useState(first.params);
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const query = useRef(first.query);
  // Which example the editor holds; -1 once the query is the researcher's own.
  const [chosen, setChosen] = useState(examples.length > 0 ? 0 : -1);
  const editor = useRef<CypherEditorApi | null>(null);

  const { schema, vocabularyNote } = useVocabulary(apiKey, procedures);

  async function run() {
    setOutcome({ state: 'running' });
    setOutcome(await outcomeOf(query.current, params, apiKey));
  }

  function runOnCtrlEnter(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      void run();
    }
  }

  function chooseExample(index: number) {
    const example = examples[index];
    if (!example) return;
    setChosen(index);
    query.current = example.query;
    editor.current?.setValue(example.query);
    setParams(example.params);
  }

  return (
    <>
      <PageHeader />
      <main>
        <section className="inputs" aria-label="Query">
          <label htmlFor="api-key">API key (sent as X-API-Key; Cypher needs the researcher role)</label>
          <input id="api-key" type="password" autoComplete="off" spellCheck={false} value={apiKey} onChange={(event) => setApiKey(event.target.value.trim())} />
          <ExamplePicker examples={examples} chosen={chosen} onChoose={chooseExample} />
          <span className="label" id="query-label">
            Cypher (Ctrl+Enter runs it)
          </span>
          <div id="query" className="editor" aria-labelledby="query-label" onKeyDownCapture={runOnCtrlEnter}>
            <CypherEditor
              value={first.query}
              schema={schema}
              autofocus={false}
              lineWrapping
              onValueChanged={(value: string) => {
                query.current = value;
                if (value !== examples[chosen]?.query) setChosen(-1);
              }}
              onEditorCreated={(created: CypherEditorApi) => {
                editor.current = created;
              }}
            />
          </div>
          <p id="vocabulary" className="hint">
            {vocabularyNote}
          </p>
          <label htmlFor="params">Parameters (JSON; use them in the query as $name)</label>
          <textarea id="params" rows={4} spellCheck={false} value={params} onChange={(event) => setParams(event.target.value)} onKeyDown={runOnCtrlEnter} />
          <button id="run" type="button" onClick={() => void run()} disabled={outcome.state === 'running'}>
            {outcome.state === 'running' ? 'Running…' : 'Run'}
          </button>
        </section>
        <div className="outcome" aria-live="polite">
          {outcome.state === 'failed' && <Refusal errors={outcome.errors} />}
          {outcome.state === 'done' && <Results answer={outcome.answer} />}
        </div>
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<CypherPage {...pageData<CypherPageData>()} />);
