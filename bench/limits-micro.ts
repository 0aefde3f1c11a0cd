/**
 * `npx tsc -p tsconfig.bench.json && node dist/bench/limits-micro.js`: our depth, alias, directive and cost limits against graphql-armor's
 * (docs/architecture.md, "Request limits"), on the benchmark's documents and GraphiQL's introspection
 * query: microseconds per document, and whether each counts what ours counts.
 */
import 'reflect-metadata';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { getIntrospectionQuery, Kind, parse, TypeInfo, ValidationContext, visit, type DocumentNode, type OperationDefinitionNode, type ValidationRule } from 'graphql';
import { DEFAULT_LIMITS, fragmentsOf, limitRules, operationCost } from '../src/platform/graphql/limits';
import { graphSchema } from '../src/app/schema';

const DOCUMENTS: Record<string, string> = {
  entity: '{ node(id: "x") { id name relationships(types: [PARTICIPATES_IN], direction: OUT, first: 50) { edges { node { id name } evidence { quote } } } } }',
  dashboard: '{ institutions(first: 100) { nodes { id name projects(first: 100) { nodes { id name domains(first: 10) { nodes { id name } } } } } } }',
  fragments:
    'query { a: institutions(first: 5) { ...Page } b: projects(first: 5) { nodes { id n: name @include(if: true) } } } fragment Page on InstitutionConnection { nodes { id x: name y: aliases @skip(if: false) } }',
  introspection: getIntrospectionQuery(),
};

/** The least time of several repeats: on a shared machine, the others only add noise. */
function microseconds(work: () => void): number {
  for (let i = 0; i < 500; i += 1) work();
  let least = Number.POSITIVE_INFINITY;
  for (let repeat = 0; repeat < 9; repeat += 1) {
    const rounds = 1_000;
    const started = process.hrtime.bigint();
    for (let i = 0; i < rounds; i += 1) work();
    least = Math.min(least, Number(process.hrtime.bigint() - started) / 1_000 / rounds);
  }
  return least;
}

async function main() {
  const schema = await graphSchema();
  // Depth is armor's already (limitRules), so its row times the same rule twice.
  const [ourDepth, ourAliases, ourDirectives] = limitRules(DEFAULT_LIMITS);
  const found: Record<string, number> = {};
  const counting = (name: string) => [(_context: unknown, accepted: { n: number }) => (found[name] = accepted.n)];
  const armor: Record<string, ValidationRule> = {
    depth: maxDepthRule({ n: 1_000, flattenFragments: true, ignoreIntrospection: false, onAccept: counting('depth') }) as ValidationRule,
    aliases: maxAliasesRule({ n: 1_000, onAccept: counting('aliases') }) as ValidationRule,
    directives: maxDirectivesRule({ n: 1_000, onAccept: counting('directives') }) as ValidationRule,
    cost: costLimitRule({ maxCost: 100_000_000, onAccept: counting('cost') }) as ValidationRule,
  };
  const ours: Record<string, ValidationRule> = { depth: ourDepth, aliases: ourAliases, directives: ourDirectives };
  const rows = ['| document | limit | ours µs | graphql-armor µs | armor counts |', '|---|---|---|---|---|'];
  // A rule's own time: one walk of the document with the rule's visitor alone, as validate() would run it.
  const ruleMicroseconds = (document: DocumentNode, rule: ValidationRule) =>
    microseconds(() => {
      const context = new ValidationContext(schema, document, new TypeInfo(schema), () => {});
      visit(document, rule(context));
    });
  for (const [name, text] of Object.entries(DOCUMENTS)) {
    const document: DocumentNode = parse(text);
    const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
    for (const limit of ['depth', 'aliases', 'directives', 'cost']) {
      const oursUs = limit === 'cost' ? microseconds(() => operationCost(schema, operation, fragmentsOf(document), {})) : ruleMicroseconds(document, ours[limit]);
      const armorUs = ruleMicroseconds(document, armor[limit]);
      rows.push(`| ${name} | ${limit} | ${oursUs.toFixed(1)} | ${armorUs.toFixed(1)} | ${found[limit]}${limit === 'cost' ? ` (ours: ${operationCost(schema, operation, fragmentsOf(document), {})})` : ''} |`);
    }
  }
  process.stdout.write(`${rows.join('\n')}\n`);
}

void main();
