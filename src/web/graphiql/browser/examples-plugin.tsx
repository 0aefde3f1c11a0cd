import { pick, useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import type { IdeExample, IdeExampleGroup } from '../ide-example';

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <path d="M4 5h16M4 10h16M4 15h10M4 20h7" />
    </svg>
  );
}

/**
 * The documented examples, grouped by who they are for. Choosing one opens it in a new tab and keeps
 * the current tab's headers, so an API key typed once goes along.
 */
function ExamplesPanel({ groups }: { groups: IdeExampleGroup[] }) {
  const { addTab } = useGraphiQLActions();
  const { queryEditor, variableEditor, headerEditor } = useGraphiQL(pick('queryEditor', 'variableEditor', 'headerEditor'));
  const open = (example: IdeExample) => {
    const headers = headerEditor?.getValue() ?? '';
    addTab();
    queryEditor?.setValue(example.query);
    variableEditor?.setValue(example.variables ?? '');
    headerEditor?.setValue(headers);
  };
  return (
    <div className="examples-panel">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p>From the documentation, each checked by the test suite against the seed graph. Choose one to open it in a new tab, then run it (Ctrl+Enter).</p>
      {groups.map((group) => (
        <section key={group.audience} aria-label={`Examples for ${group.title}`}>
          <h3>{group.title}</h3>
          <ul>
            {group.examples.map((example) => (
              <li key={example.name}>
                <button type="button" className="graphiql-un-styled" data-example={example.name} onClick={() => open(example)}>
                  {example.title}
                </button>
                {example.role && <span className="needs-role">needs a {example.role}&apos;s API key in Headers</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function examplesPlugin(groups: IdeExampleGroup[]): GraphiQLPlugin {
  return { title: 'Examples', icon: ExamplesIcon, content: () => <ExamplesPanel groups={groups} /> };
}
