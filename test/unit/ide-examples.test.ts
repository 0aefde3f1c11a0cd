import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { docFiles, ideExamples } from '../../src/web/graphiql/graphiql.examples';
import { readmeExamples } from '../support/readme-examples';

const example = (name: string, role = '') => `<!-- example: ${name}${role ? ` as ${role}` : ''} -->
\`\`\`graphql
{ ${name.replace(/-/g, '')} }
\`\`\`
\`\`\`json
{}
\`\`\`
`;

describe('the examples the IDE offers', () => {
  it('are every documented example, grouped for researchers, dashboards and analysts', () => {
    const groups = ideExamples();
    expect(groups.map((group) => group.audience).slice(0, 3)).toEqual(['researchers', 'dashboards', 'analysts']);
    expect(groups.flatMap((group) => group.examples.map((item) => item.name)).sort()).toEqual(readmeExamples().map((item) => item.name).sort());
  });

  it('take their titles from the sentence that introduces them, and their group from the guide or the nearest heading', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ide-examples-'));
    fs.mkdirSync(path.join(root, 'docs'));
    fs.writeFileSync(
      path.join(root, 'README.md'),
      `# Tool\n\n## Examples\n\n### Dashboards: lists\n\nCounts by type (all of them), per country:\n\n${example('counts')}\n## Curating\n\n1. Add an entity. Then link it:\n\n${example('create', 'editor')}\n## Operations\n\n${example('health')}`,
    );
    fs.writeFileSync(path.join(root, 'docs', 'researchers.md'), `# For researchers\n\nWhich institutions share a project?\n\n${example('cypher-shared', 'researcher')}`);
    const groups = ideExamples(docFiles(root));
    expect(groups.map((group) => [group.audience, group.examples.map((item) => [item.name, item.title, item.role])])).toEqual([
      ['researchers', [['cypher-shared', 'Which institutions share a project?', 'researcher']]],
      ['dashboards', [['counts', 'Counts by type, per country', undefined]]],
      ['curators', [['create', 'Add an entity.', 'editor']]],
      ['other', [['health', 'health', undefined]]],
    ]);
    expect(groups[1].examples[0].query).toBe('# Counts by type, per country\n{ counts }\n');
  });
});
