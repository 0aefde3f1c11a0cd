import { parse, type OperationDefinitionNode } from 'graphql';
import { fragmentsOf, operationCost } from '../../src/platform/graphql/limits';
import { graphSchema } from '../../src/app/schema';

const costOf = async (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition') as OperationDefinitionNode;
  return operationCost(await graphSchema(), operation, fragmentsOf(document), variables);
};

describe('query cost', () => {
  it('multiplies list sizes down the tree and counts connections at their default page', async () => {
    // institutions (1) + nodes (10) + projects (10) + their nodes (10 x 20 default)
    expect(await costOf('{ institutions(first: 10) { nodes { name projects { nodes { name } } } } }')).toBe(1 + 10 + 10 + 200);
  });

  it('reads sizes from variables and counts fragments where they are spread', async () => {
    const query = `query($n: Int!) { institutions(first: $n) { ...Names } } fragment Names on InstitutionConnection { nodes { name country { name } } }`;
    expect(await costOf(query, { n: 5 })).toBe(1 + 5 + 5);
  });

  it('ignores scalars and introspection', async () => {
    expect(await costOf('{ __typename }')).toBe(0);
  });
});
