import fs from 'node:fs';
import { graphSchema, printedSchema, SCHEMA_FILE } from '../../src/app/schema';

describe('schema/schema.graphql', () => {
  it('is the SDL the code prints (run `npm run schema` after changing the API)', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printedSchema());
  });

  it('gives every entity type the Node interface, a list query and the generic relationships field', async () => {
    const sdl = await printedSchema();
    const queries = (await graphSchema()).getQueryType()!.getFields();
    for (const [type, query] of [
      ['Institution', 'institutions'],
      ['Country', 'countries'],
      ['CountryGroup', 'countryGroups'],
      ['Place', 'places'],
      ['Project', 'projects'],
      ['Platform', 'platforms'],
      ['Event', 'events'],
      ['Network', 'networks'],
      ['Agreement', 'agreements'],
      ['Domain', 'domains'],
      ['Initiative', 'initiatives'],
    ]) {
      expect(sdl).toContain(`type ${type} implements Node {`);
      expect(String(queries[query].type)).toBe(`${type}Connection!`);
      expect(queries[query].args.map((arg) => `${arg.name}: ${String(arg.type)}`)).toEqual([
        'first: Int!',
        'after: String',
        `filter: ${type}Filter`,
        'orderBy: EntityOrderInput',
      ]);
    }
    expect(sdl.match(/\n {2}relationships\(/g)).toHaveLength(12);
  });
});
