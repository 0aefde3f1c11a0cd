import { parse } from 'graphql';
import { documentMaxAge, ENTITY_MAX_AGE } from '../../src/platform/graphql/cache-control';
import { graphSchema } from '../../src/app/schema';

describe('cache policy from @cacheControl hints', () => {
  const ageOf = async (query: string) => documentMaxAge(await graphSchema(), parse(query));

  it('lets entity data be cached for the entity max-age', async () => {
    expect(await ageOf('{ institutions { totalCount nodes { name country { name } projects { nodes { id } } } } }')).toBe(ENTITY_MAX_AGE);
    expect(await ageOf('{ paths(from: "a", to: "b") { length steps { explanation } } }')).toBe(ENTITY_MAX_AGE);
  });

  it('takes the shortest age in the document', async () => {
    expect(await ageOf('{ sources { title } }')).toBe(3600);
    expect(await ageOf('{ sources { title } node(id: "x") { id } }')).toBe(ENTITY_MAX_AGE);
  });

  it('ignores introspection and __typename', async () => {
    expect(await ageOf('{ __typename node(id: "x") { __typename id } }')).toBe(ENTITY_MAX_AGE);
    expect(await ageOf('{ __schema { queryType { name } } }')).toBe(0);
  });
});
