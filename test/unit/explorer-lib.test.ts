import { XMLParser } from 'fast-xml-parser';
import { citedSentences, isQuestion, type AskAnswer } from '../../src/web/explorer/browser/answer';
import { pathsAsOf, touchedNodes } from '../../src/web/explorer/browser/as-of';
import { heatColour, heatText, typeColour } from '../../src/web/explorer/browser/colours';
import { countryRegions, crossBorderPairs } from '../../src/web/explorer/browser/regions';
import { viewGraphML } from '../../src/web/explorer/browser/graphml-view';
import { withSeededRandom } from '../../src/web/explorer/browser/seeded-random';
import { separate, type Box, type SeparatedItem, type SeparatedRegion } from '../../src/web/explorer/browser/separate';
import type { EdgeEnds, NodeLabel } from '../../src/web/explorer/browser/view';

/** The explorer's pure helpers, as the page's modules export them. */
const lib = { typeColour, heatColour, heatText, viewGraphML, countryRegions, crossBorderPairs, separate, withSeededRandom, pathsAsOf, touchedNodes };

type ViewNode = NodeLabel;
type ViewEdge = EdgeEnds;
type Item = SeparatedItem;

const node = (id: string, type: string): ViewNode => ({ id, label: id.toUpperCase(), type });
const edge = (source: string, type: string, target: string): ViewEdge => ({ source, type, target });
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

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
    const edges = [{ id: 'a:PARTICIPATES_IN:b', source: 'a', target: 'b', type: 'PARTICIPATES_IN', evidence: [{ quote: "it's <here>", source: null }] }];
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['node', 'edge', 'data'].includes(name) }).parse(lib.viewGraphML(nodes, edges));
    const graph = xml.graphml.graph;
    expect(graph.node.map((node: any) => [node.id, node.data.find((item: any) => item.key === 'label')['#text']])).toEqual([
      ['a', 'A & <B> "C"'],
      ['b', 'B'],
    ]);
    expect(graph.edge[0]).toMatchObject({ source: 'a', target: 'b' });
    expect(JSON.parse(graph.edge[0].data.find((item: any) => item.key === 'edge_evidence')['#text'])).toEqual([{ quote: "it's <here>", source: null }]);
  });

  describe('the overview', () => {
    // Two countries, one in a group; a city in one; a venue in the city; one institution in two countries;
    // a network membership and a country attending an event, which place nothing.
    const nodes = [
      node('asean', 'CountryGroup'),
      node('thailand', 'Country'),
      node('laos', 'Country'),
      node('china', 'Country'),
      node('malaysia', 'Country'),
      node('nanning', 'Place'),
      node('forum', 'Event'),
      node('gxdst', 'Institution'),
      node('most', 'Institution'),
      node('mahidol', 'Institution'),
      node('everywhere', 'Institution'),
      node('project', 'Project'),
      node('network', 'Network'),
    ];
    const edges = [
      edge('thailand', 'MEMBER_OF', 'asean'),
      edge('laos', 'MEMBER_OF', 'asean'),
      edge('nanning', 'LOCATED_IN', 'china'),
      edge('forum', 'HELD_IN', 'nanning'),
      edge('gxdst', 'LOCATED_IN', 'nanning'),
      edge('most', 'LOCATED_IN', 'china'),
      edge('mahidol', 'LOCATED_IN', 'thailand'),
      edge('everywhere', 'LOCATED_IN', 'china'),
      edge('everywhere', 'LOCATED_IN', 'thailand'),
      edge('gxdst', 'PARTICIPATES_IN', 'project'),
      edge('mahidol', 'PARTICIPATES_IN', 'project'),
      edge('gxdst', 'COOPERATES_WITH', 'most'),
      edge('mahidol', 'MEMBER_OF', 'network'),
      edge('thailand', 'ATTENDED', 'forum'),
    ];

    it('groups entities by the country they are in, directly or through a place, and countries by their group', () => {
      const { regions, parents } = lib.countryRegions(nodes, edges);
      expect(regions).toEqual([
        { id: 'region:asean', label: 'ASEAN', territory: 'asean', parent: null },
        { id: 'region:china', label: 'CHINA', territory: 'china', parent: null },
        { id: 'region:thailand', label: 'THAILAND', territory: 'thailand', parent: 'region:asean' },
      ]);
      expect(Object.fromEntries(parents)).toEqual({
        asean: 'region:asean',
        laos: 'region:asean',
        thailand: 'region:thailand',
        mahidol: 'region:thailand',
        china: 'region:china',
        nanning: 'region:china',
        forum: 'region:china',
        gxdst: 'region:china',
        most: 'region:china',
      });
    });

    it('suggests paths between the best-connected institutions of different regions', () => {
      const { parents } = lib.countryRegions(nodes, edges);
      const pairs = lib.crossBorderPairs(nodes, edges, parents, 3);
      expect(pairs.map((pair) => [pair.from.id, pair.to.id])).toEqual([['gxdst', 'mahidol']]);
    });

    it('moves labelled boxes apart until none overlap, keeping each region around its members', () => {
      // Ten wide labels piled near one point, four of them in a region nested in another.
      const box = { x1: -40, y1: -6, x2: 40, y2: 14 };
      const items: Item[] = Array.from({ length: 10 }, (_, index) => ({ x: index % 3, y: index % 2, box, region: index < 2 ? 'region:inner' : index < 4 ? 'region:outer' : null }));
      const regions: SeparatedRegion[] = [
        { id: 'region:outer', parent: null, padding: 10, label: { w: 50, h: 14 } },
        { id: 'region:inner', parent: 'region:outer', padding: 10, label: { w: 120, h: 14 } },
      ];
      const positions = lib.separate(items, regions, { gap: 4, aspect: 1.5 });
      const boxes = positions.map((at) => ({ x1: at.x + box.x1, y1: at.y + box.y1, x2: at.x + box.x2, y2: at.y + box.y2 }));
      const around = (members: number[], padding: number, label: { w: number; h: number }) => {
        const x1 = Math.min(...members.map((index) => boxes[index].x1)) - padding;
        const x2 = Math.max(...members.map((index) => boxes[index].x2)) + padding;
        const y1 = Math.min(...members.map((index) => boxes[index].y1)) - padding;
        const middle = (x1 + x2) / 2;
        return { x1: Math.min(x1, middle - label.w / 2), x2: Math.max(x2, middle + label.w / 2), y1: y1 - label.h, y2: Math.max(...members.map((index) => boxes[index].y2)) + padding };
      };
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect([i, j, overlap(boxes[i], boxes[j])]).toEqual([i, j, false]);
      const inner = around([0, 1], 10, regions[1].label);
      const outer = around([0, 1, 2, 3], 10, regions[0].label);
      expect([2, 3].map((index) => overlap(inner, boxes[index]))).toEqual([false, false]);
      expect([4, 5, 6, 7, 8, 9].map((index) => overlap(outer, boxes[index]))).toEqual([false, false, false, false, false, false]);
      expect(lib.separate(items, regions, { gap: 4, aspect: 1.5 })).toEqual(positions);
    });

    it('seeds Math.random for one run only, even when the run fails', () => {
      const unseeded = Math.random;
      const draw = () => [Math.random(), Math.random()];
      expect(lib.withSeededRandom(15, draw)).toEqual(lib.withSeededRandom(15, draw));
      expect(lib.withSeededRandom(15, draw)).not.toEqual(lib.withSeededRandom(16, draw));
      expect(() =>
        lib.withSeededRandom(1, () => {
          throw new Error('layout failed');
        }),
      ).toThrow('layout failed');
      expect(Math.random).toBe(unseeded);
    });
  });

  describe('as of a date', () => {
    const step = (...dates: (string | null)[]) => ({ evidence: dates.map((publishedOn) => ({ source: publishedOn ? { publishedOn } : null })) });
    const older = { id: 'older', steps: [step('2021-09-27'), step('2021-09-27', '2025-03-01')] };
    const newer = { id: 'newer', steps: [step('2021-09-27'), step('2025-03-01')] };
    const unsourced = { id: 'unsourced', steps: [step(null)] };

    it('keeps the paths every step of which a source published by the date states, the day itself included', () => {
      expect(lib.pathsAsOf([older, newer, unsourced], '2024-12-31').map((path) => path.id)).toEqual(['older']);
      expect(lib.pathsAsOf([older, newer, unsourced], '2025-03-01').map((path) => path.id)).toEqual(['older', 'newer']);
      expect(lib.pathsAsOf([older, newer], '')).toEqual([older, newer]);
    });

    it('draws the nodes an edge touches and the ones asked to be kept', () => {
      const nodes = ['a', 'b', 'c', 'loner'].map((id) => ({ id, label: id, type: 'Institution' }));
      const kept = lib.touchedNodes(nodes, [{ source: 'a', target: 'b' }], ['loner']);
      expect(kept.map((node) => node.id)).toEqual(['a', 'b', 'loner']);
    });
  });
});

describe('questions in the search box', () => {
  it('sends questions to ask and names to the name search', () => {
    expect(isQuestion('How is the China-ASEAN Information Harbor connected to ASEAN?')).toBe(true);
    expect(isQuestion('who takes part in the ninth forum')).toBe(true);
    expect(isQuestion('Mahidol')).toBe(false);
    expect(isQuestion('China-ASEAN Technology Transfer Center')).toBe(false);
    // A name that starts like a question is still a name while it is short.
    expect(isQuestion('Show Lab')).toBe(false);
  });

  it('gives each sentence of an answer the quotes that back it, in order', () => {
    const source = { title: 't', publisher: 'p', publishedOn: '2021-09-27' };
    const answer: AskAnswer = {
      text: 'A. B.',
      sentences: ['A.', 'B.'],
      refused: false,
      reason: null,
      suggestions: [],
      citations: [
        { sentence: 1, quote: 'q2', source },
        { sentence: 0, quote: 'q1', source },
        { sentence: 1, quote: 'q3', source },
      ],
      entities: [],
      interpretation: { intent: 'ABOUT', reading: 'about A', entities: [] },
      query: null,
    };
    expect(citedSentences(answer).map(({ sentence, quotes }) => [sentence, quotes.map((quote) => quote.quote)])).toEqual([
      ['A.', ['q1']],
      ['B.', ['q2', 'q3']],
    ]);
  });
});
