import { XMLParser } from 'fast-xml-parser';

// The page's helpers are a plain browser script that also loads as CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const lib = require('../../src/explorer/public/explorer-lib.js') as {
  typeColour(type: string): string;
  heatColour(weight: number, max: number): string;
  heatText(weight: number, max: number): string;
  toGraphML(nodes: object[], edges: object[]): string;
};

describe('the explorer helpers', () => {
  it('gives every entity type its own colour', () => {
    const types = ['Institution', 'Country', 'CountryGroup', 'Place', 'Project', 'Platform', 'Event', 'Network', 'Agreement', 'Domain', 'Initiative'];
    expect(new Set(types.map(lib.typeColour)).size).toBe(types.length);
  });

  it('darkens the heat scale with the weight and keeps the text readable', () => {
    const lightness = (colour: string) => Number(/(\d+)%\)$/.exec(colour)![1]);
    expect(lightness(lib.heatColour(0, 4))).toBeGreaterThan(lightness(lib.heatColour(2, 4)));
    expect(lightness(lib.heatColour(2, 4))).toBeGreaterThan(lightness(lib.heatColour(4, 4)));
    expect([lib.heatText(1, 4), lib.heatText(4, 4)]).toEqual(['#111111', '#ffffff']);
  });

  it('writes GraphML that parses back to the same nodes, edges and evidence, escaping what XML needs', () => {
    const nodes = [
      { id: 'a', label: 'A & <B> "C"', type: 'Institution', kind: 'UNIVERSITY' },
      { id: 'b', label: 'B', type: 'Project', kind: 'RESEARCH_PROJECT' },
    ];
    const edges = [{ id: 'a:PARTICIPATES_IN:b', source: 'a', target: 'b', type: 'PARTICIPATES_IN', evidence: [{ quote: "it's <here>" }] }];
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['node', 'edge', 'data'].includes(name) }).parse(lib.toGraphML(nodes, edges));
    const graph = xml.graphml.graph;
    expect(graph.node.map((node: any) => [node.id, node.data.find((item: any) => item.key === 'label')['#text']])).toEqual([
      ['a', 'A & <B> "C"'],
      ['b', 'B'],
    ]);
    expect(graph.edge[0]).toMatchObject({ source: 'a', target: 'b' });
    expect(JSON.parse(graph.edge[0].data.find((item: any) => item.key === 'edge_evidence')['#text'])).toEqual([{ quote: "it's <here>" }]);
  });
});
