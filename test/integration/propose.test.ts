import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { Role, type Principal } from '../../src/platform/auth/roles';
import { PROJECT_ROOT } from '../../src/platform/config/config';
import type { Database } from '../../src/engine/db/database';
import { createContext } from '../../src/app/context';
import type { RunningHttpServer } from '../../src/app/http/http-server';
import { buildOnce } from '../support/build';
import { dumpGraph, seededDatabase, startTestServer } from '../support/graph';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'proposer');
const lotusText = fs.readFileSync(path.join(FIXTURES, 'lotus-valley-forum-2026-03-14.txt'), 'utf8');
const editor: Principal = { id: 'api-key:test-editor', authenticated: true, role: Role.EDITOR };
const reader: Principal = { id: 'api-key:test-reader', authenticated: true, role: Role.READER };

const PROPOSE = `query ($input: ProposeDocumentInput!) {
  proposeDocument(input: $input) {
    source { id title publisher place publishedOn file } missing problems document
    entities { id status name type kind confidence reason aliases { alias quote } options { id matchedBy } mentions { start end } }
    relations { type from to quote confidence reason span { start end } }
    quantities { text value qualifier entityId property }
    dates { text date endDate entityId property }
  }
}`;
const IMPORT = `mutation ($input: ImportDocumentInput!, $dryRun: Boolean!) {
  importDocument(input: $input, dryRun: $dryRun) { applied created merged unchanged rejected entities { id action reasons } relations { from type to action reasons } }
}`;

describe('proposing a document from raw text', () => {
  let db: Database;
  let server: RunningHttpServer;

  async function run(query: string, variables: Record<string, unknown>, principal = editor) {
    const response = await server.apollo.executeOperation({ query, variables }, { contextValue: createContext(db, { principal, proposer: server.proposer }) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { data?: any; errors?: { message: string; extensions?: any }[] };
  }

  const propose = (input: Record<string, unknown>, principal = editor) => run(PROPOSE, { input }, principal);

  beforeAll(async () => {
    db = await seededDatabase();
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server.close(1_000);
    await db.close();
  });

  it('is for editors only', async () => {
    const result = await propose({ text: lotusText }, reader);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses empty and oversized texts with BAD_USER_INPUT', async () => {
    expect((await propose({ text: '' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await propose({ text: 'x'.repeat(200_001) })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await propose({ text: lotusText, publishedOn: '14 March 2026' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('links mentions of existing entities by their variants, reordered names included, and proposes the rest as new', async () => {
    const result = await propose({ text: lotusText, title: 'Fictional test document: Lotus Valley forum' });
    expect(result.errors).toBeUndefined();
    const draft = result.data.proposeDocument;
    const byName = (name: string) => draft.entities.find((entity: any) => entity.name === name);
    // "Guangxi Science and Technology Department" is the graph's "Department of Science and Technology of Guangxi".
    const department = draft.entities.find((entity: any) => entity.id === 'guangxi-department-of-science-and-technology');
    expect(department).toMatchObject({ status: 'LINKED', name: 'Department of Science and Technology of Guangxi', options: [{ matchedBy: 'REORDERED' }] });
    expect(department.aliases.map((alias: any) => alias.alias)).toContain('Guangxi Science and Technology Department');
    for (const id of ['mahidol-university', 'ministry-of-science-and-technology', 'asean', 'laos', 'cambodia', 'internet-of-things', 'china']) {
      expect(draft.entities.find((entity: any) => entity.id === id)).toMatchObject({ status: 'LINKED' });
    }
    expect(byName('Lotus Valley Institute of Agronomy')).toMatchObject({ status: 'NEW', type: 'Institution', aliases: [{ alias: 'LVIA' }] });
    expect(byName('Vietnam')).toMatchObject({ status: 'NEW', type: 'Country' });
    // No entity is proposed twice, and the draft is what the import reads.
    expect(new Set(draft.entities.map((entity: any) => entity.id)).size).toBe(draft.entities.length);
    expect(draft.source).toMatchObject({ place: 'Kunming, China', publishedOn: '2026-03-14', publisher: 'Fictional Wire' });
    expect(draft.missing).toEqual([]);
    expect(draft.problems).toEqual([]);
    for (const relation of draft.relations) expect(lotusText.slice(relation.span.start, relation.span.end)).toBe(relation.quote);
    expect(YAML.parse(draft.document).entities).toHaveLength(draft.entities.length);
    expect(draft.document).toMatch(/^\s*# 0\.\d\d: /m);
  });

  it('links official long forms, spelt-out acronyms and country-qualified names, and never a name to a longer one', async () => {
    const text = [
      "The Ministry of Science and Technology of the People's Republic of China and the Ministry of Science and Technology of the Kingdom of Cambodia met in Phnom Penh.",
      'The Department of Science and Technology of Guangxi Zhuang Autonomous Region and the CATTC Bangkok Innovation Center signed a memorandum.',
      'Guangxi University and Guangxi University of Chinese Medicine Pharmacy School joined later.',
    ].join(' ');
    const draft = (await propose({ text })).data.proposeDocument;
    const linked = draft.entities.filter((entity: any) => entity.status === 'LINKED').map((entity: any) => entity.id);
    expect(linked).toEqual(expect.arrayContaining(['ministry-of-science-and-technology', 'guangxi-department-of-science-and-technology', 'cattc-bangkok-innovation-center', 'china', 'cambodia']));
    expect(linked).not.toContain('guangxi-university-of-chinese-medicine');
    const ministry = draft.entities.find((entity: any) => entity.id === 'ministry-of-science-and-technology');
    expect(ministry.aliases.map((alias: any) => alias.alias)).toContain("Ministry of Science and Technology of the People's Republic of China");
    const department = draft.entities.find((entity: any) => entity.id === 'guangxi-department-of-science-and-technology');
    expect(department.aliases.map((alias: any) => alias.alias)).toContain('Department of Science and Technology of Guangxi Zhuang Autonomous Region');
    expect(draft.entities.find((entity: any) => entity.name === 'Ministry of Science and Technology of Cambodia')).toMatchObject({ status: 'NEW' });
    expect(draft.entities.find((entity: any) => entity.name === 'Guangxi University')).toMatchObject({ status: 'NEW' });
  });

  it("proposes no fact read off a graph entity's own name as the graph writes it, and keeps one a longer form states", async () => {
    const text = "The China-ASEAN Technology Transfer Center and the Ministry of Science and Technology of the People's Republic of China opened the Lotus Seed Station.";
    const draft = (await propose({ text })).data.proposeDocument;
    const relations = draft.relations.map((relation: any) => `${relation.from} ${relation.type} ${relation.to}`);
    expect(relations).toContain('ministry-of-science-and-technology LOCATED_IN china');
    expect(relations.filter((relation: string) => relation.startsWith('china-asean-technology-transfer-center COVERS'))).toEqual([]);
  });

  it('reads a heading in capitals as a name, linked to the graph with quotes in the text\'s letters, whatever operator words it holds', async () => {
    const text = 'LOTUS WORKSHOP ON SEEDS FOR ISLAND AND UPLAND FARMS\nThe China-ASEAN Technology Transfer Center hosts the workshop.';
    const { data, errors } = await propose({ text, title: 'A field school (fictional)', publisher: 'Tests', place: 'Vientiane', publishedOn: '2027-01-01' });
    expect(errors).toBeUndefined();
    expect(data.proposeDocument.entities.find((entity: any) => entity.id === 'china-asean-technology-transfer-center')).toMatchObject({ status: 'LINKED' });
    const workshop = data.proposeDocument.entities.find((entity: any) => entity.type === 'Event');
    expect(workshop).toMatchObject({ status: 'NEW', name: 'Lotus Workshop on Seeds for Island and Upland Farms' });
    expect(workshop.mentions.map((span: any) => text.slice(span.start, span.end))).toEqual(['LOTUS WORKSHOP ON SEEDS FOR ISLAND AND UPLAND FARMS']);
    // The draft's every quote is checked against the text as written (a quote in title case would be a problem).
    expect(data.proposeDocument.problems).toEqual([]);
    expect(data.proposeDocument.document).toContain('LOTUS WORKSHOP ON SEEDS FOR ISLAND AND UPLAND FARMS');
  });

  it("reads no name off a headline's words in capitals that the text never writes as a name below it", async () => {
    const text = 'HDC AND KVDI FORM JOINT VENTURE FOR LIQUID-COOLED EDGE DATA CENTRES IN MALAYSIA\n\nHeron Data Co., Ltd. ("HDC") and Kestrel Valley Digital Berhad ("KVDI") today announced a joint venture, Osprey Edge Sdn. Bhd., to run liquid-cooled edge data centres in Malaysia.';
    const names = (await propose({ text })).data.proposeDocument.entities.map((entity: any) => entity.name);
    expect(names).toEqual(expect.arrayContaining(['Heron Data Co., Ltd.', 'Kestrel Valley Digital Berhad', 'Osprey Edge Sdn. Bhd.']));
    expect(names.filter((name: string) => /Form Joint Venture|Data Centres/.test(name))).toEqual([]);
  });

  // A para8 class (7 December, the thirtieth session): a headline in title case, as one in capitals.
  it("reads no name off a headline's words in title case that the text never writes as a name below it, but a place it names", async () => {
    const text = 'Lanhai and Tabon Geodata Form Blue Carbon Joint Venture in Puerto Princesa; Lanhai Licenses Drone-Mapping Technology to the Venture\n\nLanhai Spatial Intelligence Co., Ltd. ("Lanhai"), a Nanning-based maker of coastal survey drones, and Tabon Geodata Inc. of Palawan today announced that they have set up a joint venture, Lanhai Tabon Blue Carbon Analytics Inc.';
    const names = (await propose({ text })).data.proposeDocument.entities.map((entity: any) => entity.name);
    expect(names).toEqual(expect.arrayContaining(['Lanhai Spatial Intelligence Co., Ltd.', 'Tabon Geodata Inc.', 'Lanhai Tabon Blue Carbon Analytics Inc.', 'Puerto Princesa']));
    expect(names.filter((name: string) => /Form|Joint Venture$|Licenses/.test(name))).toEqual([]);
  });

  it('proposes no place that only says where a body the text does not name is based, but one a named body is based in', async () => {
    const text = 'Lanhai Spatial Intelligence Co., Ltd., a Xiamen-based maker of survey drones, will open an office in Palawan. Its first clients are two provincial agencies and a Cebu-based carbon developer.';
    const names = (await propose({ text })).data.proposeDocument.entities.map((entity: any) => entity.name);
    expect(names).toEqual(expect.arrayContaining(['Lanhai Spatial Intelligence Co., Ltd.', 'Xiamen', 'Palawan']));
    expect(names).not.toContain('Cebu');
  });

  // A class of the tuning sets (7 December, the twenty-eighth session): a field read from a name that only a headline, or a
  // longer phrase, repeats in small letters.
  it('proposes a field read from a name only where a sentence states it, not where a headline restates the name', async () => {
    const fields = async (text: string) => (await propose({ text })).data.proposeDocument.entities.filter((entity: any) => entity.type === 'Domain').map((entity: any) => entity.name);
    const headline = 'Heron and Lotus open joint laboratory for reef acoustics\n\nHeron University and Lotus University opened the Heron-Lotus Joint Laboratory for Reef Acoustics on Monday.';
    expect(await fields(headline)).toEqual([]);
    const longer = 'Heron University signed a memorandum on reef acoustics transfer. It will open the Heron Reef Acoustics Demonstration Centre.';
    expect(await fields(longer)).toEqual([]);
    const stated = 'Heron University opened a joint laboratory for reef acoustics at its campus, the Heron-Lotus Joint Laboratory for Reef Acoustics.';
    expect(await fields(stated)).toEqual(['Reef Acoustics']);
  });

  // A class of the tuning sets (7 December, the thirty-third session): 15 of their 117 spurious entities, none curated.
  it('proposes no new entity for one thing the text only describes in small letters and says nothing more of, but one it states facts of, and sites it counts over places', async () => {
    const text = 'Participants visited the Processing station of the Heron Coffee Cooperative. The Heron Coffee Cooperative later built coffee collection stations in three Lao provinces. The Heron Coffee Cooperative also set up a Heron Valley coffee cooperation network covering Laos, Cambodia and Vietnam.';
    const names = (await propose({ text })).data.proposeDocument.entities.map((entity: any) => entity.name);
    expect(names).toEqual(expect.arrayContaining(['Heron Coffee Cooperative', 'Coffee collection stations in three Lao provinces', 'Heron Valley coffee cooperation network']));
    expect(names).not.toContain('Processing station');
  });

  it('proposes no new country that only opens an organisation\'s name, unless a fact is read of it (a class of the tuning sets, the twenty-eighth session)', async () => {
    const countries = async (text: string) => (await propose({ text })).data.proposeDocument.entities.filter((entity: any) => entity.type === 'Country').map((entity: any) => entity.name);
    expect(await countries('The Myanmar Kelp Growers Union sent observers to the Heron Forum.')).toEqual([]);
    expect(await countries('The Heron Network will train fisheries agencies in Myanmar and Brunei.')).toEqual(expect.arrayContaining(['Myanmar', 'Brunei']));
  });

  it("never links a name the text puts in one country to the graph's namesake in another", async () => {
    const text = "Brisk University signed it, witnessed by officials of Vietnam's Ministry of Science and Technology. China's Ministry of Science and Technology sent a letter.";
    const draft = (await propose({ text })).data.proposeDocument;
    // The graph's Ministry of Science and Technology is in China: the Vietnamese one is new, and named with its country.
    expect(draft.entities.find((entity: any) => entity.name === 'Ministry of Science and Technology of Vietnam')).toMatchObject({ status: 'NEW' });
    const linked = draft.entities.find((entity: any) => entity.id === 'ministry-of-science-and-technology');
    expect(linked).toMatchObject({ status: 'LINKED' });
    expect(linked.mentions.map((span: any) => text.slice(span.start, span.end))).toEqual(['Ministry of Science and Technology']);
    expect(linked.mentions[0].start).toBeGreaterThan(text.indexOf('China'));
  });

  it('proposes a place read only from inside a name when the graph knows it, and no new one', async () => {
    const text = 'The Department of Fisheries of Guangxi Zhuang Autonomous Region and the Haiphong Institute of Marine Acoustics signed a memorandum of understanding.';
    const result = await propose({ text, title: 'Fictional test document: places inside names' });
    expect(result.errors).toBeUndefined();
    const { entities, relations } = result.data.proposeDocument;
    const places = entities.filter((entity: any) => entity.type === 'Place');
    expect(places.map((entity: any) => [entity.id, entity.status])).toEqual([['guangxi', 'LINKED']]);
    const department = entities.find((entity: any) => entity.name === 'Department of Fisheries of Guangxi');
    expect(relations).toContainEqual(expect.objectContaining({ type: 'LOCATED_IN', from: department.id, to: 'guangxi' }));
    // A graph entity named as the graph has it, then at length: the longer form states where it is, and is the quote.
    const twice = 'The Department of Science and Technology of Guangxi sent experts. A delegation of the Department of Science and Technology of Guangxi Zhuang Autonomous Region visited Vientiane.';
    const again = (await propose({ text: twice, title: 'Fictional test document: a name at length' })).data.proposeDocument;
    expect(again.relations).toContainEqual(
      expect.objectContaining({ type: 'LOCATED_IN', from: 'guangxi-department-of-science-and-technology', to: 'guangxi', quote: 'Department of Science and Technology of Guangxi Zhuang Autonomous Region' }),
    );
  });

  it('makes a new unit named with an organisation\'s acronym part of it, the graph\'s organisation joining the draft', async () => {
    const text = 'The CATTC Kestrel Service Station opened in Hanoi in May. It will help Lao cooperatives find equipment.';
    const draft = (await propose({ text })).data.proposeDocument;
    const station = draft.entities.find((entity: any) => entity.name === 'CATTC Kestrel Service Station');
    expect(station).toMatchObject({ status: 'NEW' });
    expect(draft.entities.find((entity: any) => entity.id === 'china-asean-technology-transfer-center')).toMatchObject({ status: 'LINKED' });
    const part = draft.relations.find((relation: any) => relation.type === 'PART_OF' && relation.from === station.id);
    expect(part).toMatchObject({ to: 'china-asean-technology-transfer-center', quote: 'CATTC Kestrel Service Station' });
    expect(text.slice(part.span.start, part.span.end)).toBe(part.quote);
  });

  it('makes a unit named in full after its parent, then without it, one entity with the short name as its alias', async () => {
    const text = 'Host: Kestrel Science Academy Tern Innovation Center, Hanoi. The Director of the Tern Innovation Center opened the course.';
    const draft = (await propose({ text })).data.proposeDocument;
    const centres = draft.entities.filter((entity: any) => /Tern Innovation Center$/.test(entity.name));
    expect(centres.map((entity: any) => [entity.name, entity.aliases.map((alias: any) => alias.alias)])).toEqual([['Kestrel Science Academy Tern Innovation Center', ['Tern Innovation Center']]]);
    // A parent named after its unit ("Institute of X of the Y Academy") is no unit's short name.
    const parent = (await propose({ text: 'The Institute of Hive Ecology of the Plover Academy of Sciences and the Plover Academy of Sciences signed a memorandum.' })).data.proposeDocument;
    expect(parent.entities.map((entity: any) => entity.name)).toEqual(expect.arrayContaining(['Institute of Hive Ecology of the Plover Academy of Sciences', 'Plover Academy of Sciences']));
  });

  it('drafts what the import takes: dry run, import, and a repeat that changes nothing', async () => {
    const { data } = await propose({ text: lotusText, title: 'Fictional test document: Lotus Valley forum' });
    const input = { document: data.proposeDocument.document, text: lotusText };
    const before = await dumpGraph(db);
    const dry = await run(IMPORT, { input, dryRun: true });
    expect(dry.errors).toBeUndefined();
    expect(dry.data.importDocument).toMatchObject({ applied: false, rejected: 0 });
    expect(dry.data.importDocument.created).toBeGreaterThan(10);
    expect((await dumpGraph(db)) === before).toBe(true);
    const real = await run(IMPORT, { input, dryRun: false });
    expect(real.data.importDocument).toMatchObject({ applied: true, rejected: 0, created: dry.data.importDocument.created, merged: dry.data.importDocument.merged });
    const [institute] = await db.read("MATCH (n:Institution {id: 'lotus-valley-institute-of-agronomy'}) RETURN n.aliases AS aliases, n.evidenceQuotes AS quotes");
    expect(institute.aliases).toEqual(['LVIA']);
    expect(institute.quotes).toContain('Lotus Valley Institute of Agronomy (hereinafter referred to as "LVIA")');
    const [department] = await db.read("MATCH (n:Entity {id: 'guangxi-department-of-science-and-technology'}) RETURN n.aliases AS aliases");
    expect(department.aliases).toContain('Guangxi Science and Technology Department');
    const after = await dumpGraph(db);
    const again = await run(IMPORT, { input, dryRun: false });
    expect(again.data.importDocument).toMatchObject({ created: 0, merged: 0, rejected: 0 });
    expect((await dumpGraph(db)) === after).toBe(true);
    // Proposing the same text again now links everything it imported.
    const second = (await propose({ text: lotusText, title: 'Fictional test document: Lotus Valley forum' })).data.proposeDocument;
    expect(second.entities.filter((entity: any) => entity.status === 'NEW').map((entity: any) => entity.name)).toEqual([]);
  });

  it('drafts a fact the graph already has as the graph\'s own relationship, which the import corroborates rather than duplicates', async () => {
    const text = 'NANNING, China, Oct. 4, 2021 /Fictional Wire/ -- Under the guidance of the Ministry of Science and Technology, the Department of Science and Technology of Guangxi opened a technology transfer office.';
    const draft = (await propose({ text, title: 'Fictional test document: a restated fact' })).data.proposeDocument;
    const guided = draft.relations.find((relation: any) => relation.type === 'GUIDED_BY');
    expect(guided).toMatchObject({ from: 'guangxi-department-of-science-and-technology', to: 'ministry-of-science-and-technology' });
    const input = { document: draft.document, text };
    const dry = await run(IMPORT, { input, dryRun: true });
    expect(dry.data.importDocument.relations).toContainEqual(expect.objectContaining({ type: 'GUIDED_BY', from: guided.from, to: guided.to, action: 'MERGE' }));
    const real = await run(IMPORT, { input, dryRun: false });
    expect(real.data.importDocument).toMatchObject({ applied: true, rejected: 0 });
    const links = await db.read(
      `MATCH (:Entity {id: 'guangxi-department-of-science-and-technology'})-[r:GUIDED_BY]->(:Entity {id: 'ministry-of-science-and-technology'})
       RETURN r.evidenceSourceIds AS sources`,
    );
    expect(links).toEqual([{ sources: ['china-asean-tech-transfer-2021-09-27', draft.source.id] }]);
    const read = await run('{ node(id: "guangxi-department-of-science-and-technology") { sourceCount ... on Institution { partners(minSources: 2) { edges { type sourceCount node { id } } } } } }', {});
    expect(read.data.node.partners.edges).toContainEqual({ type: 'GUIDED_BY', sourceCount: 2, node: { id: 'ministry-of-science-and-technology' } });
  });

  it('lists an ambiguous name with its options instead of merging it', async () => {
    await db.write((tx) =>
      tx.run(`CREATE (:Entity:Platform {id: 'mahidol-university-platform', name: 'Mahidol University Platform', kind: 'INNOVATION_CENTER', aliases: ['Mahidol University'], evidenceSourceIds: [], evidenceQuotes: []})`),
    );
    try {
      const draft = (await propose({ text: lotusText })).data.proposeDocument;
      const mahidol = draft.entities.find((entity: any) => entity.name === 'Mahidol University');
      expect(mahidol).toMatchObject({ status: 'AMBIGUOUS' });
      expect(mahidol.options.map((option: any) => option.id).sort()).toEqual(['mahidol-university', 'mahidol-university-platform']);
      expect(draft.problems).toContainEqual(expect.stringMatching(/matches mahidol-university, mahidol-university-platform; choose one/));
    } finally {
      await db.write((tx) => tx.run("MATCH (n {id: 'mahidol-university-platform'}) DETACH DELETE n"));
    }
  });
});

describe('npm run propose', () => {
  const cli = (script: string, args: string[]) =>
    spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'src', script), ...args], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, LOG_LEVEL: 'warn' },
    });

  // Compiling dist/ once per run takes a while on a shared machine.
  beforeAll(async () => {
    buildOnce();
    const db = await seededDatabase();
    await db.close();
  }, 300_000);

  it('writes a draft the import CLI accepts', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'propose-cli-'));
    const text = path.join(folder, 'heron.txt');
    fs.copyFileSync(path.join(FIXTURES, 'silver-heron-summit-2025-11-20.txt'), text);
    const out = path.join(folder, 'heron.yaml');
    const proposed = cli('app/cli/propose.cli.js', [text, '--title', 'Fictional test document: Silver Heron summit', '--out', out]);
    expect(proposed.stderr).toMatch(/^Proposed from the text: \d+ entities \(\d+ new, \d+ already in the graph, 0 ambiguous\), \d+ relationships/);
    expect(proposed.status).toBe(0);
    const draft = YAML.parse(fs.readFileSync(out, 'utf8'));
    expect(draft.source).toMatchObject({ file: 'heron.txt', place: 'Jakarta, Indonesia', publishedOn: '2025-11-20', title: 'Fictional test document: Silver Heron summit' });
    expect(draft.entities.find((entity: any) => entity.id === 'guangxi-department-of-science-and-technology').aliases).toContain('Guangxi Department of Science and Technology');
    const imported = cli('app/cli/import.cli.js', [out, '--dry-run']);
    expect(imported.stdout).toMatch(/^Dry run of source fictional-test-document-silver-heron-summit-2025-11-20: \d+ to create, \d+ to merge, \d+ unchanged, 0 rejected; nothing written\./);
    expect(imported.status).toBe(0);
  });

  it('explains how to call it', () => {
    const result = cli('app/cli/propose.cli.js', []);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^usage: npm run propose -- FILE\.txt/);
    expect(cli('app/cli/propose.cli.js', ['missing.txt']).stderr).toMatch(/missing\.txt: no such file/);
    expect(cli('app/cli/propose.cli.js', [path.join(FIXTURES, 'silver-heron-summit-2025-11-20.txt'), '--date', 'yesterday']).stderr).toMatch(/--date must be written YYYY-MM-DD/);
  });
});
