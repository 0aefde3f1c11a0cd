/**
 * The page served at GET /graphql for browsers. Apollo's default landing page loads from a CDN,
 * which offline users cannot reach; this one is self-contained: a query editor, example queries,
 * and the list of root fields from introspection.
 */
const EXAMPLES: Record<string, string> = {
  'Who ran the Chinese–Thai antiviral study?': `{
  projects(filter: { search: "Coronavirus" }) {
    nodes {
      name
      participants {
        edges {
          node { name country { name } }
          role
          evidence { quote source { title } }
        }
      }
      domains { nodes { name } }
    }
  }
}`,
  'Search names and abbreviations': `{
  search(text: "CATTC") { score node { __typename id name aliases } }
}`,
  'Most connected institutions': `{
  institutions(first: 5, orderBy: { field: DEGREE, direction: DESC }) {
    totalCount
    nodes { name kind country { name } }
  }
}`,
};

export const LANDING_PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>collab-graph GraphQL</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #1d2330; }
  header { padding: 12px 20px; background: #1d3557; color: #fff; }
  header h1 { margin: 0; font-size: 18px; }
  main { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; padding: 12px 20px; }
  label { display: block; font-weight: 600; margin: 8px 0 4px; }
  textarea, pre, select { width: 100%; box-sizing: border-box; font: 13px/1.4 ui-monospace, monospace; }
  textarea { border: 1px solid #9aa4b5; border-radius: 4px; padding: 8px; }
  pre { background: #f4f6fa; border: 1px solid #d5dae3; border-radius: 4px; padding: 8px; min-height: 420px; overflow: auto; margin: 0; }
  button { margin-top: 8px; padding: 6px 16px; font-weight: 600; background: #1d3557; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
  button:focus, textarea:focus, select:focus { outline: 3px solid #f4a261; }
  #fields { font-size: 12px; color: #4a5568; }
</style>
</head>
<body>
<header><h1>collab-graph: China–ASEAN technology collaboration, every fact with its source</h1></header>
<main>
  <section aria-label="Query">
    <label for="example">Example queries</label>
    <select id="example"><option value="">Choose an example…</option></select>
    <label for="query">Query (Ctrl+Enter runs it)</label>
    <textarea id="query" rows="18" spellcheck="false"></textarea>
    <label for="variables">Variables (JSON)</label>
    <textarea id="variables" rows="4" spellcheck="false">{}</textarea>
    <button id="run" type="button">Run query</button>
    <p id="fields" aria-live="polite"></p>
  </section>
  <section aria-label="Result">
    <label for="result">Result</label>
    <pre id="result" tabindex="0" aria-live="polite"></pre>
  </section>
</main>
<script>
  const examples = ${JSON.stringify(EXAMPLES)};
  const select = document.getElementById('example');
  const query = document.getElementById('query');
  const variables = document.getElementById('variables');
  const result = document.getElementById('result');
  for (const title of Object.keys(examples)) select.add(new Option(title, title));
  select.addEventListener('change', () => { if (select.value) query.value = examples[select.value]; });
  query.value = examples[Object.keys(examples)[0]];
  async function post(body) {
    const response = await fetch(location.pathname, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return response.json();
  }
  async function run() {
    let vars;
    try { vars = JSON.parse(variables.value || '{}'); } catch (e) { result.textContent = 'Variables are not valid JSON: ' + e.message; return; }
    result.textContent = 'Running…';
    try { result.textContent = JSON.stringify(await post({ query: query.value, variables: vars }), null, 2); }
    catch (e) { result.textContent = 'Request failed: ' + e.message; }
  }
  document.getElementById('run').addEventListener('click', run);
  query.addEventListener('keydown', (event) => { if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) run(); });
  post({ query: '{ __schema { queryType { fields { name } } } }' })
    .then((answer) => { document.getElementById('fields').textContent = 'Root fields: ' + answer.data.__schema.queryType.fields.map((f) => f.name).join(', '); })
    .catch(() => {});
</script>
</body>
</html>
`;
