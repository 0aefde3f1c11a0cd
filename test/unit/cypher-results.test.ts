import { entityIds, explorerUrl, isNode, isRelationship, MAX_EXPLORER_IDS, nodeCaption, type CypherValue } from '../../src/web/cypher/browser/cypher-results';

const node = (id: string | undefined, labels = ['Entity', 'Institution'], name?: string): CypherValue => ({
  kind: 'node',
  elementId: `4:x:${id ?? 'none'}`,
  labels,
  properties: { ...(id ? { id } : {}), ...(name ? { name } : {}) },
});
const relationship: CypherValue = { kind: 'relationship', elementId: '5:x:1', type: 'LOCATED_IN', startElementId: '4:x:a', endElementId: '4:x:b', properties: { id: 'a:LOCATED_IN:b' } };

describe('reading cypher results', () => {
  it('tells the driver’s graph values from maps a query built with a kind key', () => {
    expect(isNode(node('a'))).toBe(true);
    expect(isRelationship(relationship)).toBe(true);
    expect(isRelationship({ kind: 'relationship', id: 'a:LOCATED_IN:b' })).toBe(false);
    expect(isNode({ kind: 'node', name: 'x' })).toBe(false);
  });

  it('names a node by name, then title, then id, then element id', () => {
    expect(nodeCaption(node('mahidol-university', undefined, 'Mahidol University') as any)).toBe('Mahidol University');
    expect(nodeCaption(node('thailand') as any)).toBe('thailand');
    expect(nodeCaption(node(undefined, ['Source']) as any)).toBe('4:x:none');
  });

  it('collects the entities anywhere in a result, once each, in order, and only entities', () => {
    const path: CypherValue = { kind: 'path', nodes: [node('a'), node('b')], relationships: [relationship] };
    const rows: CypherValue[][] = [
      [node('c'), [node('a'), node('d')], { nested: node('e') }],
      [path, node('c'), node(undefined, ['Source']), node('source-1', ['Source']), 'plain'],
    ];
    expect(entityIds(rows)).toEqual(['c', 'a', 'd', 'e', 'b']);
  });

  it('links at most MAX_EXPLORER_IDS entities, each id encoded', () => {
    expect(explorerUrl(['a b', 'c'])).toBe('/explore?ids=a%20b,c');
    const many = Array.from({ length: MAX_EXPLORER_IDS + 5 }, (_, index) => `e${index}`);
    expect(new URL(explorerUrl(many), 'http://x').searchParams.get('ids')!.split(',')).toHaveLength(MAX_EXPLORER_IDS);
  });
});
