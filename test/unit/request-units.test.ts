import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { fragmentsOf, operationCost } from '../../src/platform/graphql/limits';
import { graphSchema } from '../../src/app/schema';
import { SLOT_UNITS } from '../../src/app/http/admission';
import { operationUnits } from '../../src/app/http/request-units';

describe('admission units of a request', () => {
  let unitsOf: (query: string, variables?: Record<string, unknown>) => number;
  beforeAll(async () => {
    const schema = await graphSchema();
    // As the cost gate weighs a request: the one cost estimate, then the units from it.
    unitsOf = (query, variables = {}) => {
      const document = parse(query);
      const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
      return operationUnits(operation, operationCost(schema, operation, fragmentsOf(document), variables));
    };
  });

  it('weighs a query by the objects it may return', () => {
    expect(unitsOf('{ search(text: "CATTC", first: 10) { id name } }')).toBe(1);
    const dashboard = '{ institutions(first: 100) { nodes { name projects(first: 100) { nodes { name domains(first: 10) { nodes { name } } } } } } }';
    expect(unitsOf(dashboard)).toBe(SLOT_UNITS);
    // Page sizes given as variables count too.
    const byVariables = 'query ($n: Int) { institutions(first: $n) { nodes { name projects(first: $n) { nodes { name } } } } }';
    expect(unitsOf(byVariables, { n: 5 })).toBe(1);
    expect(unitsOf(byVariables, { n: 100 })).toBe(SLOT_UNITS);
  });

  it('gives a proposal one unit: its seconds are spent in the threads and queue of the proposer', () => {
    const propose = 'query ($input: ProposeDocumentInput!) { proposeDocument(input: $input) { entities { id aliases { alias } mentions { start } } relations { type } document } }';
    expect(unitsOf(propose, { input: { text: 'x' } })).toBe(1);
    expect(unitsOf('{ proposeDocument(input: {text: "x"}) { document } neighbourhood(id: "x") { nodes { id } } }')).toBe(SLOT_UNITS);
  });

  it('gives a whole place to what its cost does not describe', () => {
    expect(unitsOf('mutation { addAliases(id: "x", aliases: ["y"]) { id } }')).toBe(SLOT_UNITS);
    expect(unitsOf('{ neighbourhood(id: "x", depth: 2, limit: 200) { nodes { id } } }')).toBe(SLOT_UNITS);
    expect(unitsOf('{ ...Roots } fragment Roots on Query { institutions(first: 1) { nodes { name } } }')).toBe(SLOT_UNITS);
  });
});
