import { XMLParser } from 'fast-xml-parser';
import type { Database } from '../../src/engine/db/database';
import { CSV_ARRAY_DELIMITER } from '../../src/features/export/export.formats';
import type { RunningHttpServer } from '../../src/app/http/http-server';
import { seededDatabase, startTestServer } from '../support/graph';

interface GraphView {
  nodes: Map<string, { type: string; name: string; quotes: string[] }>;
  edges: Map<string, { type: string; quotes: string[] }>;
}

/** The graph as the database holds it, in the shape every format is compared with. */
async function graphFromDatabase(db: Database, ids?: string[]): Promise<GraphView> {
  const nodes = await db.read(
    `MATCH (n:Entity) WHERE $ids IS NULL OR n.id IN $ids
     RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, n.name AS name, n.evidenceQuotes AS quotes`,
    { ids: ids ?? null },
  );
  const edges = await db.read(
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE $ids IS NULL OR (a.id IN $ids AND b.id IN $ids)
     RETURN a.id + ' ' + type(r) + ' ' + b.id AS key, type(r) AS type, r.evidenceQuotes AS quotes`,
    { ids: ids ?? null },
  );
  return {
    nodes: new Map(nodes.map((row) => [row.id as string, { type: row.type as string, name: row.name as string, quotes: row.quotes as string[] }])),
    edges: new Map(edges.map((row) => [row.key as string, { type: row.type as string, quotes: row.quotes as string[] }])),
  };
}

/** A small RFC 4180 reader, enough for the files the exporter writes. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
    } else field += char;
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index]])));
}

describe('export', () => {
  let db: Database;
  let server: RunningHttpServer;
  let base: string;
  const get = (query: string) => fetch(`${base}/export?${query}`);

  beforeAll(async () => {
    db = await seededDatabase();
    server = await startTestServer(db);
    base = server.url.replace('/graphql', '');
  });
  afterAll(async () => {
    await server.close(1_000);
    await db.close();
  });

  it('GraphML: parses as GraphML and holds every node, edge and quote of the graph', async () => {
    const response = await get('format=graphml');
    expect(response.headers.get('content-type')).toContain('application/graphml+xml');
    expect(response.headers.get('content-disposition')).toContain('collab-graph.graphml');
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['node', 'edge', 'data', 'key'].includes(name) }).parse(await response.text());
    const graph = xml.graphml.graph;
    expect(graph.edgedefault).toBe('directed');
    const dataOf = (element: { data: { key: string; '#text': unknown }[] }) => Object.fromEntries(element.data.map((item) => [item.key, String(item['#text'])]));
    const exported: GraphView = {
      nodes: new Map(
        graph.node.map((node: any) => {
          const data = dataOf(node);
          return [node.id, { type: data.type, name: data.label, quotes: JSON.parse(data.evidence).map((item: { quote: string }) => item.quote) }];
        }),
      ),
      edges: new Map(
        graph.edge.map((edge: any) => {
          const data = dataOf(edge);
          return [`${edge.source} ${data.edge_type} ${edge.target}`, { type: data.edge_type, quotes: JSON.parse(data.edge_evidence).map((item: { quote: string }) => item.quote) }];
        }),
      ),
    };
    expect(exported).toEqual(await graphFromDatabase(db));
  });

  it('JSON: nodes and edges with evidence, equal to the graph', async () => {
    const body = (await (await get('format=json')).json()) as { nodes: any[]; edges: any[] };
    const exported: GraphView = {
      nodes: new Map(body.nodes.map((node) => [node.id, { type: node.type, name: node.name, quotes: node.evidence.map((item: { quote: string }) => item.quote) }])),
      edges: new Map(body.edges.map((edge) => [`${edge.source} ${edge.type} ${edge.target}`, { type: edge.type, quotes: edge.evidence.map((item: { quote: string }) => item.quote) }])),
    };
    expect(exported).toEqual(await graphFromDatabase(db));
    expect(body.nodes[0].evidence[0]).toEqual({ sourceId: 'china-asean-tech-transfer-2021-09-27', quote: expect.any(String) });
  });

  it('CSV: neo4j-admin headers, typed columns, equal to the graph', async () => {
    const nodesText = await (await get('format=csv-nodes')).text();
    const edgesText = await (await get('format=csv-edges')).text();
    expect(nodesText.split('\n')[0]).toMatch(/^id:ID,:LABEL,name,kind,aliases:string\[\],.*count:long.*startDate:date.*evidenceQuotes:string\[\]/);
    expect(edgesText.split('\n')[0]).toMatch(/^:START_ID,:END_ID,:TYPE,id,role:string,activity:string,countryCount:long,scope:string,/);
    const split = (value: string) => (value === '' ? [] : value.split(CSV_ARRAY_DELIMITER));
    const exported: GraphView = {
      nodes: new Map(parseCsv(nodesText).map((row) => [row['id:ID'], { type: split(row[':LABEL'])[1], name: row.name, quotes: split(row['evidenceQuotes:string[]']) }])),
      edges: new Map(parseCsv(edgesText).map((row) => [`${row[':START_ID']} ${row[':TYPE']} ${row[':END_ID']}`, { type: row[':TYPE'], quotes: split(row['evidenceQuotes:string[]']) }])),
    };
    expect(exported).toEqual(await graphFromDatabase(db));
  });

  it("exports a neighbourhood's subgraph, or an id set, with the edges among them", async () => {
    const around = (await (await get('format=json&root=mahidol-university&depth=1')).json()) as { nodes: { id: string }[]; edges: unknown[] };
    const ids = around.nodes.map((node) => node.id);
    expect(ids).toContain('mahidol-university');
    expect(ids).toContain('thailand');
    const expected = await graphFromDatabase(db, ids);
    expect(around.edges).toHaveLength(expected.edges.size);
    const chosen = (await (await get('format=json&ids=mahidol-university,thailand')).json()) as { nodes: { id: string }[]; edges: { type: string }[] };
    expect(chosen.nodes.map((node) => node.id)).toEqual(['mahidol-university', 'thailand']);
    expect(chosen.edges.map((edge) => edge.type)).toEqual(['LOCATED_IN']);
    const typed = (await (await get('format=json&types=Country')).json()) as { nodes: { type: string }[] };
    expect(new Set(typed.nodes.map((node) => node.type))).toEqual(new Set(['Country']));
  });

  it('answers bad requests with 400 BAD_USER_INPUT and unknown roots with 404 NOT_FOUND', async () => {
    for (const query of ['format=pdf', 'format=json&depth=9&root=thailand', 'format=json&root=Not%20an%20id', 'format=json&types=Planet', 'format=json&root=thailand&ids=laos']) {
      const response = await get(query);
      expect([query, response.status, ((await response.json()) as any).errors[0].extensions.code]).toEqual([query, 400, 'BAD_USER_INPUT']);
    }
    const missing = await get('format=json&root=no-such-entity');
    expect(missing.status).toBe(404);
  });

  it('streams: the response arrives in chunks, without a content length', async () => {
    const response = await get('format=graphml');
    expect(response.headers.get('content-length')).toBeNull();
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    await response.text();
  });
});
