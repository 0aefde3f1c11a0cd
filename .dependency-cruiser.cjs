/**
 * The layers, top to bottom: app (the assembly: main, HTTP front, schema, CLIs) · web (the pages) and
 * features (the API) · engine (compiler, database, model, documents) · platform (config, auth,
 * observability, the GraphQL toolkit). A layer imports only those below it; nothing forms a circle.
 * The pages (web) may use what the features export (the Cypher page lists the guard's procedures).
 * Type-only imports count too (tsPreCompilationDeps): a type is a dependency as well.
 * `npx depcruise src` checks it; test/unit/architecture.test.ts runs it in the suite.
 */
const below = {
  platform: [],
  engine: ['platform'],
  features: ['engine', 'platform'],
  web: ['features', 'engine', 'platform'],
};
const layerRules = Object.entries(below).map(([layer, allowed]) => ({
  name: `${layer}-imports-only-below`,
  comment: `src/${layer} may import ${allowed.length ? allowed.map((l) => `src/${l}`).join(', ') : 'no other layer'}`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: '^src/', pathNot: [`^src/${layer}/`, ...allowed.map((l) => `^src/${l}/`)] },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'files that import each other in a loop', from: {}, to: { circular: true } },
    ...layerRules,
    {
      name: 'layers-only',
      comment: 'every file of src/ stands in one of the layers',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(app|web|features|engine|platform)/' },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)browser/.*\\.css$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
