import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/platform/config/config';
import { extract } from '../../src/features/propose/propose.extract';
import { DependencyParser, type Parse } from '../../src/features/propose/propose.parser';
import { readText } from '../../src/features/propose/propose.text';

const { text, parse } = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'proposer', 'parse-heron-network.json'), 'utf8')) as { text: string; parse: Parse };

describe('the proposer\'s dependency parser (spaCy, installed by npm run nlp:build)', () => {
  const parser = new DependencyParser();
  afterAll(() => parser.close());

  it('is installed, and parses a sentence as the recorded parse the unit tests read', async () => {
    expect(DependencyParser.available()).toBe(true);
    const parses = await parser.parse(readText(text));
    expect(parses).toEqual([parse]);
  });

  it('answers several documents asked at once in order, each sentence of each', async () => {
    const texts = ['Alpha University hosted the forum. Beta College organised it.', text, 'The network met in Hanoi.'];
    const answers = await Promise.all(texts.map((item) => parser.parse(readText(item))));
    expect(answers.map((answer) => answer?.length)).toEqual([2, 1, 1]);
    expect(answers[1]).toEqual([parse]);
  });

  it('starts again after its process dies, and answers nothing for no sentences', async () => {
    await parser.parse(readText(text));
    (parser as unknown as { process: { kill(signal: string): void } }).process.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await parser.parse(readText(text))).toEqual([parse]);
    expect(await parser.parse([])).toBeUndefined();
  });

  /** The draft of `text` read with the live parser. */
  async function draftOf(text: string) {
    const sentences = readText(text);
    return extract(text, undefined, sentences, await parser.parse(sentences));
  }

  /** The relations of `text` read with the live parser, as "from TYPE to" by entity name. */
  async function parsedRelations(text: string): Promise<string[]> {
    const draft = await draftOf(text);
    const name = (id: string) => draft.entities.find((entity) => entity.id === id)?.name;
    for (const relation of draft.relations) expect(text.slice(relation.span.start, relation.span.end)).toBe(relation.quote);
    return draft.relations.map((relation) => `${name(relation.from)} ${relation.type} ${name(relation.to)}`);
  }

  it('reads the frames the parse gives: bullet lines after a colon, a whole that is none of its members, an owner country, a partner "on" a project', async () => {
    const members = await parsedRelations('The Kestrel Climate Data Alliance met in Jakarta. Three institutions joined the alliance this year:\n- the Brisk Institute of Soils;\n- Osprey University;\n- Quill Data Centre.\nThe Tern Sea Monitoring Consortium, a group of five observatories, also became an associate member in January.');
    expect(members).toEqual(expect.arrayContaining(['Brisk Institute of Soils MEMBER_OF Kestrel Climate Data Alliance', 'Osprey University MEMBER_OF Kestrel Climate Data Alliance', 'Quill Data Centre MEMBER_OF Kestrel Climate Data Alliance', 'Tern Sea Monitoring Consortium MEMBER_OF Kestrel Climate Data Alliance']));
    const owned = await parsedRelations("Brisk University opened its Ship Energy Laboratory jointly with China's Dalian Harbour Engineering College.");
    expect(owned).toEqual(expect.arrayContaining(['Dalian Harbour Engineering College LOCATED_IN China', 'Dalian Harbour Engineering College ESTABLISHED Ship Energy Laboratory']));
    expect(owned).not.toContain('China ESTABLISHED Ship Energy Laboratory');
    const partners = await parsedRelations('Brisk University has teamed up with Osprey Polytechnic and the Tern Genomics Centre on Wild Fruit Genomes of Borneo, a three-year project to sequence fruit trees.');
    expect(partners).toEqual(expect.arrayContaining(['Brisk University PARTICIPATES_IN Wild Fruit Genomes of Borneo', 'Osprey Polytechnic PARTICIPATES_IN Wild Fruit Genomes of Borneo', 'Tern Genomics Centre PARTICIPATES_IN Wild Fruit Genomes of Borneo']));
  });

  it('splits names at an "and" where the recogniser starts another name, and keeps an official name whole where it does not', async () => {
    const split = await parsedRelations('The Heron Coast Mangrove Project brings together Brisk University, the Tern Institute of Ecology and Osprey Analytics.');
    expect(split).toEqual(expect.arrayContaining(['Tern Institute of Ecology PARTICIPATES_IN Heron Coast Mangrove Project', 'Osprey Analytics PARTICIPATES_IN Heron Coast Mangrove Project']));
    const whole = await parsedRelations('The Ministry of Agriculture and Rural Development and the Tern Institute signed an agreement.');
    expect(whole).toContain('Ministry of Agriculture and Rural Development SIGNED Agreement between Ministry of Agriculture and Rural Development and Tern Institute');
  });

  it('ends a list item\'s name where the recogniser ends it before the list\'s "and", and keeps an official name with "and" whole', async () => {
    const text = 'The Lantern Ocean Network has three members: Coral Bay University, Marlin Institute of Marine Science and Gecko Sensors. The project brings together Coral Bay University, the Ministry of Agriculture and Rural Development and Gecko Sensors. It set up platforms such as the Coral Gate Centre, Guangxi Nanyang Scientific and Technological Innovation Center, and the Tern Hub.';
    const sentences = readText(text);
    const names = extract(text, undefined, sentences, await parser.parse(sentences)).entities.map((entity) => entity.name);
    expect(names).toEqual(expect.arrayContaining(['Marlin Institute of Marine Science', 'Gecko Sensors', 'Ministry of Agriculture and Rural Development', 'Guangxi Nanyang Scientific and Technological Innovation Center']));
    expect(names.filter((name) => / and Gecko/.test(name))).toEqual([]);
  });

  it('ends a generic plural\'s complement where the parser tags a verb after "and" (compromise reads "help" as a noun)', async () => {
    const text = 'The Tern Service Station will run technology transfer service stations in three northern provinces and help Lao companies find partners.';
    const sentences = readText(text);
    const names = extract(text, undefined, sentences, await parser.parse(sentences)).entities.map((entity) => entity.name);
    expect(names).toContain('Technology transfer service stations in three northern provinces');
  });

  it('types a name without a head word that the recogniser reads whole as an organisation, not a venue or what an owner holds', async () => {
    const text = 'Lotus Polytechnic University, in collaboration with Heron Robotics, runs the Tide Gauge Platform. The alliance welcomed Gecko Sensors and Osprey Analytics as members. The Kestrel Alliance held its 2026 General Assembly at the Golden Reed Hotel.';
    const sentences = readText(text);
    const draft = extract(text, undefined, sentences, await parser.parse(sentences));
    const typed = (name: string) => draft.entities.find((entity) => entity.name === name)?.type;
    expect(['Heron Robotics', 'Gecko Sensors', 'Osprey Analytics'].map(typed)).toEqual(['Institution', 'Institution', 'Institution']);
    expect([typed('General Assembly'), typed('Golden Reed Hotel')]).toEqual([undefined, undefined]);
    expect(draft.relations.map((relation) => `${draft.entities.find((entity) => entity.id === relation.from)?.name} ${relation.type}`)).toContain('Heron Robotics PARTICIPATES_IN');
    // A brand the text's names share, and a name qualifying a noun, are no organisations of their own.
    const branded = 'The Silver Heron Summit opened in Jakarta. The Silver Heron Ocean Robotics Centre hosted it. Silver Heron is an invented name, and the Lotus Valley organisations do not exist.';
    const brandedSentences = readText(branded);
    const brandedNames = extract(branded, undefined, brandedSentences, await parser.parse(brandedSentences)).entities.map((entity) => entity.name);
    expect(brandedNames.filter((name) => ['Silver Heron', 'Lotus Valley'].includes(name))).toEqual([]);
    // Without the parser nothing says what such a name is.
    expect(extract(text).entities.map((entity) => entity.name)).not.toContain('Heron Robotics');
  });

  it('reads "the members of N" as the whole, never as a member of the network named before, and every whole "of" names', async () => {
    const among = await parsedRelations('The Lantern Ocean Network has new members. Among the members of the Monsoon Data Alliance are Teak Ridge University and the Ibis Institute of Climate. Palm Coast University is among the founding members of the Cassowary Research Alliance.');
    expect(among).toEqual(expect.arrayContaining(['Teak Ridge University MEMBER_OF Monsoon Data Alliance', 'Ibis Institute of Climate MEMBER_OF Monsoon Data Alliance', 'Palm Coast University MEMBER_OF Cassowary Research Alliance']));
    expect(among.filter((relation) => /Alliance MEMBER_OF/.test(relation))).toEqual([]);
    const both = await parsedRelations('Saola Data Company is a member of both the Kestrel Coastal Data Network and the Lotus Rice Consortium.');
    expect(both).toEqual(expect.arrayContaining(['Saola Data Company MEMBER_OF Kestrel Coastal Data Network', 'Saola Data Company MEMBER_OF Lotus Rice Consortium']));
  });

  it('reads a name no gazetteer knows after "in" as a place when the recogniser marks it a name', async () => {
    // An invented town: the gazetteer of the region's towns (GeoNames) knows "Shah Alam" now.
    const text = 'Brisk University will store the data on its campus in Teluk Semanis.';
    const sentences = readText(text);
    const draft = extract(text, undefined, sentences, await parser.parse(sentences));
    expect(draft.entities.find((entity) => entity.name === 'Teluk Semanis')?.type).toBe('Place');
    expect(extract(text).entities.find((entity) => entity.name === 'Teluk Semanis')).toBeUndefined();
  });
  it('reads membership said by a colon list, an admission, an addition, an accession and a join that names nothing', async () => {
    const network = 'The Cassowary Research Alliance met in Darwin.';
    const cases = [
      'The Cassowary Research Alliance welcomed three new members: Teak Ridge University, Ibis Analytics and Palm Coast College.',
      'Teak Ridge University, Ibis Analytics and Palm Coast College were admitted to the Cassowary Research Alliance.',
      'The Cassowary Research Alliance added Teak Ridge University, Ibis Analytics and Palm Coast College to its membership.',
      `${network} Its board approved the accession of Teak Ridge University, Ibis Analytics and Palm Coast College.`,
      `${network} With the addition of Teak Ridge University, Ibis Analytics and Palm Coast College, it now has 30 members.`,
      `${network} Teak Ridge University, Ibis Analytics and Palm Coast College signed up during the meeting.`,
    ];
    for (const text of cases) {
      expect([text, await parsedRelations(text)]).toEqual([text, expect.arrayContaining(['Teak Ridge University', 'Ibis Analytics', 'Palm Coast College'].map((member) => `${member} MEMBER_OF Cassowary Research Alliance`))]);
    }
    // An addition of something that is no organisation joins nothing.
    expect((await parsedRelations(`${network} The board welcomed the addition of a new sequencing line at Teak Ridge University.`)).filter((relation) => / MEMBER_OF /.test(relation))).toEqual([]);
  });

  it('reads partners of a project that carry it out, and a project "in" which a partner works with another', async () => {
    const implemented = await parsedRelations('The Reef Sensing Project is jointly implemented by Teak Ridge University and the Ibis Institute of Climate.');
    expect(implemented).toEqual(expect.arrayContaining(['Teak Ridge University PARTICIPATES_IN Reef Sensing Project', 'Ibis Institute of Climate PARTICIPATES_IN Reef Sensing Project']));
    const within = await parsedRelations('Teak Ridge University is collaborating with Palm Coast College in the Reef Sensing Project.');
    expect(within).toEqual(expect.arrayContaining(['Teak Ridge University PARTICIPATES_IN Reef Sensing Project', 'Palm Coast College PARTICIPATES_IN Reef Sensing Project']));
  });

  it('keeps a conjunct after a short name in brackets, and reads a quoted short name in brackets as no title', async () => {
    const bracketed = await parsedRelations('Ibis Marine Robotics Company (IMRC) and Quoll Analytics are partners in the Reef Sensing Project.');
    expect(bracketed).toEqual(expect.arrayContaining(['Ibis Marine Robotics Company PARTICIPATES_IN Reef Sensing Project', 'Quoll Analytics PARTICIPATES_IN Reef Sensing Project']));
    const text = 'Ibis Marine Robotics Co., Ltd. ("Ibis Robotics") and Quoll Analytics are partners in the Reef Sensing Project.';
    const sentences = readText(text);
    const names = extract(text, undefined, sentences, await parser.parse(sentences)).entities.map((entity) => entity.name);
    expect(names).not.toContain('Ibis Robotics');
    expect(names).toContain('Quoll Analytics');
  });
  it('reads the classes a probe of real news wire found: meetings and roundtables, offices, datelines, acronyms before "and", lists of possessives', async () => {
    const draftOf = async (text: string) => {
      const sentences = readText(text);
      return extract(text, undefined, sentences, await parser.parse(sentences));
    };
    const entities = async (text: string) => (await draftOf(text)).entities.map((entity) => `${entity.type}: ${entity.name}`);
    // Events named by their meeting, with an ordinal and a plural's possessive.
    const meeting = await parsedRelations("The 12th Mekong Ministerial Meeting on Water Science was held in Pakse. Officials met in Hue for the Delta Science Ministers' Roundtable on Floods.");
    expect(meeting).toEqual(expect.arrayContaining(['12th Mekong Ministerial Meeting on Water Science HELD_IN Pakse', "Delta Science Ministers' Roundtable on Floods HELD_IN Hue"]));
    // An office is no organisation or place, and a dateline's brackets name its agency, not the city.
    const offices = await draftOf("Hanoi (LNA) – Laos's Ambassador to Cambodia and the Acting Minister attended the opening of the Pakse Rice Institute.");
    expect(offices.entities.some((entity) => ['Ambassador', 'Acting Minister'].includes(entity.name))).toBe(false);
    expect(offices.entities.flatMap((entity) => entity.aliases.map((alias) => alias.alias))).not.toContain('LNA');
    // A defined acronym before "and" starts a list, not a longer name.
    expect(await entities('The Teak Ridge University of Design (TRUD) hosted the talks. TRUD and Ibis Coast University will set up the Delta Design Alliance.')).not.toContain('Institution: TRUD and Ibis Coast University');
    // "X, Laos's Ministry of Y": a list of possessed names, no apposition placing X.
    const listed = await parsedRelations("The forum was organised by Vietnam's Ministry of Water, Laos's Ministry of Rivers, and the Mekong Secretariat.");
    expect(listed).not.toContain('Ministry of Water LOCATED_IN Laos');
    // A group of countries has countries as members, not laboratories.
    // A direction before a place leaves it where the event is held.
    expect(await parsedRelations('Laos will host the 14th Mekong Rice Forum in southern Ho Chi Minh City from May 21 to 26.')).toContain('14th Mekong Rice Forum HELD_IN Ho Chi Minh City');
    // A comma list inside a name's complement keeps the name whole; an observer listed beside members is none.
    const commas = await parsedRelations('Laos hosted the 7th Mekong Ministerial Meeting on Water, Soil and Crop Science.');
    expect(commas).toContain('Laos HOSTED 7th Mekong Ministerial Meeting on Water, Soil and Crop Science');
    const observers = await parsedRelations('The meeting brought together delegates from the ten ASEAN member states, Timor-Leste as an observer, and the ASEAN Secretariat.');
    expect(observers.filter((relation) => /^East Timor MEMBER_OF/.test(relation))).toEqual([]);
    const group = await parsedRelations('China has opened its national laboratories to researchers in ASEAN countries. The minister pointed to joint laboratories between China and several ASEAN members, including the China-Laos joint laboratory for rice breeding, and the China-Cambodia joint laboratory for water quality.');
    expect(group.filter((relation) => / MEMBER_OF ASEAN$/.test(relation))).toEqual([]);
  });

  it('reads the classes a second probe of real news wire found: names an acronym spells, acronyms that act, people who act for organisations', async () => {
    const entities = async (text: string) => {
      const sentences = readText(text);
      return extract(text, undefined, sentences, await parser.parse(sentences)).entities.map((entity) => `${entity.type}: ${entity.name}`);
    };
    // An acronym in brackets spells where its name begins: across "and" and across a parent's name after a comma.
    const spelled = await parsedRelations('The Brisk Institute of Marine and Coastal Research (BIMCR) signed an agreement with Osprey University.');
    expect(spelled).toContain('Brisk Institute of Marine and Coastal Research SIGNED Agreement between Brisk Institute of Marine and Coastal Research and Osprey University');
    expect(await entities('The Institute of Soil Ecology, Tern Academy of Sciences (ISETAS) organized the Heron Soil Forum.')).toContain('Institution: Institute of Soil Ecology, Tern Academy of Sciences');
    // It only joins: the words before the spelt ones stay in the name.
    expect(await entities('The 9th Formal Heron Ministerial Meeting on Science and Technology (HMMST) was held in Vientiane.')).toContain('Event: 9th Formal Heron Ministerial Meeting on Science and Technology');
    // An acronym nobody expands acts as an organisation: listed beside one, or signing; "an MOU" does not.
    const acting = await parsedRelations('KESTREL and the Osprey Institute of Fisheries jointly organized the Heron Fish Forum. HERONTEC signed an MOU with the Osprey Institute of Fisheries.');
    expect(acting).toEqual(expect.arrayContaining(['KESTREL ORGANIZED Heron Fish Forum', 'HERONTEC SIGNED MOU between HERONTEC and Osprey Institute of Fisheries']));
    // A person is no organisation; their post names the one they act for, in a list of signatories or alone.
    const people = 'Mr. Lin Tao, Director of the Brisk Marine Bureau, and Professor Anan Wong, Permanent Secretary of the Ministry of Higher Education, Science, Research and Innovation, signed in Vientiane the Heron Marine Research Agreement.';
    expect(await parsedRelations(people)).toEqual(expect.arrayContaining(['Brisk Marine Bureau SIGNED Heron Marine Research Agreement', 'Ministry of Higher Education, Science, Research and Innovation SIGNED Heron Marine Research Agreement']));
    expect((await entities(people)).filter((entity) => /Lin Tao|Anan Wong|Director|Secretary/.test(entity))).toEqual([]);
    expect(await parsedRelations('Dr. Mai Lan of Osprey University attended the Heron Forum.')).toContain('Osprey University ATTENDED Heron Forum');
    // An embassy is of one country and in another.
    const embassy = await parsedRelations('Ms. Mai Lan, Counsellor of the Embassy of Vietnam in the Kingdom of Thailand, and Osprey University signed the Heron Rice Agreement.');
    expect(embassy).toEqual(expect.arrayContaining(['Embassy of Vietnam SIGNED Heron Rice Agreement', 'Embassy of Vietnam LOCATED_IN Thailand']));
    expect(embassy).not.toContain('Embassy of Vietnam LOCATED_IN Vietnam');
  });

  it('reads the event frames the second probe found: a headline\'s verb, a host named by its part, pairs of signatories, who came is no organiser', async () => {
    // A headline without its article: the parser reads "hosts" as a plural noun.
    expect(await parsedRelations('Laos hosts 7th Heron Ministerial Meeting on Soil.')).toContain('Laos HOSTED 7th Heron Ministerial Meeting on Soil');
    // "Host country X", "host city Y": the host and the venue of the event named.
    const hosts = await parsedRelations('The 5th Heron Dialogue will convene today. Host country Laos is expected to lead the talks. Host city Pakse welcomed 300 delegates.');
    expect(hosts).toEqual(expect.arrayContaining(['Laos HOSTED 5th Heron Dialogue', '5th Heron Dialogue HELD_IN Pakse']));
    // Agreements in the plural between pairs: one agreement for each pair, a short name in brackets aside.
    const pairs = await parsedRelations('The ceremony witnessed the signing of MOUs between Brisk University (BU) and Osprey University, Tern Polytechnic and Kestrel University, as well as Heron College and Lark University.');
    expect(pairs).toEqual(expect.arrayContaining(['Brisk University SIGNED MOU between Brisk University and Osprey University', 'Osprey University SIGNED MOU between Brisk University and Osprey University', 'Lark University SIGNED MOU between Heron College and Lark University']));
    expect(pairs).not.toContain('Brisk University SIGNED MOU between Tern Polytechnic and Kestrel University');
    // "jointly organised …, with 70 participants from A": A came, it did not organise.
    const came = await parsedRelations('Brisk University and the Osprey Institute jointly organized the Heron Seminar on Rice on 19 May, with 70 participants from research organizations in Laos.');
    expect(came.filter((relation) => /^Research organizations in Laos ORGANIZED/.test(relation))).toEqual([]);
  });

  it('reads the classes of dev5 (tuned on from 5 December): announced lists, an owner\'s class noun, partners of a whole, units of an organisation', async () => {
    // A counted class noun announces names: they go on with the list, and take its type.
    const members = await parsedRelations('The Kestrel Fish Alliance was formed in May. Its founding members are Brisk University, the Tern Institute of Fish Health, Osprey University and two companies, Heron Feeds and Lark Hatcheries.');
    expect(members).toEqual(expect.arrayContaining(['Heron Feeds MEMBER_OF Kestrel Fish Alliance', 'Lark Hatcheries MEMBER_OF Kestrel Fish Alliance']));
    // A whole that brings firms together has them as partners.
    const brought = await parsedRelations('The Heron Flood Centre opened in May. The centre brings together two technology firms, Tidewatch Analytics and Lingnan Radar Systems.');
    expect(brought).toEqual(expect.arrayContaining(['Tidewatch Analytics PARTICIPATES_IN Heron Flood Centre', 'Lingnan Radar Systems PARTICIPATES_IN Heron Flood Centre']));
    // An owner's class noun types the name set off after it; "the Tern institute" is the institute named before.
    const project = await parsedRelations("The Tern Institute of Fish Health joined the alliance. The alliance's first project, the Carp Genome Atlas, will be led by the Tern institute.");
    expect(project).toContain('Tern Institute of Fish Health PARTICIPATES_IN Carp Genome Atlas');
    // What a short reference owns is described, not named.
    const owned = await parsedRelations("The Tern Institute of Fish Health is in Hainan. Soil cores were analysed at the Tern institute's laboratory.");
    expect(owned.filter((relation) => /laboratory/.test(relation))).toEqual([]);
    // Partners "in partnership with" a project take part in it; observers sent attend.
    expect(await parsedRelations('The Kestrel Mangrove Project started in 2025. In 2027 the project will add a third site in Brunei, in partnership with the Universiti Brunei Selatan.')).toContain('Universiti Brunei Selatan PARTICIPATES_IN Kestrel Mangrove Project');
    expect(await parsedRelations('The Laos Seed Cooperative sent observers to the Heron Rice Forum.')).toContain('Laos Seed Cooperative ATTENDED Heron Rice Forum');
    // A unit named with the organisation it belongs to.
    expect(await parsedRelations('Maps were supplied by the Institute of Remote Sensing of the Tern Academy of Sciences.')).toContain('Institute of Remote Sensing of the Tern Academy of Sciences PART_OF Tern Academy of Sciences');
    // A label's capitalised prefix names nothing; "An" inside a name is a syllable of it.
    const programme = await parsedRelations('PROGRAMME -- Workshop on Rice Drying, 12 March 2027\n\nCo-organisers: Guangxi University; Nghe An Starch Company\n');
    expect(programme).toEqual(expect.arrayContaining(['Guangxi University ORGANIZED Workshop on Rice Drying', 'Nghe An Starch Company ORGANIZED Workshop on Rice Drying']));
    expect(programme.filter((relation) => /^Co /.test(relation))).toEqual([]);
    // A country's official form after its name's "of" places it; a name before a place, after "in" or "near", is one.
    expect(await parsedRelations("The Ministry of Technology and Communications of the Lao People's Democratic Republic signed the Heron Agreement.")).toContain('Ministry of Technology and Communications of Laos LOCATED_IN Laos');
    const text = 'Samples will be collected at farms in Central Java and in Guangxi, and near Sandakan and Kudat.';
    const sentences = readText(text);
    const places = extract(text, undefined, sentences, await parser.parse(sentences)).entities;
    expect(places.filter((entity) => entity.type === 'Place').map((entity) => entity.name)).toEqual(expect.arrayContaining(['Central Java', 'Sandakan']));
    // "the flood sensing centre" after "the Heron Flood Sensing Centre" is that centre, no new one.
    const described = await parsedRelations('The Heron Flood Sensing Centre opened in Penang in May. The flood sensing centre is run by Osprey University.');
    expect(described).toContain('Osprey University PARTICIPATES_IN Heron Flood Sensing Centre');
    expect(described.filter((relation) => /Flood sensing centre/.test(relation))).toEqual([]);
    // A described reference may point forward: "the service station" is the station named after it.
    const forward = await parsedRelations('The workshop and the service station named here are fictional. Organiser: the CATTC Hanoi Service Station, in Hanoi.');
    expect(forward.filter((relation) => /^Service station /.test(relation))).toEqual([]);
    // A supporter that funds a span of a project or platform supports it.
    expect(await parsedRelations('The Heron Flood Centre opened in May. The Penang State Government is funding the first three years.')).toContain('Penang State Government SUPPORTS Heron Flood Centre');
  });

  it('reads the classes a third probe of real news wire found: brackets end names, committees by their remit, editions and fixed pairs kept', async () => {
    const names = async (text: string) => {
      const sentences = readText(text);
      return extract(text, undefined, sentences, await parser.parse(sentences)).entities.map((entity) => `${entity.type}: ${entity.name}`);
    };
    // A bracket opening before the next word ends a name and a list of fields, as a comma does.
    const bracketed = await names('The Ministry of Water, Soil and Innovation (MWSI), under the Heron Committee on Science, Technology and Innovation (HCOSTI), hosted the 6th Heron Workshop on Soil.');
    expect(bracketed).toEqual(expect.arrayContaining(['Institution: Ministry of Water, Soil and Innovation', 'Institution: Heron Committee on Science, Technology and Innovation']));
    expect(bracketed.filter((entity) => /\(/.test(entity))).toEqual([]);
    // A committee is a body by name; "the steering committee" describes a part of one.
    expect((await names('Brisk University chairs the steering committee of the Heron Network.')).filter((entity) => /committee/i.test(entity))).toEqual([]);
    // An acronym spells over "to" and keeps the edition before its words; "Belt and Road" is one part of a name.
    expect(await names('The 12th Heron-ASEAN Conference on People to People Friendship Organisations (HACPPFO) was held in Bandung.')).toContain('Event: 12th Heron-ASEAN Conference on People to People Friendship Organisations');
    expect(await names('The opening of the ASEAN Tour Exhibition of the Belt and Road Universities was held in Kuching.')).toContain('Event: ASEAN Tour Exhibition of the Belt and Road Universities');
    // A name a line opens with its head word; no amount is a name; a person set off by a post is no organisation.
    expect(await names('Members:\n- Universitas Osprey\n- Brisk University, Laos')).toContain('Institution: Universitas Osprey');
    expect((await names('The government set aside a budget of US$2.39 million for the Brisk Ministry of Water.')).filter((entity) => /\$/.test(entity))).toEqual([]);
    expect((await names('The secretariat will be based in Osprey University and Lin Wenxun, president of Osprey University, will lead it.')).filter((entity) => /Lin Wenxun/.test(entity))).toEqual([]);
    // An acronym after "or" that spells the name is its short name, and a list goes on after it.
    const hkust = await parsedRelations('The members include Hong Kong University of Science and Technology or HKUST, Thailand\'s Brisk University and Osprey University. HKUST hosted the Heron Forum.');
    expect(hkust).toContain('Hong Kong University of Science and Technology HOSTED Heron Forum');
    expect(await names('The members include Hong Kong University of Science and Technology or HKUST, Thailand\'s Brisk University and Osprey University.')).toContain('Institution: Brisk University');
    // A head that is also a field does not end a name before "and"; a country's possessive after a comma opens another name.
    const agency = await parsedRelations("The dialogue was organised by KESTREL, Indonesia's National Research and Innovation Agency (INRIA), and the Osprey Institute.");
    expect(agency).toContain('National Research and Innovation Agency LOCATED_IN Indonesia');
    expect(agency.filter((relation) => /^KESTREL LOCATED_IN/.test(relation))).toEqual([]);
    // A secretariat is a body by name; "the ministry" points at a ministry only; a word opening a comma list is no place.
    const bodies = await parsedRelations("The Heron Agency signed it, in partnership with Malaysia's Science, Technology and Innovation (MOSTI) Ministry and the ASEAN Secretariat.");
    expect(bodies.filter((relation) => /LOCATED_IN (Science|Innovation|Malaysia)$/.test(relation) && relation.startsWith('Heron Agency'))).toEqual([]);
    expect(await names("The forum was organised with the ASEAN Secretariat.")).toContain('Institution: ASEAN Secretariat');
    // A person "of" an organisation signs for it; a party's seat set off by commas is no party.
    const seat = await parsedRelations('Osprey University and Professor He Daming of the Tern Institute, based in Hainan University, signed a memorandum of understanding in May.');
    expect(seat).toEqual(expect.arrayContaining(['Tern Institute SIGNED Memorandum of understanding between Osprey University and Tern Institute']));
    expect(seat.filter((relation) => /^Hainan University SIGNED/.test(relation))).toEqual([]);
  });
  it('reads the classes of dev6 (tuned on from 5 December, second round): programmes, admissions by a body, a meeting of its own, denied roles', async () => {
    const names = async (text: string) => {
      const sentences = readText(text);
      return extract(text, undefined, sentences, await parser.parse(sentences)).entities.map((entity) => `${entity.type}: ${entity.name}`);
    };
    // A programme: the venue is a building, not the event; every labelled line and every talk is about the event of its title.
    const programme = await parsedRelations(
      'PROGRAMME -- Heron Workshop on Seed Testing, 7-9 April 2027\n\nVenue: Lotus Conference Hall, Hanoi\nHost: Brisk University\nOrganiser: Osprey Seed Institute\nWith the support of: Tern Provincial Bureau of Agriculture\n\n7 April\n09:00 Welcome address by the President of Brisk University\n09:30 Keynote: seed standards across ASEAN, by the Quill Institute of Botany (Malaysia)\n14:00 Seed-borne fungi, by Kestrel Seeds Co., Ltd.',
    );
    expect(programme).toEqual(expect.arrayContaining(['Heron Workshop on Seed Testing HELD_IN Hanoi', 'Brisk University HOSTED Heron Workshop on Seed Testing', 'Tern Provincial Bureau of Agriculture SUPPORTS Heron Workshop on Seed Testing', 'Quill Institute of Botany ATTENDED Heron Workshop on Seed Testing', 'Kestrel Seeds Co., Ltd. ATTENDED Heron Workshop on Seed Testing']));
    // The host that speaks is its host; a hall is where an event is held, none itself.
    expect(programme).not.toContain('Brisk University ATTENDED Heron Workshop on Seed Testing');
    expect((await names('Venue: Lotus Conference Hall, Hanoi')).filter((entity) => entity.startsWith('Event'))).toEqual([]);
    // A body of the network admits the members a bullet list names; a bullet's country after a comma is where the member is.
    const admitted = await parsedRelations('The Heron Seismic Network welcomed new members. At its 2026 Council Meeting, held in Hanoi and hosted by Brisk University, the council admitted:\n- Osprey Institute of Geophysics, Indonesia;\n- the Tern Institute of Earthquake Engineering.\nThey join the network\'s founding members: the Quill Academy of Sciences and Kestrel University. The Lark Geoscience Centre attended the meeting as an observer; it is not a member of the network.');
    expect(admitted).toEqual(expect.arrayContaining([
      'Heron Seismic Network ORGANIZED 2026 Council Meeting',
      '2026 Council Meeting HELD_IN Hanoi',
      'Osprey Institute of Geophysics MEMBER_OF Heron Seismic Network',
      'Osprey Institute of Geophysics LOCATED_IN Indonesia',
      'Tern Institute of Earthquake Engineering MEMBER_OF Heron Seismic Network',
      'Quill Academy of Sciences MEMBER_OF Heron Seismic Network',
      'Kestrel University MEMBER_OF Heron Seismic Network',
    ]));
    expect(admitted.filter((relation) => /^(Brisk University|Lark Geoscience Centre) MEMBER_OF/.test(relation))).toEqual([]);
    // A company's seat in brackets is part of its name; "on X's campus" places a centre; a field ends before "along".
    expect(await names('Heron Robotics (Shenzhen) Co., Ltd. provides the drones.')).toEqual(['Institution: Heron Robotics (Shenzhen) Co., Ltd.']);
    const campus = await names("The two universities will open a Heron-Lotus Chip Design Centre on Brisk University's campus.");
    expect(campus).toContain('Platform: Heron-Lotus Chip Design Centre');
    const fields = await parsedRelations('The Heron Remote Sensing Centre will work on crop monitoring and flood mapping along the Mekong.');
    expect(fields).toEqual(expect.arrayContaining(['Heron Remote Sensing Centre IN_DOMAIN Crop monitoring', 'Heron Remote Sensing Centre IN_DOMAIN Flood mapping']));
    // Who came: an observer sent, not the country that owns the one who sent it; what an event saw opened was launched at it.
    const forum = await parsedRelations("The 4th Heron Heritage Forum opened in Hanoi on Tuesday. Vietnam's Osprey Institute of Heritage Materials sent an observer. The forum also marked the opening of the Brisk Stone Laboratory.");
    expect(forum).toEqual(expect.arrayContaining(['Osprey Institute of Heritage Materials ATTENDED 4th Heron Heritage Forum', 'Brisk Stone Laboratory LAUNCHED_AT 4th Heron Heritage Forum']));
    expect(forum).not.toContain('Vietnam ATTENDED 4th Heron Heritage Forum');
    // What someone opened and is no event, they established; "the Osprey institute in 2015" points back whatever the date after it.
    expect(await parsedRelations('The Heron Seed Centre, opened by the Osprey Institute for Seed Standards in 2025, tests seeds.')).toContain('Osprey Institute for Seed Standards ESTABLISHED Heron Seed Centre');
    const founded = await names('The Osprey Integrated Circuit Research Institute signed a memorandum with Brisk University. The Quill Academy of Sciences helped found the Osprey institute in 2015.');
    expect(founded.filter((entity) => /institute$/.test(entity))).toEqual([]);
    // A post's field is no organisation; a member body's General Assembly is an event its owner organises, a "general assembly" none.
    expect((await names('The agreement was signed by a Vice Minister of Science and Technology of China.')).filter((entity) => /Science and Technology/.test(entity))).toEqual([]);
    const assembly = await parsedRelations('The Heron Data Alliance, founded by the Quill Academy of Sciences, held its 2026 General Assembly in Jakarta. The assembly was hosted by Brisk University.');
    expect(assembly).toEqual(expect.arrayContaining(['Heron Data Alliance ORGANIZED 2026 General Assembly', 'Brisk University HOSTED 2026 General Assembly', '2026 General Assembly HELD_IN Jakarta']));
    expect((await names('The Heron Data Alliance held its general assembly in Jakarta.')).filter((entity) => /assembly/i.test(entity))).toEqual([]);
    // Only an owner's meeting keeps its year ("the 2026 Heron Forum" is the Heron Forum); one that "hosted its" meeting hosted it.
    expect(await names('The 2026 Heron Innovation Forum was held in Hanoi.')).toContain('Event: Heron Innovation Forum');
    expect((await parsedRelations('Brisk University hosted its 2026 General Assembly in Hanoi.')).filter((relation) => / ORGANIZED /.test(relation))).toEqual([]);
    // A working group named with its remit is one.
    expect(await names('The two sides will set up a Joint Working Group on Space Applications.')).toContain('Agreement: Joint Working Group on Space Applications');
    // Who funds: "funding comes from A and from B" for the project spoken of; a "Board of" fields is a body, a "… Board for" a product.
    const funded = await parsedRelations('The Heron Sugar Project is led by Brisk University. Funding comes from the Tern Provincial Board of Science, Industry and Trade and from the Osprey Innovation Foundation.');
    expect(funded).toEqual(expect.arrayContaining(['Tern Provincial Board of Science, Industry and Trade SUPPORTS Heron Sugar Project', 'Osprey Innovation Foundation SUPPORTS Heron Sugar Project']));
    expect((await names('Its first project, Biomass Board for Low-Cost Housing, starts in May.')).filter((entity) => entity.startsWith('Institution'))).toEqual([]);
    // A giver supports whoever receives what it gives: "to" the centre, the centre's station, the authority lent units.
    const given = await parsedRelations("The Heron Remote Sensing Centre opened. Tern Geospatial Co., Ltd. will supply the centre's receiving station. Osprey Microsystems Co., Ltd. has agreed to donate design software licences to the centre.");
    expect(given).toEqual(expect.arrayContaining(['Tern Geospatial Co., Ltd. SUPPORTS Heron Remote Sensing Centre', 'Osprey Microsystems Co., Ltd. SUPPORTS Heron Remote Sensing Centre']));
    expect(await parsedRelations('The Angkor Stone Authority signed a memorandum with Brisk Laser Co., Ltd. Under it, the company will lend the authority two cleaning units.')).toContain('Brisk Laser Co., Ltd. SUPPORTS Angkor Stone Authority');
    // A body every country has a namesake of is named with the country that owns it.
    expect(await names("Officials of Vietnam's Ministry of Science and Technology witnessed it.")).toContain('Institution: Ministry of Science and Technology of Vietnam');
  });

  it('reads the classes of dev13 (tuned on from 6 December, ninth round): legal forms before a name, a short name after "Co., Ltd.", posts in programme lines, kinds alone, held shares, short forms of a name, units and pools, places and fields listed, speakers of an organisation, launches listed after a colon, support by possessive, venues named for a place, a body\'s meeting, a programme\'s furniture, a province\'s body, seats after a legal form, an article or a short name, a secretariat\'s host, things supplied, a seat in brackets', async () => {
    // "PT" before a name and "Tbk" after it are legal forms: the company is named, and found again without them; a quoted
    // short name in brackets after "Co., Ltd." is an alias, not a second company; holding shares establishes nothing.
    const release = 'PT Kite Nikel Utama Tbk ("Kite Nikel") and Heron Lithium Technology Co., Ltd. ("Heron Lithium") signed an agreement. The two companies have set up PT Heron Kite Materials as the joint venture company. Kite Nikel holds 51 per cent of its shares and Heron Lithium 49 per cent.';
    const draft = await draftOf(release);
    const companies = draft.entities.filter((entity) => entity.type === 'Institution').map((entity) => entity.name).sort();
    expect(companies).toEqual(['Heron Lithium Technology Co., Ltd.', 'PT Heron Kite Materials', 'PT Kite Nikel Utama Tbk']);
    expect(draft.entities.find((entity) => entity.name === 'Heron Lithium Technology Co., Ltd.')?.aliases.map((alias) => alias.alias)).toContain('Heron Lithium');
    const relations = await parsedRelations(release);
    expect(relations).toEqual(expect.arrayContaining(['PT Kite Nikel Utama Tbk ESTABLISHED PT Heron Kite Materials', 'Heron Lithium Technology Co., Ltd. ESTABLISHED PT Heron Kite Materials']));
    expect(relations.filter((relation) => / ESTABLISHED Heron Lithium|PART_OF/.test(relation))).toEqual([]);
    // A post before a comma ("Director, …") is no part of the name after it; "visits to companies in the Tern Science Park"
    // name no group; "the Quill station" is the "… Quill Seed Service Station" named before.
    const programme = 'Host: Heron Kite Innovation Center\nOrganiser: Lotus Heron Quill Seed Service Station\n\n09:00 Opening\n  Welcome: Director, Heron Kite Innovation Center\n  Remarks: Ms. Li Na, Counsellor, Ministry of Tin of the Kingdom of Cambodia\n\nWednesday: field visits to companies in the Tern Science Park and to farms that the Quill station has equipped.';
    const names = (await draftOf(programme)).entities.map((entity) => entity.name);
    expect(names).toEqual(expect.arrayContaining(['Heron Kite Innovation Center', 'Lotus Heron Quill Seed Service Station', 'Tern Science Park']));
    expect(names.filter((name) => /^(?:Director|Counsellor)\b|^Companies|^Quill station$/i.test(name))).toEqual([]);
    // A research unit and a talent pool are named organisations; places listed in brackets after their kind are places of
    // it, in the country they are "of"; fields after "fields:", an action's noun with what it acts on, and "its research".
    const report = 'The Kite Fever Project was carried out by the Heron Institute of Health and the Lotus Entomology Research Unit. The Project worked in two fields: vector surveillance and outbreak forecasting. Field work took place in three provinces of Laos (Tern Khao, Nam Quill and Boun Osprey). The Kite Managers Talent Pool was launched in May.\n\nThe Heron Joint Laboratory for Herbal Pharmacology opened in June. The new laboratory brings the two institutes together. Its research will focus on traditional medicine, the standardisation of herbal extracts and anti-malarial drug screening.';
    // A unit, its short name in brackets, then "of" the organisation it belongs to; "Remarks:" in a programme speaks at the event.
    expect(await parsedRelations('The Kite Fever Project was carried out with the Lotus Entomology Research Unit (LERU) of Quill Thuy University, Vietnam.')).toContain('Lotus Entomology Research Unit PART_OF Quill Thuy University');
    expect(await parsedRelations('Kite Training Course on Seed Banking\n\nRemarks: Ms. Li Na, Counsellor, Ministry of Tin of the Kingdom of Cambodia')).toContain('Ministry of Tin of Cambodia ATTENDED Kite Training Course on Seed Banking');
    // "given by Professor X of A, by a deputy director-general of the B": the person, or the post, speaks for A and B.
    expect(await parsedRelations('The Kite Fair opened on Monday. Keynote speeches were given by Professor Anan Wong of Heron University, by a deputy director-general of the Department of Tin of Laos, and by researchers from the Quill Institute of Soil.')).toEqual(
      expect.arrayContaining(['Heron University ATTENDED Kite Fair', 'Department of Tin of Laos ATTENDED Kite Fair', 'Quill Institute of Soil ATTENDED Kite Fair']),
    );
    // "Two platforms were launched on the first day: the A, which B set up with C's support, and the D": both were launched
    // at the event, and C supports A.
    expect(await parsedRelations('The 4th Kite Agriculture Fair opened on Monday in Vientiane. Two platforms were launched on the first day: the Heron Drone Service Platform, which the Quill Agency set up with the Tern Institute\'s support, and the Lotus Seed Traceability Platform.')).toEqual(
      expect.arrayContaining(['Heron Drone Service Platform LAUNCHED_AT 4th Kite Agriculture Fair', 'Lotus Seed Traceability Platform LAUNCHED_AT 4th Kite Agriculture Fair', 'Tern Institute SUPPORTS Heron Drone Service Platform']),
    );
    // An event at a venue named for a place the text names is held in that place.
    expect(await parsedRelations('LOTUSVILLE, Laos, 16 March 2027 -- Exhibitors from nine countries opened their stands at the 4th Kite Fair, which runs at the Lotusville International Convention Centre until Thursday. It is the first time the fair has left Lotusville.')).toContain('4th Kite Fair HELD_IN Lotusville');
    // "the Alliance's 3rd General Assembly": a body's meeting, named only by which one it is, takes the body's name.
    const assembly = (await draftOf("The Secretariat of the Lotus Marine Robotics Alliance (LMRA) announced that the Alliance's 3rd General Assembly, held in Quill City and hosted by Heron Ocean University, approved nine new members.")).entities.find((entity) => entity.type === 'Event');
    expect(assembly?.name).toBe('3rd General Assembly of the Lotus Marine Robotics Alliance');
    // ("the Network's fifth General Assembly" likewise; "the General Assembly" with no edition, owner or year names none.)
    const network = await draftOf("The Kite Rice Network admitted three members at the Network's fifth General Assembly. In May the General Assembly also elected a chair.");
    expect(network.entities.filter((entity) => entity.type === 'Event').map((entity) => entity.name)).toEqual(['Fifth General Assembly of the Kite Rice Network']);
    // A programme's own furniture ("Provisional programme") names nothing; a provincial body named with its province and
    // then its country is named without the country.
    const furniture = await draftOf('HANOI, 20 May 2027 -- Provisional programme\n\nThe Kite Training Course on Seeds opens on Monday. The Department of Tin of Heron Zhuang Autonomous Region of the People\'s Republic of China will attend.');
    expect(furniture.entities.map((entity) => entity.name)).not.toContain('Provisional programme');
    expect(furniture.entities.map((entity) => entity.name)).toContain('Department of Tin of Heron');
    // A seat after a legal form's full stop, with an article, or after a short name and "of".
    expect(await parsedRelations('The Tern Alliance admitted three new members:\n- Heron Herbal Products Co., Ltd., Thailand;\n- the Quill Centre for Ethnobotany, the Philippines.\nThe forum was held in Davao City, the Philippines. Universiti Teknikal Kite (UTK) of Malaysia also joined.')).toEqual(
      expect.arrayContaining(['Heron Herbal Products Co., Ltd. LOCATED_IN Thailand', 'Quill Centre for Ethnobotany LOCATED_IN Philippines', 'Davao City LOCATED_IN Philippines', 'Universiti Teknikal Kite LOCATED_IN Malaysia']),
    );
    // Who hosts or houses a network's secretariat supports the network.
    expect(await parsedRelations("The Lotus Solar Alliance was founded in 2021. Heron Energy Group Co., Ltd., which has hosted the Alliance's secretariat since 2021, will chair it. Its secretariat is hosted by the Quill Institute at its campus in Hanoi.")).toEqual(
      expect.arrayContaining(['Heron Energy Group Co., Ltd. SUPPORTS Lotus Solar Alliance', 'Quill Institute SUPPORTS Lotus Solar Alliance']),
    );
    // Things supplied to the work by an organisation: it supports what the text is about.
    expect(await parsedRelations('The Kite Dengue Project ran from 2024 to 2027. The Kite Dengue Project trained 200 health workers. Satellite rainfall data were supplied free of charge by the Heron Centre for Earth Data.')).toContain('Heron Centre for Earth Data SUPPORTS Kite Dengue Project');
    // A country's official name in brackets after an organisation is its seat, and the seat does not join anything.
    const joined = await parsedRelations('The Quill Ocean College (Republic of the Philippines) and the Heron Marine Institute (Indonesia) joined the Kite Alliance.');
    expect(joined).toEqual(expect.arrayContaining(['Quill Ocean College LOCATED_IN Philippines', 'Heron Marine Institute LOCATED_IN Indonesia', 'Quill Ocean College MEMBER_OF Kite Alliance']));
    expect(joined.filter((relation) => /^(?:Philippines|Indonesia) MEMBER_OF/.test(relation))).toEqual([]);
    const reported = await draftOf(`${report} Sites were built in Quill Tre, Heron Chhnang and Kite Trang provinces.`);
    expect(reported.entities.map((entity) => `${entity.type}: ${entity.name}`)).toEqual(expect.arrayContaining([
      'Institution: Lotus Entomology Research Unit', 'Platform: Kite Managers Talent Pool', 'Place: Tern Khao', 'Place: Nam Quill', 'Place: Boun Osprey',
      'Place: Quill Tre', 'Place: Heron Chhnang', 'Place: Kite Trang',
    ]));
    expect(await parsedRelations(report)).toEqual(expect.arrayContaining([
      'Tern Khao LOCATED_IN Laos', 'Nam Quill LOCATED_IN Laos', 'Boun Osprey LOCATED_IN Laos',
      'Kite Fever Project IN_DOMAIN Vector surveillance', 'Kite Fever Project IN_DOMAIN Outbreak forecasting',
      'Heron Joint Laboratory for Herbal Pharmacology IN_DOMAIN Standardisation of herbal extracts', 'Heron Joint Laboratory for Herbal Pharmacology IN_DOMAIN Anti-malarial drug screening',
    ]));
  });

  it('reads the classes of dev14 (tuned on from 6 December, tenth round): an edition\'s name over an "and", an industrial estate, a legal form that closes a name over an "and", "the joint venture company", a site after a possessive', async () => {
    // An ordinal counts an event's editions: the words it leads up to the event's head are one name, "and" or not.
    expect(await parsedRelations('The 5th Kite Smart Farm and Drone Technology Forum opened in Vientiane on Monday. It was hosted by the Heron Agency.')).toEqual(
      expect.arrayContaining(['Heron Agency HOSTED 5th Kite Smart Farm and Drone Technology Forum', '5th Kite Smart Farm and Drone Technology Forum HELD_IN Vientiane']),
    );
    // An industrial estate is a park; a legal form closes a name whose words before the "and" name nothing by themselves,
    // but a name the text gives by itself stays apart.
    const release = 'Kite Nikel makes cathodes. The plant will stand in the Lotus Bay Industrial Estate, developed by Quill Heron Land and Industrial Estate Public Company Limited. Kite Nikel and Tern Cobalt Co., Ltd. signed a supply agreement.';
    const entities = (await draftOf(release)).entities.map((entity) => `${entity.type} ${entity.name}`);
    expect(entities).toEqual(expect.arrayContaining(['Platform Lotus Bay Industrial Estate', 'Institution Quill Heron Land and Industrial Estate Public Company Limited', 'Institution Tern Cobalt Co., Ltd.']));
    expect(entities.filter((entity) => /^Institution (?:Quill Heron Land$|Industrial Estate Public|Kite Nikel and)/.test(entity))).toEqual([]);
    // "the joint venture company" is the company the text says was set up, never the name it is listed with.
    const venture = await parsedRelations('Heron Lithium Co., Ltd. and Kite Nikel Co., Ltd. will set up Tern Kite Materials Co., Ltd. to refine nickel. Kite Nikel supplies the ore. Heron Lithium and the joint venture company signed a technology licence agreement.');
    expect(venture.filter((relation) => / SIGNED Technology licence agreement/.test(relation)).map((relation) => relation.split(' SIGNED ')[0]).sort()).toEqual(['Heron Lithium Co., Ltd.', 'Tern Kite Materials Co., Ltd.']);
    // "on HTU's Quill campus" places the laboratory; it is no part of its name.
    expect((await draftOf('They opened the Kite Joint Laboratory for Soil Sensing on HTU\'s Quill campus.')).entities.map((entity) => entity.name)).toContain('Kite Joint Laboratory for Soil Sensing');
  });

  it('reads the classes of dev15 (tuned on from 6 December, eleventh round): a project\'s title line, a reference by a legal form, an owner\'s things in small letters, groups counted or placed, a seat before a verb, kinds of agreement joined by "and"', async () => {
    // A labelled title line names the project whole, commas and all; the lines under it are about it, not about their own first item.
    const report = 'Project: Kite Drying for Coffee, Cocoa and Cassava in the Heron Highlands (KiteDry)\nCoordinator: Quill Institute of Solar Engineering\nPartners: Tern Coffee Research Centre, Lao PDR; Lark Cocoa Cooperative, Myanmar\nFunders: Osprey Green Fund';
    expect(await parsedRelations(report)).toEqual(expect.arrayContaining([
      'Quill Institute of Solar Engineering PARTICIPATES_IN Kite Drying for Coffee, Cocoa and Cassava in the Heron Highlands',
      'Tern Coffee Research Centre PARTICIPATES_IN Kite Drying for Coffee, Cocoa and Cassava in the Heron Highlands',
      'Lark Cocoa Cooperative PARTICIPATES_IN Kite Drying for Coffee, Cocoa and Cassava in the Heron Highlands',
      'Osprey Green Fund SUPPORTS Kite Drying for Coffee, Cocoa and Cassava in the Heron Highlands',
    ]));
    expect((await parsedRelations(report)).filter((relation) => / Tern Coffee Research Centre$/.test(relation))).toEqual([]);
    // "the Tay Kite company" is the company named before, whose head is its legal form.
    expect((await draftOf('Tay Kite Agro-Machinery Company joined. The Tay Kite company built the units.')).entities.map((entity) => entity.name)).toEqual(['Tay Kite Agro-Machinery Company']);
    // "its research centre", "its working group on …": one of its own in small letters names nothing new.
    expect((await draftOf('The Kite Alliance met. Quill University chairs its working group on reference samples, and its research centre opened.')).entities.map((entity) => entity.name)).toEqual(['Kite Alliance', 'Quill University']);
    // A group counted by its head, or where something happens, is no entity; one that is set up is.
    const groups = (await draftOf('The council brought the membership to 46 institutions and companies in nine countries. Straw will come from rice mills in five provinces, and trials run on rice farms in three provinces. The Kite Network will set up training centres in three member countries.')).entities.map((entity) => entity.name);
    expect(groups.filter((name) => /mills|farms|institutions/i.test(name))).toEqual([]);
    expect(groups).toContain('Training centres in three member countries');
    // A place after "based in" is where a company is, not a field; "a supply and training agreement" is of both kinds.
    const signed = await draftOf('Heron Subsea Systems Co., Ltd., a maker of drones based in Zhuhai, signed a supply and training agreement with PT Kite Sensor Nusantara.');
    expect(signed.entities.filter((entity) => entity.type === 'Domain')).toEqual([]);
    expect(signed.entities.map((entity) => entity.name)).toContain('Supply and training agreement between Heron Subsea Systems Co., Ltd. and PT Kite Sensor Nusantara');
  });

  it('reads the classes of dev15, second pass: a person "of" an organisation, speeches "from", a title line with places joined by "and", a speaker after a talk\'s title and a dash, a programme\'s kind of document', async () => {
    // "from Maria Kite of the Quill Marine Centre": the person speaks for the centre, which attends; the person is no part of its name.
    const wire = await draftOf('The first Heron Forum on Marine Robotics opened in Surabaya on Wednesday. The opening session heard keynote speeches from Chen Lark, director of the Tern Institute of Robotics, and from Maria Kite of the Quill Marine Centre in Malaysia.');
    expect(wire.entities.map((entity) => entity.name)).toContain('Quill Marine Centre');
    expect(wire.entities.map((entity) => entity.name).filter((name) => /Maria/.test(name))).toEqual([]);
    const attended = await parsedRelations('The first Heron Forum on Marine Robotics opened in Surabaya on Wednesday. The opening session heard keynote speeches from Chen Lark, director of the Tern Institute of Robotics, and from Maria Kite of the Quill Marine Centre in Malaysia.');
    expect(attended).toEqual(expect.arrayContaining(['Tern Institute of Robotics ATTENDED Heron Forum on Marine Robotics', 'Quill Marine Centre ATTENDED Heron Forum on Marine Robotics']));
    // Two places joined by "and" before the dates under a title; a talk's speaker after a dash; "Course programme" names nothing.
    const programme = 'KUNMING, China, 20 August 2027 -- Course programme.\n\nINTERNATIONAL TRAINING COURSE ON KITE TREE HEALTH\nKunming and Jinghong, 13-24 September 2027\n\nOrganiser: Heron Rubber Research Institute\nTue 14 Sep, 09:00 Leaf fall disease in the uplands -- Dr Khin Lark, Quill Rubber Research Station (Myanmar)';
    expect(await parsedRelations(programme)).toEqual(expect.arrayContaining([
      'International Training Course on Kite Tree Health HELD_IN Kunming',
      'International Training Course on Kite Tree Health HELD_IN Jinghong',
      'Quill Rubber Research Station ATTENDED International Training Course on Kite Tree Health',
    ]));
    expect((await draftOf(programme)).entities.map((entity) => entity.name).filter((name) => /programme/i.test(name))).toEqual([]);
  });

  it('reads the classes of dev15, third pass: a marketplace described after a name, what an agreement\'s title sets up, what is to be built in a place', async () => {
    // "X, an online marketplace for …" is a trading platform, launched at the course and built by those named.
    const launch = 'HERON TRAINING COURSE ON KITE TREE HEALTH\nKunming, 13-24 September 2027\n\nThu 16 Sep, 14:00 Launch of the Quill Rubber Technology Exchange, an online marketplace for tapping tools built by the Tern Institute and Lark Data Co., Ltd.';
    expect((await draftOf(launch)).entities.map((entity) => `${entity.type} ${entity.name}`)).toContain('Platform Quill Rubber Technology Exchange');
    expect(await parsedRelations(launch)).toEqual(expect.arrayContaining(['Quill Rubber Technology Exchange LAUNCHED_AT Heron Training Course on Kite Tree Health', 'Tern Institute ESTABLISHED Quill Rubber Technology Exchange', 'Lark Data Co., Ltd. ESTABLISHED Quill Rubber Technology Exchange']));
    // "an Agreement on the Joint Establishment of the X Centre": the centre is an entity its signatories set up, and "the
    // centre, to be built in Battambang" is there.
    expect(await parsedRelations('The Royal Kite University and the Heron Institute signed an Agreement on the Joint Establishment of the Kite-Heron Rice Straw Centre. The centre, to be built in Battambang, will turn straw into biochar.')).toEqual(expect.arrayContaining([
      'Royal Kite University ESTABLISHED Kite-Heron Rice Straw Centre',
      'Heron Institute ESTABLISHED Kite-Heron Rice Straw Centre',
      'Kite-Heron Rice Straw Centre LOCATED_IN Battambang',
    ]));
    expect(await parsedRelations('The Kite Glass Research Centre opened in May. The centre will be built in Rayong.')).toContain('Kite Glass Research Centre LOCATED_IN Rayong');
  });

  it('reads where a campus puts its owner and what is opened on it, and who carries a project out beside its lead, across the tuning sets', async () => {
    expect(await parsedRelations('In February the Lao Kite Institute (LKI) opened the Kite Reference Laboratory at its campus in Muang Thamsai.')).toEqual(
      expect.arrayContaining(['Lao Kite Institute LOCATED_IN Muang Thamsai', 'Kite Reference Laboratory LOCATED_IN Muang Thamsai']),
    );
    const memorandum = 'Kite Heron University (KHU) and Quill Energy signed a memorandum. The two institutions will set up the KHU-Quill Data Laboratory at KHU\'s campus in Bang Sai.';
    expect(await parsedRelations(memorandum)).toEqual(expect.arrayContaining(['Kite Heron University LOCATED_IN Bang Sai', 'KHU-Quill Data Laboratory LOCATED_IN Bang Sai']));
    // "led by A with B", "implemented by A as lead partner, jointly with B": both carry the project out; "with support from C" is no share of the work.
    expect(await parsedRelations('The Kite Microgrid Project is led by the Heron Institute of Energy with the Quill Institute of Photovoltaics.')).toContain('Quill Institute of Photovoltaics PARTICIPATES_IN Kite Microgrid Project');
    expect(await parsedRelations('The Kite Microgrid Project was implemented by the Heron Institute of Energy as lead partner, jointly with the Quill Institute of Photovoltaics.')).toContain('Quill Institute of Photovoltaics PARTICIPATES_IN Kite Microgrid Project');
    expect((await parsedRelations('The Kite Microgrid Project is led by the Heron Institute of Energy with support from the Quill Institute of Photovoltaics.')).filter((relation) => relation.startsWith('Quill Institute of Photovoltaics PARTICIPATES_IN'))).toEqual([]);
    // A campus in no named place places nothing.
    expect((await parsedRelations('Kite Heron University (KHU) opened the KHU Data Laboratory on its riverside campus.')).filter((relation) => / LOCATED_IN /.test(relation))).toEqual([]);
  });

  it('reads the classes of dev14, second pass: a phase in a project\'s name, a programme "for" something and "of" its owner, courtesy titles, posts before a person, an owner\'s things in the plural, a founder "on the initiative of", a place "-based", "here" under a dateline', async () => {
    // A phase after a comma is part of a project's name; a programme's name may hold "for", and what it is "of" owns it.
    const report = 'Project title: Kite Rural Solar Demonstration Project, Phase II (2024-2026)\n\nThe project forms part of the Clean Water for Upland Villages Programme of the Ministry of Tin of Laos (MOT), which provided most of the budget.';
    const entities = (await draftOf(report)).entities.map((entity) => `${entity.type} ${entity.name}`);
    expect(entities).toEqual(expect.arrayContaining(['Project Kite Rural Solar Demonstration Project, Phase II', 'Initiative Clean Water for Upland Villages Programme']));
    expect(entities.filter((entity) => /Programme of the Ministry|Project$/.test(entity))).toEqual([]);
    // "Ir." opens a person's name in a programme line; a post and a title after an organisation's name are no part of it,
    // and the person they name is no organisation.
    const programme = 'Heron Course on Urban Sensing\n\n  Chair: Ir. Dewi Lestari, Kite Institute of Urban Informatics (Indonesia)\n\nThe agreement was signed by HTU Rector Prof. Anan Wong and Quill Institute Director Dr. Li Na.';
    const names = (await draftOf(programme)).entities.map((entity) => entity.name);
    expect(names).toContain('Kite Institute of Urban Informatics');
    expect(names.filter((name) => /Dewi|Rector|Anan Wong|Li Na/.test(name))).toEqual([]);
    // An owner's things in the plural are none in particular; "on the initiative of" says who founded what the sentence is
    // about, past a relative clause; a place before "-based" says where the funder is.
    const statement = 'The Kite Alliance welcomed new members. Founded in 2021 on the initiative of Heron University, which hosts its secretariat, the Alliance promotes herbal research. The Quill Institute will host students at its laboratories in Chengdu. The bank will operate with seed funding from the Hong Kong-based Lotus Health Foundation.';
    expect((await draftOf(statement)).entities.map((entity) => entity.name).filter((name) => /laborator/i.test(name))).toEqual([]);
    const relations = await parsedRelations(statement);
    expect(relations).toContain('Heron University ESTABLISHED Kite Alliance');
    expect(relations.filter((relation) => /^Hong Kong SUPPORTS/.test(relation))).toEqual([]);
    // "opened here" in a story under a dateline: the event is held in the dateline's city.
    expect(await parsedRelations('VIENTIANE, Laos, May 4, 2027 -- The 2nd Kite River Data Forum opened here on Tuesday, bringing together 200 delegates.')).toContain('2nd Kite River Data Forum HELD_IN Vientiane');
  });

  it('reads who runs or takes part in a thing across the tuning sets: "to be operated by", a relative clause after an apposition, an owner\'s partners, "will be run by", programmes run by partners, a reference by several words of a name', async () => {
    expect(await parsedRelations('Heron University opened the Lotus Water Demonstration Centre, to be operated by the Quill Institute of Irrigation and the Tern Institute of Hydraulic Engineering.')).toEqual(
      expect.arrayContaining(['Quill Institute of Irrigation PARTICIPATES_IN Lotus Water Demonstration Centre', 'Tern Institute of Hydraulic Engineering PARTICIPATES_IN Lotus Water Demonstration Centre']),
    );
    expect(await parsedRelations('Training took place at the Kite Urban Test Field, a two-square-kilometre living lab that the Quill Institute runs jointly with Heron University.')).toEqual(
      expect.arrayContaining(['Quill Institute PARTICIPATES_IN Kite Urban Test Field', 'Heron University PARTICIPATES_IN Kite Urban Test Field']),
    );
    expect(await parsedRelations('The Kite Farming Programme started in May. The programme\'s partner universities are Quill Agricultural University, Heron University of Technology and Tern Plateau University.')).toEqual(
      expect.arrayContaining(['Quill Agricultural University PARTICIPATES_IN Kite Farming Programme', 'Tern Plateau University PARTICIPATES_IN Kite Farming Programme']),
    );
    expect(await parsedRelations('The Kite Reef Laboratory opened. The laboratory will be run by the Quill Ocean Agency together with the Haikou-based Heron Ocean Institute.')).toEqual(
      expect.arrayContaining(['Quill Ocean Agency PARTICIPATES_IN Kite Reef Laboratory', 'Heron Ocean Institute PARTICIPATES_IN Kite Reef Laboratory']),
    );
    // "the Tern Lam centre" is the centre named before with those words, not the last centre the text mentioned.
    const statement = 'The Tern Lam Marine Robotics Centre joined the alliance. The Kite Transfer Center welcomed it. The Center will help members. The alliance will start the Kite Reef Survey Programme (KRSP), to be carried out by the Tern Lam centre and Quill Ocean University.';
    const relations = await parsedRelations(statement);
    expect(relations).toEqual(expect.arrayContaining(['Tern Lam Marine Robotics Centre PARTICIPATES_IN Kite Reef Survey Programme', 'Quill Ocean University PARTICIPATES_IN Kite Reef Survey Programme']));
    expect(relations).not.toContain('Kite Transfer Center PARTICIPATES_IN Kite Reef Survey Programme');
  });

  it('reads who signed across the tuning sets: "it has signed" after a dateline, parties described between commas', async () => {
    // "it" is the organisation the release opens with after its dateline, not a place the dateline names.
    const release = 'RAYONG, Thailand, 3 November 2026 -- Quill Cellwise Public Company Limited ("Quill Cellwise"), a Thai maker of battery packs, today announced that it has signed a joint venture agreement with Heron Recycling Technology Co., Ltd.';
    expect((await parsedRelations(release)).filter((relation) => / SIGNED /.test(relation)).map((relation) => relation.split(' SIGNED ')[0]).sort()).toEqual(['Heron Recycling Technology Co., Ltd.', 'Quill Cellwise Public Company Limited']);
    // A description between two parties, places and all, names no party.
    const joint = 'The plant opened. Heron Solar Glass Co., Ltd., a manufacturer based in Fangchenggang, Guangxi, and Tern Renewable Works, Inc., a Manila-based developer of solar farms, have signed a joint venture agreement.';
    expect((await parsedRelations(joint)).filter((relation) => / SIGNED /.test(relation)).map((relation) => relation.split(' SIGNED ')[0]).sort()).toEqual(['Heron Solar Glass Co., Ltd.', 'Tern Renewable Works, Inc.']);
  });

  it('reads who signed a licence "signed the same day": the one that licenses and the joint venture it licenses to', async () => {
    const release = 'Heron Starch Co., Ltd. ("Heron") and Kite Sago Berhad formed a joint venture. The joint venture company, Kite Heron Bioplastics Sdn. Bhd., will build a plant. Under a separate technology licence agreement signed on the same day, Heron has licensed its starch process to the joint venture for fifteen years.';
    const signed = (await parsedRelations(release)).filter((relation) => / SIGNED /.test(relation));
    expect(signed).toEqual([
      'Heron Starch Co., Ltd. SIGNED Technology licence agreement between Heron Starch Co., Ltd. and Kite Heron Bioplastics Sdn. Bhd.',
      'Kite Heron Bioplastics Sdn. Bhd. SIGNED Technology licence agreement between Heron Starch Co., Ltd. and Kite Heron Bioplastics Sdn. Bhd.',
    ]);
  });

  it('reads who signed through a pronoun or a relative clause: "they have signed" after the two that announce it, "an agreement that the two universities signed"', async () => {
    const announced = 'Nanning Kite Bioengineering Co., Ltd. ("Kite") and Heron Agro-Biotech Public Company Limited ("HAB") today announced that they have signed a joint venture agreement.';
    const signatories = (await parsedRelations(announced)).filter((relation) => / SIGNED /.test(relation)).map((relation) => relation.split(' SIGNED ')[0]);
    expect(signatories).toHaveLength(2);
    expect(signatories).toEqual(expect.arrayContaining([expect.stringMatching(/Kite Bioengineering Co\., Ltd\.$/), 'Heron Agro-Biotech Public Company Limited']));
    // "Today" or "Yesterday" opening a sentence is no word of the name after it.
    expect((await draftOf('Yesterday Heron University signed a memorandum with Quill University.')).entities.filter((entity) => entity.type === 'Institution').map((entity) => entity.name)).toEqual(['Heron University', 'Quill University']);
    // A sentence's first word that is a common noun ("Kite") still opens a name that runs into a legal form.
    expect((await draftOf('Kite Nikel Co., Ltd. signed a supply agreement with Heron Trading Co., Ltd.')).entities.map((entity) => entity.name)).toContain('Kite Nikel Co., Ltd.');
    const relative = 'Quill University of Health Sciences and Heron Medical University opened a lab. It was set up under a cooperation agreement that the two universities signed in Guangzhou last November.';
    expect(await parsedRelations(relative)).toEqual(expect.arrayContaining([
      'Quill University of Health Sciences SIGNED Cooperation agreement between Quill University of Health Sciences and Heron Medical University',
      'Heron Medical University SIGNED Cooperation agreement between Quill University of Health Sciences and Heron Medical University',
    ]));
  });

  it('reads where an organisation is from its description ("an Indonesian maker of paints", past its short name and ticker in brackets), and a place in the region after its comma', async () => {
    expect(await parsedRelations('PT Kite Offshore Coatings, an Indonesian maker of protective paints, signed it.')).toContain('PT Kite Offshore Coatings LOCATED_IN Indonesia');
    expect(await parsedRelations('Quill Lotus Digital Public Company Limited ("Quill Lotus"; SET: QLD), a Thai provider of network services, signed it.')).toContain('Quill Lotus Digital Public Company Limited LOCATED_IN Thailand');
    // "Wuzhou, Guangxi, China", "Si Racha, Chonburi Province": a place in the region after its comma; a list is no chain.
    expect(await parsedRelations('The plant is in Wuzhou, Guangxi, China.')).toEqual(expect.arrayContaining(['Wuzhou LOCATED_IN Guangxi', 'Guangxi LOCATED_IN China']));
    expect(await parsedRelations('The fair was held in Si Racha, Chonburi Province.')).toContain('Si Racha LOCATED_IN Chonburi');
    expect(await parsedRelations('The farm is in Namsai Province, northern Laos.')).toContain('Namsai LOCATED_IN Laos');
    expect((await parsedRelations('Kilns stand in Pursat, Battambang and Kampong Chhnang.')).filter((relation) => / LOCATED_IN /.test(relation))).toEqual([]);
    // ("a Chinese-funded project" describes no organisation's seat.)
    expect((await parsedRelations('The Kite Solar Project, a Chinese-funded project, opened.')).filter((relation) => / LOCATED_IN /.test(relation))).toEqual([]);
  });

  it('reads the members a body counts as its own after a comma: "by its two founding members, A and B"', async () => {
    expect(await parsedRelations('The Kite Microgrid Consortium was launched in 2023 by its two founding members, the Heron Institute of Power and Quill University of Electrical Engineering.')).toEqual(
      expect.arrayContaining(['Heron Institute of Power MEMBER_OF Kite Microgrid Consortium', 'Quill University of Electrical Engineering MEMBER_OF Kite Microgrid Consortium']),
    );
    // (Members named with no count and no "its" are not read this way: "new members, A and B" needs its listing word.)
    expect((await parsedRelations('The Kite Microgrid Consortium met. Members, the Heron Institute of Power said, will pay fees.')).filter((relation) => / MEMBER_OF /.test(relation))).toEqual([]);
  });

  it('reads a numbered meeting of a body\'s own organ: named after the body that holds it, held where it is held, hosted by its host', async () => {
    expect(await parsedRelations('Kite University is a founder. The ASEAN-China Kite Standards Alliance (ACKSA) held the third meeting of its Council in Nanning on 29 and 30 June. The meeting was hosted by Heron University of Chinese Medicine.')).toEqual(expect.arrayContaining([
      'ASEAN-China Kite Standards Alliance ORGANIZED Third meeting of the Council of the ASEAN-China Kite Standards Alliance',
      'Third meeting of the Council of the ASEAN-China Kite Standards Alliance HELD_IN Nanning',
      'Heron University of Chinese Medicine HOSTED Third meeting of the Council of the ASEAN-China Kite Standards Alliance',
    ]));
  });

  it('reads where an event is held: the line under its title, place first or dates first, and an event that "runs in" a place', async () => {
    expect(await parsedRelations('Regional Workshop on Kite Navigation for Smallholder Agriculture\nBangkok, Thailand, 8-10 September 2027\n\nThe workshop opened.')).toContain('Regional Workshop on Kite Navigation for Smallholder Agriculture HELD_IN Bangkok');
    expect(await parsedRelations('China-ASEAN Training Course on Kite Transfer Management, 2027\n5-9 July 2027, Bangkok, Thailand\n\nThe course opened.')).toContain('China-ASEAN Training Course on Kite Transfer Management HELD_IN Bangkok');
    expect(await parsedRelations('The Third Kite Conference on Digital Health opened on Monday. The conference, which runs in Chiang Rai from 18 to 21 October, drew 400 delegates.')).toContain('Third Kite Conference on Digital Health HELD_IN Chiang Rai');
  });

  it('reads fields of work: one field after a verb of focus when it reads as a field\'s name, fields a lab will study, a labelled "Field:" line with semicolons', async () => {
    expect(await parsedRelations('The Kite Joint Laboratory opened in May. Its research will focus on volcano monitoring and on the use of satellite data.')).toContain('Kite Joint Laboratory IN_DOMAIN Volcano monitoring');
    // "will study X and Y": the fields are the verb's object; "will work on X, starting with …": the participle opens no field.
    expect(await parsedRelations('The Kite Laboratory opened. The laboratory will study grid load forecasting and power quality monitoring.')).toEqual(
      expect.arrayContaining(['Kite Laboratory IN_DOMAIN Grid load forecasting', 'Kite Laboratory IN_DOMAIN Power quality monitoring']),
    );
    expect(await parsedRelations('The Kite Lab opened. The lab will work on sandstone conservation, starting with the salt damage.')).toContain('Kite Lab IN_DOMAIN Sandstone conservation');
    expect((await draftOf('A feasibility study of the Kite Laboratory was published.')).entities.filter((entity) => entity.type === 'Domain')).toEqual([]);
    // ("will focus on the needs of farmers": no field's name.)
    expect((await draftOf('The Kite Joint Laboratory opened in May. It will focus on the needs.')).entities.filter((entity) => entity.type === 'Domain')).toEqual([]);
    expect(await parsedRelations('Project title: Kite Microgrid Project\nField: new energy; rural electrification\nReporting institution: Heron Institute')).toEqual(
      expect.arrayContaining(['Kite Microgrid Project IN_DOMAIN New energy', 'Kite Microgrid Project IN_DOMAIN Rural electrification']),
    );
  });

  it('reads the classes of dev12 (tuned on from 6 December, eighth round): fields, seats in programme lines, portals, halls, parties of an agreement, an event\'s body, observers, asides in lists, money for work, legal forms', async () => {
    // "in <a field of work>" goes on with a title and names no place; the year before an event is its edition, kept as an alias;
    // a country after an organisation (and its short name) in a programme line says where it is and attends nothing.
    const programme = "2028 Lotus Training Course on Kite Sensing in Precision Agriculture for ASEAN Countries\n\nPROGRAMME\n\nVenue: Heron Hall, Osprey Institute of Soil Physics, Guilin, China\nOrganiser: Osprey Institute of Soil Physics (OISP)\n\nSession 1: Soil sensors\n    Chair: Prof. Anan Wong, Universiti Tern Johor (UTJ), Malaysia\n    Speakers: Quill Institute of Farm Robotics, Vietnam; Brisk Agricultural College, Myanmar\nLaunch of the Kite Farm Data Portal for ASEAN (KFDP), developed by OISP\n\nEnquiries: see the Osprey institute's farm data portal.";
    const draft = await draftOf(programme);
    const course = draft.entities.find((entity) => entity.type === 'Event');
    expect(course?.name).toBe('Lotus Training Course on Kite Sensing in Precision Agriculture for ASEAN Countries');
    expect(course?.aliases.map((alias) => alias.alias)).toContain('2028 Lotus Training Course on Kite Sensing in Precision Agriculture for ASEAN Countries');
    expect(draft.entities.filter((entity) => entity.type === 'Place').map((entity) => entity.name)).not.toContain('Precision Agriculture');
    const relations = await parsedRelations(programme);
    expect(relations).toEqual(expect.arrayContaining([
      `Universiti Tern Johor ATTENDED ${course!.name}`,
      'Universiti Tern Johor LOCATED_IN Malaysia',
      `Quill Institute of Farm Robotics ATTENDED ${course!.name}`,
      'Quill Institute of Farm Robotics LOCATED_IN Vietnam',
    ]));
    expect(relations.filter((relation) => /^(?:Malaysia|Vietnam|Myanmar) ATTENDED/.test(relation))).toEqual([]);
    // A portal is a platform when named, not when described; a hall listed beside an institute is no company.
    expect(draft.entities.map((entity) => `${entity.type}: ${entity.name}`)).toContain('Platform: Kite Farm Data Portal for ASEAN');
    expect(draft.entities.map((entity) => entity.name).filter((name) => /portal$|^Heron Hall$/.test(name))).toEqual([]);
    const cases: [string, string[]][] = [
      // "A Memorandum of Understanding on … between A and B": both are its signatories.
      [
        'Two documents were signed during the visit:\n1. A Memorandum of Understanding on Marine Science between the Kite Department of Science and the Heron Provincial Council (HPC), under which the two sides will meet every year.',
        ['Kite Department of Science SIGNED Memorandum of Understanding on Marine Science', 'Heron Provincial Council SIGNED Memorandum of Understanding on Marine Science'],
      ],
      // The body an event's name names is an entity, and "the Alliance" points back at it; observers from an organisation attend.
      [
        'The Sixth Annual Meeting of the Lotus Smart Farming University Alliance was held in Vientiane. Observers from the Osprey Seed Traders Association also took part.\n\nThe meeting admitted the following institutions as members of the Alliance:\n   - the Kite Institute of Agricultural Engineering (Myanmar);\n   - Heron Crops Technology Co., Ltd. (China).',
        [
          'Kite Institute of Agricultural Engineering MEMBER_OF Lotus Smart Farming University Alliance',
          'Heron Crops Technology Co., Ltd. MEMBER_OF Lotus Smart Farming University Alliance',
          'Osprey Seed Traders Association ATTENDED Sixth Annual Meeting of the Lotus Smart Farming University Alliance',
        ],
      ],
      // An aside in brackets after a funder does not end the list of funders.
      [
        'The Kite Rice Project started in 2024.\n\nIt was financed by the Ministry of Tin of Laos (USD 1.2 million) and by the Department of Lead of Guangxi (USD 0.4 million).',
        ['Ministry of Tin of Laos SUPPORTS Kite Rice Project', 'Department of Lead of Guangxi SUPPORTS Kite Rice Project'],
      ],
      // Money for work ("Construction … is funded by A") supports what the text is about; an endowment is an organisation.
      [
        'The Kite Joint Laboratory for Marine Corrosion was inaugurated in Surabaya. Construction and the first three years of operation are funded by the Ministry of Tin of Laos and by the Heron Marine Industry Endowment.',
        ['Ministry of Tin of Laos SUPPORTS Kite Joint Laboratory for Marine Corrosion', 'Heron Marine Industry Endowment SUPPORTS Kite Joint Laboratory for Marine Corrosion'],
      ],
    ];
    for (const [text, expected] of cases) expect(await parsedRelations(text)).toEqual(expect.arrayContaining(expected));
    // A company named with and without its legal form is one company.
    const companies = (await draftOf('Lotus Agro-Enzymes Public Company Limited and Kite Harbor Co., Ltd. signed a contract. Lotus Agro-Enzymes will build the plant with Kite Harbor.')).entities.filter((entity) => entity.type === 'Institution').map((entity) => entity.name);
    expect(companies.sort()).toEqual(['Kite Harbor Co., Ltd.', 'Lotus Agro-Enzymes Public Company Limited']);
  });

  it('reads the classes of dev11 (tuned on from 6 December, seventh round): arrangements, a place a signing opens with, newly admitted, based in', async () => {
    // An implementing arrangement is an agreement and a title; "On 8 June in Bandar Seri Begawan, A and B signed": the place
    // is no party; "the newly admitted Kite institute"; "the Guangzhou institute" is the one based in Guangzhou; a heading
    // "Next Assembly" names nothing.
    const text = "On 8 June 2027 in Bandar Seri Begawan, the Ministry of Tin of China (MOT) and the Ministry of Lead of Brunei signed the Implementing Arrangement on Cooperation in Marine Science and Coastal Technology. The Lotus Alliance admitted the Kite Institute of Herbal Medicine and the Heron Institute of Estuarine Engineering, based in Guangzhou. The Assembly agreed that the newly admitted Kite institute and the Guangzhou institute will join the Tern Standards Project as partners.\n\nNext Assembly\nThe fourth General Assembly will be held in Mandalay.";
    expect(await parsedRelations(text)).toEqual(expect.arrayContaining([
      'Ministry of Tin of China SIGNED Implementing Arrangement on Cooperation in Marine Science and Coastal Technology',
      'Ministry of Lead of Brunei SIGNED Implementing Arrangement on Cooperation in Marine Science and Coastal Technology',
      'Kite Institute of Herbal Medicine PARTICIPATES_IN Tern Standards Project',
      'Heron Institute of Estuarine Engineering PARTICIPATES_IN Tern Standards Project',
    ]));
    expect((await draftOf(text)).entities.map((entity) => entity.name).filter((name) => /institute$|Next Assembly/.test(name))).toEqual([]);
  });

  it('reads the classes of dev10 (tuned on from 5 December, sixth round): summer schools, dated programme lines, missions, parties counted, founders', async () => {
    // A summer school is an event; a lecture theatre and whose it is are two names; "Tue 21 July 09:00 Session 2:" lines;
    // "set up by the university" is the Universiti the sentence names; a demonstration farm is a platform.
    const school = await parsedRelations("PROGRAMME\n2nd Lotus Summer School on Rice Data\n20-31 July 2028\n\nVenue: Sri Lotus Lecture Theatre, Universiti Kite Lembah, Tanjung Heron, Malaysia\nHost: Universiti Kite Lembah (UKL)\n\nWeek 1\nTue 21 July 09:00 Session 2: Tractors on small plots, Osprey Agri-Robotics Inc. (Philippines)\nThu 23 July 08:00 Field day at the UKL Smart Paddy Demonstration Farm, set up by the university in 2026");
    expect(school).toEqual(expect.arrayContaining([
      'Universiti Kite Lembah HOSTED 2nd Lotus Summer School on Rice Data',
      'Osprey Agri-Robotics Inc. ATTENDED 2nd Lotus Summer School on Rice Data',
      'Universiti Kite Lembah ESTABLISHED UKL Smart Paddy Demonstration Farm',
    ]));
    expect((await draftOf("PROGRAMME\n2nd Lotus Summer School on Rice Data\n20-31 July 2028\n\nVenue: Sri Lotus Lecture Theatre, Universiti Kite Lembah, Tanjung Heron, Malaysia\nHost: Universiti Kite Lembah (UKL)\n\nWeek 1\nTue 21 July 09:00 Session 2: Tractors on small plots, Osprey Agri-Robotics Inc. (Philippines)\nThu 23 July 08:00 Field day at the UKL Smart Paddy Demonstration Farm, set up by the university in 2026")).entities.map((entity) => entity.name).filter((name) => /Theatre,/.test(name))).toEqual([]);
    // "EMBASSY NEWS" names nothing; a mission's name ends with where it is; "On 9 March," is no party; "the three parties"
    // are the three that signed, past a witness.
    const mission = await draftOf("EMBASSY NEWS -- Embassy of the People's Republic of China in Brunei Darussalam\n\nOn 9 March, the Ministry of Tin of Brunei (MOT), the Kite Institute of Food Science and Heron Harbor Co., Ltd. signed the Lotus Memorandum on Halal Food. A Deputy Director-General of the Osprey Department of Science witnessed the signing.\n\nUnder the memorandum, the three parties will set up the Lotus Halal Testing Centre.");
    expect(mission.entities.map((entity) => entity.name)).toEqual(expect.arrayContaining(["Embassy of the People's Republic of China in Brunei Darussalam"]));
    expect(mission.entities.map((entity) => entity.name).filter((name) => /^(?:Embassy News|March)$/i.test(name))).toEqual([]);
    expect(await parsedRelations("EMBASSY NEWS -- Embassy of the People's Republic of China in Brunei Darussalam\n\nOn 9 March, the Ministry of Tin of Brunei (MOT), the Kite Institute of Food Science and Heron Harbor Co., Ltd. signed the Lotus Memorandum on Halal Food. A Deputy Director-General of the Osprey Department of Science witnessed the signing.\n\nUnder the memorandum, the three parties will set up the Lotus Halal Testing Centre.")).toEqual(expect.arrayContaining([
      'Ministry of Tin of Brunei ESTABLISHED Lotus Halal Testing Centre',
      'Kite Institute of Food Science ESTABLISHED Lotus Halal Testing Centre',
      'Heron Harbor Co., Ltd. ESTABLISHED Lotus Halal Testing Centre',
    ]));
    // A dateline on a line of its own; "founded by its two founding members, A and B"; "a Shenzhen-based maker"; "the first
    // member from Myanmar"; a test bed "on Pulau Serai, which the Consortium opened".
    expect(await parsedRelations("Lotus Microgrid Consortium\nAnnual Report 2027\nKuching, Malaysia, 15 December 2027\n\nThe Lotus Microgrid Consortium (LMC) was founded in 2024 by its two founding members, the Kite Institute of Power Systems and Heron University of Electrical Engineering. In May it admitted Sunvolt Grid Co., Ltd., a Shenzhen-based maker of inverters, and the Osprey Institute of Electrical Technology, the first member from Myanmar. The LMC Open Microgrid Test Bed on Pulau Serai, which the Consortium opened in 2025, logged 10,000 hours.")).toEqual(expect.arrayContaining([
      'Kuching LOCATED_IN Malaysia',
      'Kite Institute of Power Systems ESTABLISHED Lotus Microgrid Consortium',
      'Heron University of Electrical Engineering ESTABLISHED Lotus Microgrid Consortium',
      'Sunvolt Grid Co., Ltd. LOCATED_IN Shenzhen',
      'Osprey Institute of Electrical Technology LOCATED_IN Myanmar',
      'Lotus Microgrid Consortium ESTABLISHED LMC Open Microgrid Test Bed',
    ]));
    // "sent an eighteen-member delegation"; "were represented by observers"; "the two ministries" are the last two ministries.
    const dialogue = await parsedRelations("The 6th Lotus Science Dialogue was held in Hanoi. It was hosted by the Ministry of Tin of Vietnam, while the Ministry of Lead of China sent an eighteen-member delegation. Researchers from the Kite Academy attended as advisers, and Laos and Cambodia were represented by observers. Under the arrangement, the two ministries will jointly establish the Lotus Drone Test Centre in Thai Son.");
    expect(dialogue).toEqual(expect.arrayContaining([
      'Ministry of Lead of China ATTENDED 6th Lotus Science Dialogue',
      'Laos ATTENDED 6th Lotus Science Dialogue',
      'Cambodia ATTENDED 6th Lotus Science Dialogue',
      'Ministry of Tin of Vietnam ESTABLISHED Lotus Drone Test Centre',
      'Ministry of Lead of China ESTABLISHED Lotus Drone Test Centre',
    ]));
    expect(dialogue.filter((relation) => relation.startsWith('Kite Academy ESTABLISHED'))).toEqual([]);
  });

  it('reads the classes of dev9 (tuned on from 5 December, fifth round): names in full, money, programmes, signings, references', async () => {
    // Heads where names put them ("Space Information" has none); "for River Navigation and Flood Services" stays one name
    // past the recogniser; a joint institute is a platform; a participle after "a … institute" places what it describes;
    // money that "comes from" A supports what the text is about; "BeiDou applications" and "Dean of Engineering" are no
    // places; "which will be based in Lanxi and will work on" gives the relative's antecedent both.
    const institute = await parsedRelations("The Heron-Kite Joint Institute for River Navigation and Flood Services was founded by Heron University and the Kite Institute of Geodesy and Space Information, a provincial research institute based in Lanxi, Guangxi, China. Start-up funding of RM8 million comes from the Heron Endowment Fund and the Kite Digital Council. The institute has a particular interest in BeiDou applications, said the Dean of Engineering. The two partners also unveiled the Heron-Kite Joint Laboratory for Reef Ecology, which will be based in Lanxi and will work on coral breeding and seaweed farming.");
    expect(institute).toEqual(expect.arrayContaining([
      'Kite Institute of Geodesy and Space Information ESTABLISHED Heron-Kite Joint Institute for River Navigation and Flood Services',
      'Kite Institute of Geodesy and Space Information LOCATED_IN Lanxi',
      'Heron Endowment Fund SUPPORTS Heron-Kite Joint Institute for River Navigation and Flood Services',
      'Kite Digital Council SUPPORTS Heron-Kite Joint Institute for River Navigation and Flood Services',
      'Heron-Kite Joint Laboratory for Reef Ecology LOCATED_IN Lanxi',
      'Heron-Kite Joint Laboratory for Reef Ecology IN_DOMAIN Seaweed farming',
    ]));
    expect(institute.filter((relation) => /^Heron-Kite Joint Institute.* LOCATED_IN|BeiDou|Engineering|^Space Information|^Flood Services/.test(relation))).toEqual([]);
    expect((await draftOf("The Heron-Kite Joint Institute for River Navigation and Flood Services was founded by Heron University and the Kite Institute of Geodesy and Space Information, a provincial research institute based in Lanxi, Guangxi, China. Start-up funding of RM8 million comes from the Heron Endowment Fund and the Kite Digital Council. The institute has a particular interest in BeiDou applications, said the Dean of Engineering. The two partners also unveiled the Heron-Kite Joint Laboratory for Reef Ecology, which will be based in Lanxi and will work on coral breeding and seaweed farming.")).entities.filter((entity) => ['Platform', 'Institution', 'Place'].includes(entity.type)).map((entity) => entity.name).sort()).toEqual([
      'Guangxi', 'Heron Endowment Fund', 'Heron University', 'Heron-Kite Joint Institute for River Navigation and Flood Services', 'Heron-Kite Joint Laboratory for Reef Ecology',
      'Kite Digital Council', 'Kite Institute of Geodesy and Space Information', 'Lanxi',
    ]);
    // A dateline with a province; "the two institutions" sign as the pair named last; numbered lines take the subject of
    // "agreed on the following actions:"; a title keeps its list of fields; "the capital of"; "X in Y, which A will run".
    const memorandum = await parsedRelations("NANNING, Guangxi, 2 May 2027 -- A delegation of the Ministry of Tin and Innovation of Laos visited the Osprey Bureau of Science.\n\nOn 1 May the two institutions signed a Memorandum of Understanding on Cooperation in Science, Technology and Innovation. Under the MoU, the two sides agreed on the following actions:\n\n1. To set up a Joint Committee on Tin Research, which will meet in Nanning and in Vientiane, the capital of the Lao PDR.\n2. To open, by the end of 2027, the Osprey Tin Service Station in Phongsaly Province, which the bureau will run together with the Phongsaly Tin Research Centre.");
    expect(memorandum).toEqual(expect.arrayContaining([
      'Nanning LOCATED_IN Guangxi',
      'Ministry of Tin and Innovation of Laos SIGNED Memorandum of Understanding on Cooperation in Science, Technology and Innovation',
      'Osprey Bureau of Science SIGNED Memorandum of Understanding on Cooperation in Science, Technology and Innovation',
      'Osprey Bureau of Science ESTABLISHED Joint Committee on Tin Research',
      'Vientiane LOCATED_IN Laos',
      'Osprey Bureau of Science ESTABLISHED Osprey Tin Service Station',
      'Phongsaly Tin Research Centre PARTICIPATES_IN Osprey Tin Service Station',
    ]));
    expect(memorandum.filter((relation) => /(?:Bureau|Ministry).* LOCATED_IN Phongsaly/.test(relation))).toEqual([]);
    // A programme's "Organised by:", "Chair:" and "Keynote:" lines; a bracketed country is a seat; the venue's hall is no
    // entity and its city's country no venue; "Launch of X, set up in Davao City by A and the Kite university".
    const programme = await parsedRelations("Lotus-ASEAN Workshop on Island Telemedicine\n9-10 June 2027\nOrganised by: Tern Institute of Health Informatics (TIHI) and Kite University of Medicine\nVenue: Marina Hall, Osprey Bay Convention Centre, Davao City, Philippines\n09:30  Keynote: \"Clinics across Borneo\", Brisk University\n10:30  Chair: Gecko Institute of Medical AI (Thailand)\n11:00  Launch of the Tern-Kite Tele-Consultation Hub, set up in Davao City by TIHI and the Kite university");
    expect(programme).toEqual(expect.arrayContaining([
      'Tern Institute of Health Informatics ORGANIZED Lotus-ASEAN Workshop on Island Telemedicine',
      'Kite University of Medicine ORGANIZED Lotus-ASEAN Workshop on Island Telemedicine',
      'Lotus-ASEAN Workshop on Island Telemedicine HELD_IN Davao City',
      'Brisk University ATTENDED Lotus-ASEAN Workshop on Island Telemedicine',
      'Gecko Institute of Medical AI ATTENDED Lotus-ASEAN Workshop on Island Telemedicine',
      'Gecko Institute of Medical AI LOCATED_IN Thailand',
      'Kite University of Medicine ESTABLISHED Tern-Kite Tele-Consultation Hub',
      'Tern-Kite Tele-Consultation Hub LOCATED_IN Davao City',
      'Tern-Kite Tele-Consultation Hub LAUNCHED_AT Lotus-ASEAN Workshop on Island Telemedicine',
    ]));
    expect(programme.filter((relation) => /Thailand ATTENDED|HELD_IN Philippines|Borneo ATTENDED|Marina|Convention/.test(relation))).toEqual([]);
    // A description between two signing parties; a ticker in brackets; a country before its currency; counted things in one
    // place; a release's boilerplate; a headline's bare description; a meeting named by its month; "the centre" another one.
    const release = await draftOf("FOR IMMEDIATE RELEASE\n\nKite Digital and Heron Cloud form joint venture to build data centre in Lanxi\n\nBANGKOK, 16 May 2028 -- Kite Digital Public Company Limited (\"Kite\"; SET: KTD), a Thai provider of network services, and Heron Cloud Technology Co., Ltd. (\"Heron Cloud\") today signed a joint venture agreement. The payment of 3.1 billion U.S. dollars is due in June. Kite operates six data centres in Thailand.\n\nThe venture will build the Lanxi Data Centre. The Osprey Innovation Center, which introduced the two companies to each other in 2027, will help the centre find research partners. The Kite Data Alliance approved five applications at its October meeting.");
    const names = release.entities.map((entity) => entity.name);
    expect(names.filter((name) => /KTD|^SET$|Release|United States|centres|October|^Data centre/i.test(name))).toEqual([]);
    expect(release.entities.find((entity) => entity.name === 'Kite Digital Public Company Limited')!.aliases.map((alias) => alias.alias)).toEqual(['Kite']);
    expect(await parsedRelations("FOR IMMEDIATE RELEASE\n\nKite Digital and Heron Cloud form joint venture to build data centre in Lanxi\n\nBANGKOK, 16 May 2028 -- Kite Digital Public Company Limited (\"Kite\"; SET: KTD), a Thai provider of network services, and Heron Cloud Technology Co., Ltd. (\"Heron Cloud\") today signed a joint venture agreement. The payment of 3.1 billion U.S. dollars is due in June. Kite operates six data centres in Thailand.\n\nThe venture will build the Lanxi Data Centre. The Osprey Innovation Center, which introduced the two companies to each other in 2027, will help the centre find research partners. The Kite Data Alliance approved five applications at its October meeting.")).toEqual(expect.arrayContaining([
      'Kite Digital Public Company Limited SIGNED Joint venture agreement between Kite Digital Public Company Limited and Heron Cloud Technology Co., Ltd.',
      'Heron Cloud Technology Co., Ltd. SIGNED Joint venture agreement between Kite Digital Public Company Limited and Heron Cloud Technology Co., Ltd.',
      'Osprey Innovation Center SUPPORTS Lanxi Data Centre',
    ]));
    // Shares of money; "the coordinating institute" is who coordinated; "presented at"; "Event in Place"; "the Exchange"
    // ends one name; "the Vientiane forum" is the one placed there; a platform hosted by A; "used the forum to launch X".
    const report = await parsedRelations("The Tern Rice Project was coordinated by the Osprey Institute of Rural Energy. Of the budget, 60 per cent came from the Ministry of Tin and 25 per cent from the Heron Villages Foundation. The coordinating institute presented the results at the 2nd Lotus Rural Energy Forum in Vientiane. The partners have set up the Kite Operators' Exchange, an online platform. The Exchange was launched at the Vientiane forum and is hosted by the Osprey institute. The Gecko Association used the forum to launch the Lotus Grid Data Platform.");
    expect(report).toEqual(expect.arrayContaining([
      'Ministry of Tin SUPPORTS Tern Rice Project',
      'Heron Villages Foundation SUPPORTS Tern Rice Project',
      'Osprey Institute of Rural Energy ATTENDED 2nd Lotus Rural Energy Forum',
      '2nd Lotus Rural Energy Forum HELD_IN Vientiane',
      "Kite Operators' Exchange LAUNCHED_AT 2nd Lotus Rural Energy Forum",
      "Osprey Institute of Rural Energy SUPPORTS Kite Operators' Exchange",
      'Gecko Association ESTABLISHED Lotus Grid Data Platform',
      'Lotus Grid Data Platform LAUNCHED_AT 2nd Lotus Rural Energy Forum',
    ]));
    expect(report.filter((relation) => relation.startsWith('2nd Lotus Rural Energy Forum ESTABLISHED'))).toEqual([]);
  });

  it('reads the classes of dev8 (tuned on from 5 December, fourth round): towns named Port, places in wider places, trainees, talks given, stations opened', async () => {
    // "Port Lark" is a town (a port as a head comes last), in the country named after "in the southern".
    const town = await parsedRelations('In the afternoon the Tern Sea Research Centre, based in Port Lark in the southern Philippines, presented its surveys. The Heron Innovation Port opened.');
    expect(town).toEqual(expect.arrayContaining(['Tern Sea Research Centre LOCATED_IN Port Lark', 'Port Lark LOCATED_IN Philippines']));
    // A programme's "Trainees:" and "Speakers:" lines attend its event; "keynote speeches were given by A and by the chief
    // engineer of B": both attend; "a station, which the service center opened in 2024": the center founded it.
    const programme = await parsedRelations('PROGRAMME -- Lotus Training Course on Fisheries Navigation, 12-16 October 2026\n\nHost: Brisk Ocean University\nTrainees: 30 officers from Indonesia and Vietnam\nSpeakers: Osprey Institute of Fisheries\n\n14:00 Practical session at the Tern Fisheries Service Center Lotus Monitoring Station, which the service center opened in 2024');
    expect(programme).toEqual(expect.arrayContaining([
      'Indonesia ATTENDED Lotus Training Course on Fisheries Navigation',
      'Vietnam ATTENDED Lotus Training Course on Fisheries Navigation',
      'Osprey Institute of Fisheries ATTENDED Lotus Training Course on Fisheries Navigation',
    ]));
    const talks = await parsedRelations('The 3rd Lotus Marine Forum opened on Tuesday in Hanoi. Keynote speeches on the first morning were given by researchers from the Penang Institute of Marine Robotics and by the chief engineer of Xiamen Deepblue Glider Technology Co., Ltd.');
    expect(talks).toEqual(expect.arrayContaining(['Penang Institute of Marine Robotics ATTENDED 3rd Lotus Marine Forum', 'Xiamen Deepblue Glider Technology Co., Ltd. ATTENDED 3rd Lotus Marine Forum']));
    expect(await parsedRelations('The Brisk Fisheries Service Center (BFSC) trains officers. Practical session at the BFSC Lotus Monitoring Station, which the service center opened in 2024.')).toContain('Brisk Fisheries Service Center ESTABLISHED BFSC Lotus Monitoring Station');
    // "this year's Assembly", "attended the Assembly": the assembly named before; "the next General Assembly" is another.
    const assembly = await parsedRelations("The Lotus Solar Alliance announced that its 2027 General Assembly, held in Hanoi, admitted two members:\n- the Brisk Institute of Energy, the host of this year's Assembly;\n- Osprey Solar Co., Ltd.\n\nThe Tern Solar Association attended the Assembly as an observer. The next General Assembly will take place in Kunming.");
    expect(assembly).toEqual(expect.arrayContaining(['Lotus Solar Alliance ORGANIZED 2027 General Assembly', '2027 General Assembly HELD_IN Hanoi', 'Tern Solar Association ATTENDED 2027 General Assembly']));
    expect(assembly.filter((relation) => /Kunming|"?Assembly"? /.test(relation) && !relation.includes('2027'))).toEqual([]);
    // A currency before an amount is no name, nor a word of the one before it.
    const sentences = readText('The Osprey Agency for Biotechnology Grants has given the Brisk Centre RM 4.5 million, and USD 2 million came later.');
    expect(extract('The Osprey Agency for Biotechnology Grants has given the Brisk Centre RM 4.5 million, and USD 2 million came later.', undefined, sentences, await parser.parse(sentences)).entities.map((entity) => entity.name)).toEqual(['Osprey Agency for Biotechnology Grants', 'Brisk Centre']);
  });

  it('reads the classes of dev7 (tuned on from 5 December, third round): headings in capitals, courses, a place line, roles and short forms', async () => {
    // A heading in capitals is a name (words the text writes in capitals elsewhere stay so); "the HeronDNA project" is it again.
    const report = await draftOf('HERON RIVER DNA BIRD SURVEY PROJECT (HeronDNA)\nProgress report, 1 May 2027\n\nThe HeronDNA project has found DNA of 40 bird species. The project is coordinated by the Osprey Institute of Ecology in Hanoi. Its partners are the Brisk University and the Tern Bird Centre. Data go to a platform that the coordinating institute built in 2025.');
    const names = report.entities.map((entity) => `${entity.type}: ${entity.name}`);
    expect(names).toContain('Project: Heron River DNA Bird Survey Project');
    expect(names.filter((name) => /HeronDNA|coordinating/i.test(name))).toEqual([]);
    expect(report.entities.find((entity) => entity.type === 'Project')!.aliases.map((alias) => alias.alias)).toEqual(['HeronDNA']);
    const byName = (id: string) => report.entities.find((entity) => entity.id === id)!.name;
    expect(report.relations.map((relation) => `${byName(relation.from)} ${relation.type} ${byName(relation.to)}`)).toEqual(expect.arrayContaining([
      'Osprey Institute of Ecology PARTICIPATES_IN Heron River DNA Bird Survey Project',
      'Tern Bird Centre PARTICIPATES_IN Heron River DNA Bird Survey Project',
    ]));
    // Quotes stay in the text's own letters.
    const quotes = report.entities.flatMap((entity) => [...entity.quotes, ...entity.aliases.map((alias) => alias.quote)]);
    expect(quotes.some((quote) => quote.startsWith('HERON RIVER DNA'))).toBe(true);
    for (const quote of quotes) expect('HERON RIVER DNA BIRD SURVEY PROJECT (HeronDNA)\nProgress report, 1 May 2027\n\nThe HeronDNA project has found DNA of 40 bird species. The project is coordinated by the Osprey Institute of Ecology in Hanoi. Its partners are the Brisk University and the Tern Bird Centre. Data go to a platform that the coordinating institute built in 2025.').toContain(quote);
    // A training course is an event; the line under a programme's title that opens with a place and then dates is where it is held.
    const course = await parsedRelations('PROGRAMME\n\nHeron Regional Training Course on Drone Mapping\nHanoi, 3-7 May 2027\n\nHost: Brisk University\nOrganisers: Osprey Institute of Ecology and the Tern Mapping Laboratory');
    expect(course).toEqual(expect.arrayContaining([
      'Heron Regional Training Course on Drone Mapping HELD_IN Hanoi',
      'Brisk University HOSTED Heron Regional Training Course on Drone Mapping',
      'Tern Mapping Laboratory ORGANIZED Heron Regional Training Course on Drone Mapping',
    ]));
    expect((await draftOf('In the course of the year the river rose.')).entities.filter((entity) => entity.type === 'Event')).toEqual([]);
    // A unit named after its parent (which the text names too) is named again without it: one entity, not two.
    const unit = await draftOf('Host: Osprey Technology Transfer Center Hanoi Innovation Center\nOrganiser: Brisk University\n\nOpening remarks by the Osprey Technology Transfer Center.\nClosing remarks by the Director of the Hanoi Innovation Center.');
    expect(unit.entities.map((entity) => entity.name).filter((name) => /Hanoi Innovation Center/.test(name))).toEqual(['Osprey Technology Transfer Center Hanoi Innovation Center']);
    // "it has concluded an agreement with B": "it" is the party the sentence opens with, and "concluded" signs.
    // "Under the agreement, the two sides will:" and a line for each thing they will do: the pair that signed does it,
    // though a sentence about a witness stands between.
    const agreement = await parsedRelations(
      'The Brisk Ministry of Science (BMS) is pleased to announce that it has concluded an Agreement on Solar Cooperation with the Osprey Department of Technology. The ceremony was witnessed by a delegation of the Lark Ministry of Energy.\n\nUnder the Agreement, which will remain in force for five years, the two sides will:\n- set up a Brisk-Osprey Joint Committee on Solar Cooperation, which will meet once a year;\n- establish the Brisk-Osprey Solar Demonstration Centre in Hanoi;\n- fund exchanges of young scientists.',
    );
    expect(agreement).toEqual(expect.arrayContaining([
      'Brisk Ministry of Science SIGNED Agreement on Solar Cooperation',
      'Osprey Department of Technology SIGNED Agreement on Solar Cooperation',
      'Brisk Ministry of Science ESTABLISHED Brisk-Osprey Joint Committee on Solar Cooperation',
      'Osprey Department of Technology ESTABLISHED Brisk-Osprey Joint Committee on Solar Cooperation',
      'Brisk Ministry of Science ESTABLISHED Brisk-Osprey Solar Demonstration Centre',
      'Osprey Department of Technology ESTABLISHED Brisk-Osprey Solar Demonstration Centre',
    ]));
    expect(agreement.filter((relation) => relation.startsWith('Lark Ministry of Energy'))).toEqual([]);
    // A fund gives, a building houses; "by A and by a grant from B": both support what is funded.
    const funded = await draftOf('The Brisk Lab occupies the second floor of the Lotus Life Sciences Building in Hanoi. The lab is funded for its first three years by the Tern Health Foundation and by a grant from the Osprey Medical Science Fund.');
    expect(funded.entities.map((entity) => `${entity.type}: ${entity.name}`).filter((name) => /Building|Fund/.test(name))).toEqual(['Institution: Osprey Medical Science Fund']);
    expect(await parsedRelations('The Brisk Lab is funded for its first three years by the Tern Health Foundation and by a grant from the Osprey Medical Science Fund.')).toEqual(expect.arrayContaining(['Tern Health Foundation SUPPORTS Brisk Lab', 'Osprey Medical Science Fund SUPPORTS Brisk Lab']));
    // A name with "and" in it, given whole elsewhere, is that name where a headline runs it on from another; "the Red
    // River institute", "the Stung Treng centre" name the Red River Institute of …, the Stung Treng … Centre again.
    const network = await draftOf('Statement by the Secretariat of the Lotus Seed Science and Breeding Network\n\nThe Lotus Seed Science and Breeding Network admitted two members. It was founded by the Red River Institute of Crop Genetics and the Stung Treng Freshwater Biodiversity Centre. Its secretariat is hosted by the Red River institute. The Stung Treng centre keeps its seed bank.');
    expect(network.entities.map((entity) => entity.name)).toEqual(['Lotus Seed Science and Breeding Network', 'Red River Institute of Crop Genetics', 'Stung Treng Freshwater Biodiversity Centre']);
    // "gathered in the Malaysian capital for the forum": the capital by name, where the forum is held; "first held in X"
    // is an earlier edition's place; "with support from A": A supports the event the sentence is about.
    const forum = await parsedRelations('More than 300 researchers gathered in the Malaysian capital on Tuesday for the 3rd Brisk Energy Forum. The two-day meeting is hosted by Osprey University, with support from the Lark Technology Transfer Center. Organisers said the forum, first held in Vientiane in 2022, would move to Hanoi next year.');
    expect(forum).toEqual(expect.arrayContaining(['3rd Brisk Energy Forum HELD_IN Kuala Lumpur', 'Osprey University HOSTED 3rd Brisk Energy Forum', 'Lark Technology Transfer Center SUPPORTS 3rd Brisk Energy Forum']));
    expect(forum.filter((relation) => /HELD_IN (?:Vientiane|Hanoi)/.test(relation))).toEqual([]);
    // "receives money from A": A supports the receiver; "received an award" names no giver.
    const received = await parsedRelations("The Brisk River Project receives 4.2 million yuan from China's Ministry of Science and Technology, and a further US$600,000 from the Tern Conservation Trust.");
    expect(received).toEqual(expect.arrayContaining(['Ministry of Science and Technology of China SUPPORTS Brisk River Project', 'Tern Conservation Trust SUPPORTS Brisk River Project']));
    expect((await parsedRelations('The Brisk River Project received an award in Hanoi.')).filter((relation) => / SUPPORTS /.test(relation))).toEqual([]);
    // "A opened a joint laboratory with B. The X Joint Laboratory …": the laboratory the next sentence names; a dateline's
    // city founds nothing; a laboratory named two sentences on may be another.
    const opened = await parsedRelations('HANOI, 14 September 2026 -- Brisk University of Health Sciences today opened a joint laboratory with Osprey Medical University to study mosquitoes. The China-Vietnam Joint Laboratory for Vector Research occupies a new building.');
    expect(opened).toEqual(expect.arrayContaining(['Brisk University of Health Sciences ESTABLISHED China-Vietnam Joint Laboratory for Vector Research', 'Osprey Medical University ESTABLISHED China-Vietnam Joint Laboratory for Vector Research']));
    expect(opened.filter((relation) => relation.startsWith('HANOI'))).toEqual([]);
    expect((await parsedRelations('Brisk University opened a laboratory last year. It studies rice. The Osprey Rice Laboratory is older.')).filter((relation) => / ESTABLISHED /.test(relation))).toEqual([]);
    // "The Nanning-based company" is the company named before, not a new one.
    expect((await draftOf('Brisk University and Osprey Digital Technology Co., Ltd. signed a memorandum. The Nanning-based company will send two engineers.')).entities.map((entity) => entity.name).filter((name) => /based/i.test(name))).toEqual([]);
    // "The forum concluded on Friday": no agreement, no signing.
    expect((await parsedRelations('The Brisk Forum concluded on Friday with a dinner hosted by Osprey University.')).filter((relation) => / SIGNED /.test(relation))).toEqual([]);
  });

  it('reads the classes of dev16 (tuned on from 6 December, the nineteenth session): hyphenated words inside names and fields', async () => {
    // "Post-harvest", "Non-destructive": a lower-case half after a hyphen inside a name is a word of it ("Nanning-based" is not).
    const named = await draftOf('Brisk University and Osprey University have established the China-Laos Joint Laboratory for Rice Post-harvest Technology. The Nanning-based Lark Institute of Non-destructive Testing will work on grain drying, ripening control and food processing for rice.');
    expect(named.entities.map((entity) => entity.name)).toEqual(expect.arrayContaining(['China-Laos Joint Laboratory for Rice Post-harvest Technology', 'Lark Institute of Non-destructive Testing', 'Rice Post-harvest Technology', 'Grain drying', 'Ripening control', 'Food processing']));
    expect(named.entities.map((entity) => entity.name).filter((name) => /Post$|Non$|based/.test(name))).toEqual([]);
  });

  it('reads the classes of dev16, signings: a named agreement "signed by" posts of their organisations, "concluded between", a directorate, a centre built "in" a place', async () => {
    // "signed by the Director-General of the Department and the Director General of GDARI": the posts sign for their bodies;
    // a directorate is a government body; "the Minister of <remit>" names no party.
    const memorandum = await parsedRelations('The Brisk Department of Science (hereinafter "the Department") visited the General Directorate of Energy Research of Cambodia (GDER). The Memorandum of Understanding on Solar Cooperation, signed by the Director-General of the Department and the Director General of GDER, sets up a committee. The Agreement on Wind Power was signed by the Minister of Higher Education, Science and Technology and by the President of Heron University.');
    expect(memorandum).toEqual(expect.arrayContaining(['Brisk Department of Science SIGNED Memorandum of Understanding on Solar Cooperation', 'General Directorate of Energy Research SIGNED Memorandum of Understanding on Solar Cooperation', 'General Directorate of Energy Research LOCATED_IN Cambodia', 'Heron University SIGNED Agreement on Wind Power']));
    expect(memorandum.filter((relation) => /^Higher Education/.test(relation))).toEqual([]);
    // "The Agreement on the Establishment of the X Centre, concluded between A and B. The two parties will jointly build the
    // centre in Kampong Thom Province": the centre its title sets up, not another centre named before, is built there.
    const centre = await parsedRelations('The delegation included the China-ASEAN Technology Transfer Center and Lark University. The Agreement on the Establishment of the Brisk Rice Processing Centre, concluded between Lark University and Heron University, was signed on Monday. The two parties will jointly build the centre in Kampong Thom Province.');
    expect(centre).toEqual(expect.arrayContaining(['Lark University SIGNED Agreement on the Establishment of the Brisk Rice Processing Centre', 'Heron University SIGNED Agreement on the Establishment of the Brisk Rice Processing Centre', 'Heron University ESTABLISHED Brisk Rice Processing Centre', 'Brisk Rice Processing Centre LOCATED_IN Kampong Thom']));
    expect(centre.filter((relation) => / ESTABLISHED China-ASEAN|China-ASEAN Technology Transfer Center LOCATED_IN/.test(relation))).toEqual([]);
    // ("connect with the farming enterprises in Vietnam": a plural the place describes is a group, not a reference.)
    expect((await draftOf('The platform will connect Brisk Drone Works Co., Ltd. with the farming enterprises in Vietnam.')).entities.map((entity) => entity.name)).toContain('Farming enterprises in Vietnam');
    // A headline's body named short is the one the text then names with its country.
    const statement = await draftOf('VIENTIANE, 9 March 2027 -- Press statement of the Ministry of Rice Research and Development\n\nThe Ministry of Rice Research and Development of the Lao People\'s Democratic Republic is pleased to announce an agreement.');
    expect(statement.entities.map((entity) => entity.name).filter((name) => /^Ministry/.test(name))).toEqual(['Ministry of Rice Research and Development of Laos']);
  });

  it('reads the classes of dev16, a project report: "co-funded", a report\'s furniture, a company by its first words, "installed", a leading "Under the project,", places listed after a colon', async () => {
    const text = 'MID-TERM REPORT: SUMMARY\nBrisk Flood Warning Project (BRISK)\n\nThe project is led by Lark University (LU) and carried out together with Heron Sensing Technology Co., Ltd. It is co-funded by the Osprey Fund and the Tern Foundation. Under the project, LU and Heron Sensing installed 30 monitoring stations in two southern provinces of Cambodia: Takeo and Kampot.';
    const names = (await draftOf(text)).entities.map((entity) => entity.name);
    expect(names).toEqual(expect.arrayContaining(['Heron Sensing Technology Co., Ltd.', 'Monitoring stations in two southern provinces of Cambodia', 'Takeo', 'Kampot']));
    expect(names.filter((name) => /Report|^Heron Sensing$/i.test(name))).toEqual([]);
    const relations = await parsedRelations(text);
    expect(relations).toEqual(expect.arrayContaining(['Osprey Fund SUPPORTS Brisk Flood Warning Project', 'Tern Foundation SUPPORTS Brisk Flood Warning Project', 'Lark University ESTABLISHED Monitoring stations in two southern provinces of Cambodia', 'Heron Sensing Technology Co., Ltd. ESTABLISHED Monitoring stations in two southern provinces of Cambodia', 'Takeo LOCATED_IN Cambodia', 'Kampot LOCATED_IN Cambodia']));
    expect(relations.filter((relation) => /^Brisk Flood Warning Project ESTABLISHED/.test(relation))).toEqual([]);
  });

  it('reads the classes of dev16, an alliance statement: "its Third Council Meeting", fields of the work it promotes after a fronted participle, a reference by words of a name "in" a place, those who work "in which" a project is done', async () => {
    const text = 'The Brisk Mobility Alliance held its Third Council Meeting in Hanoi on 6 December. Founded in 2023 by Lark Motors Group and the Heron Automotive Institute, the Alliance promotes cooperation in battery recycling and charging infrastructure. Its secretariat is hosted by the Heron institute in Hanoi. Members endorsed the Tern Passport Pilot, a two-year project in which Lark Motors Group and the Heron institute will trace used batteries.';
    const relations = await parsedRelations(text);
    expect(relations).toEqual(expect.arrayContaining([
      'Third Council Meeting of the Brisk Mobility Alliance HELD_IN Hanoi',
      'Brisk Mobility Alliance ORGANIZED Third Council Meeting of the Brisk Mobility Alliance',
      'Brisk Mobility Alliance IN_DOMAIN Battery recycling',
      'Brisk Mobility Alliance IN_DOMAIN Charging infrastructure',
      'Heron Automotive Institute LOCATED_IN Hanoi',
      'Lark Motors Group PARTICIPATES_IN Tern Passport Pilot',
      'Heron Automotive Institute PARTICIPATES_IN Tern Passport Pilot',
    ]));
    // "hosted by the Department in Nanning": where it hosted, not where the department is.
    expect((await parsedRelations('The Brisk Department of Science met the press. The forum was hosted by the Department in Nanning.')).filter((relation) => /Department of Science LOCATED_IN/.test(relation))).toEqual([]);
  });

  it('reads where an organisation is from "one of <place>\'s largest …" set off after its name', async () => {
    const relations = await parsedRelations('PT Lark Agro Industri Tbk ("Lark Agro"), one of Indonesia\'s largest producers of cassava starch, signed a memorandum with Brisk University. The laboratory opened in Chanthaburi. Its partner is Heron Fresh Co., Ltd., one of Chanthaburi\'s largest fruit exporters.');
    expect(relations).toEqual(expect.arrayContaining(['PT Lark Agro Industri Tbk LOCATED_IN Indonesia', 'Heron Fresh Co., Ltd. LOCATED_IN Chanthaburi']));
  });

  it('reads the classes of dev16, a forum wire: a demonstration base, "the base" after it, a field named by a discipline after a verb of focus', async () => {
    const text = 'The Tern Beidou Agricultural Demonstration Base was unveiled at the opening. Located south of Hanoi and run by the Lark Academy of Agricultural Sciences, the base covers 2,000 hectares of sugarcane and will focus on precision agriculture.';
    const relations = await parsedRelations(text);
    expect(relations).toEqual(expect.arrayContaining(['Lark Academy of Agricultural Sciences PARTICIPATES_IN Tern Beidou Agricultural Demonstration Base', 'Tern Beidou Agricultural Demonstration Base IN_DOMAIN Precision agriculture']));
    // "the customer base": a base with no word of a kind of base names nothing.
    expect((await draftOf('Brisk Co., Ltd. has grown its customer base in Vietnam.')).entities.map((entity) => entity.name).filter((name) => /base/i.test(name))).toEqual([]);
  });

  it('reads the classes of dev16, a course programme: a talk\'s organisation in brackets at the end of its line, "Drone-based" beside "drones", a platform "developed by" A and B', async () => {
    const text = '2027 International Training Course on Rice Drone Technology\nHost: Brisk Institute of Agricultural Aviation\n\nMonday 19 April\n14:00 Lecture: Spraying standards and flight safety (Lark Agricultural Aviation Association)\nEvening lecture: Drone-based pest surveillance in the Mekong Delta (Heron Institute of Crop Protection)\n15:00 Launch of the Tern Drone Service Platform, developed by the Brisk Institute of Agricultural Aviation and Osprey UAV Technology Co., Ltd.\nParticipants will fly drones over paddy plots.';
    const relations = await parsedRelations(text);
    expect(relations).toEqual(expect.arrayContaining([
      'Lark Agricultural Aviation Association ATTENDED International Training Course on Rice Drone Technology',
      'Heron Institute of Crop Protection ATTENDED International Training Course on Rice Drone Technology',
      'Brisk Institute of Agricultural Aviation ESTABLISHED Tern Drone Service Platform',
      'Osprey UAV Technology Co., Ltd. ESTABLISHED Tern Drone Service Platform',
    ]));
    expect((await draftOf(text)).entities.filter((entity) => entity.name === 'Drone')).toEqual([]);
  });

  it('reads the classes of dev17 (tuned on from 6 December, the twentieth session): a named survey, and a class noun in apposition "to be led by" A', async () => {
    const relations = await parsedRelations('The Council approved the Kestrel Reed Survey, a three-year project to be led by Osprey University. Its members license survey and inspection technologies.');
    expect(relations).toEqual(expect.arrayContaining(['Osprey University PARTICIPATES_IN Kestrel Reed Survey']));
    expect((await draftOf('Its members license survey and inspection technologies.')).entities).toEqual([]);
  });

  it('reads the classes of dev19 (tuned on from 6 December, the twenty-second session): the whole list a parsed object stands in ("welcomed A and B as new members", A parsed as a modifier of B)', async () => {
    const relations = await parsedRelations('The Heron Alliance welcomed Lotus University and Kite Institute as new members.');
    expect(relations).toEqual(expect.arrayContaining(['Lotus University MEMBER_OF Heron Alliance', 'Kite Institute MEMBER_OF Heron Alliance']));
    expect((await parsedRelations('The Kestrel Project is led by the Heron Institute in Guangxi, Lotus University and Kite Co., Ltd.')).filter((relation) => relation.startsWith('Guangxi PARTICIPATES_IN'))).toEqual([]);
    // A body's organ acts for the body named before it, not for the last institution the text named.
    const coordinated = await parsedRelations('The Heron Alliance was set up in 2019. The Kestrel Project started in 2021. The project is coordinated by the Alliance secretariat and funded by the Lotus Foundation.');
    expect(coordinated).toEqual(expect.arrayContaining(['Heron Alliance PARTICIPATES_IN Kestrel Project', 'Lotus Foundation SUPPORTS Kestrel Project']));
    expect(coordinated).not.toContain('Lotus Foundation PARTICIPATES_IN Kestrel Project');
  });

  it('reads the classes of dev18 (tuned on from 6 December, the twenty-first session): what an apposition describes is what was launched ("X (XL), an open platform built by A and B, was launched")', async () => {
    const relations = await parsedRelations('The Kestrel Forum opened in Cebu City on Monday. On the first day, the Heron Open Ledger (HOL), an open data platform built jointly by Lotus University and Kite Data Co., Ltd., was launched.');
    expect(relations).toContain('Heron Open Ledger LAUNCHED_AT Kestrel Forum');
    expect(relations.filter((relation) => relation.includes('Kite Data Co., Ltd. LAUNCHED_AT'))).toEqual([]);
  });

  it('reads the classes of dev21 (tuned on from 6 December, the twenty-fourth session): a relative pronoun object is the name the apposition it describes stands for, and support given "with" no co-founder', async () => {
    const launched = await parsedRelations('The Tern Network welcomed new members. Readings go to the Kestrel Data Commons, the open data portal that the Network launched in 2028.');
    expect(launched).toContain('Tern Network ESTABLISHED Kestrel Data Commons');
    const setUp = await parsedRelations("Two platforms were launched: the Heron Drone Service Platform, which the Kite Promotion Agency set up with the Osprey Transfer Center's support, and the Lotus Traceability Platform.");
    expect(setUp).toContain('Kite Promotion Agency ESTABLISHED Heron Drone Service Platform');
    expect(setUp.filter((relation) => relation.includes('ESTABLISHED Lotus Traceability Platform') || relation.startsWith('Osprey Transfer Center ESTABLISHED'))).toEqual([]);
  });

  it('reads the classes of dev21: a sponsor of a part of an event supports the event, and what is launched on a weekday of an event\'s story is launched at it', async () => {
    const found = await parsedRelations(
      'The 4th Kestrel Symposium on Island Grids opened in Cebu City on Wednesday. Sulu Osprey Inc., a Cebu-based installer, is sponsoring the field visits. On Thursday the Kite Transfer Center will launch the Heron Grid Knowledge Hub, an online platform.',
    );
    expect(found).toEqual(expect.arrayContaining(['Sulu Osprey Inc. SUPPORTS 4th Kestrel Symposium on Island Grids', 'Heron Grid Knowledge Hub LAUNCHED_AT 4th Kestrel Symposium on Island Grids']));
  });

  it('reads the classes of dev21: what is contributed or donated to no one named goes to the work the text is about, not to one the sentence names in another part', async () => {
    const found = await parsedRelations(
      'The Tern Apiculture Project (TAP) started in 2027. TAP is led by the Heron Institute. Imagery will be provided by the Kite Data Center, while Beeline Sensing Pte. Ltd. contributes hive sensors in kind.',
    );
    expect(found).toContain('Beeline Sensing Pte. Ltd. SUPPORTS Tern Apiculture Project');
    expect(found).not.toContain('Beeline Sensing Pte. Ltd. SUPPORTS Kite Data Center');
  });

  it('reads the classes of dev21: a speaker named after another speaker\'s relative clause is one of the speakers too', async () => {
    const found = await parsedRelations(
      'The 4th Kestrel Symposium on Island Grids opened on Wednesday. Keynote speakers included Professor Liang Wenhao of the Heron Institute of Island Energy, who described hybrid microgrids on islands off the coast of Hainan, and Dr Aung Kyaw Thu of the Osprey Institute of Power Engineering.',
    );
    expect(found).toEqual(expect.arrayContaining(['Heron Institute of Island Energy ATTENDED 4th Kestrel Symposium on Island Grids', 'Osprey Institute of Power Engineering ATTENDED 4th Kestrel Symposium on Island Grids']));
  });

  it('reads the classes of dev22 (tuned on from 7 December, the twenty-fifth session): those an ellipsis names ("…, as did B, a Thai start-up, and C") take the role the clause gave its own actors', async () => {
    const found = await parsedRelations('The 2nd Kestrel Forum on Dam Safety opened on Thursday. Delegations from Thailand and Myanmar attended, as did Heron Sensorworks, a Thai start-up, and Osprey Instruments Co., Ltd., which showed its gauges.');
    expect(found).toEqual(expect.arrayContaining(['Heron Sensorworks ATTENDED 2nd Kestrel Forum on Dam Safety', 'Osprey Instruments Co., Ltd. ATTENDED 2nd Kestrel Forum on Dam Safety']));
  });

  it('reads the classes of dev22: a company is where "the company\'s plant" is', async () => {
    const found = await parsedRelations('Kite Fibre Corporation joined the Heron Joint Laboratory for Fibre Panels. The partners also plan a demonstration line at the company\'s plant in Tern City by the end of 2031.');
    expect(found).toContain('Kite Fibre Corporation LOCATED_IN Tern City');
  });

  it('reads the classes of dev22: every town of a list set off by a comma before "in" a region is in that region', async () => {
    const found = await parsedRelations('The project works in orchards around Kampar and Bidor, in Perak, and at a laboratory in Ipoh.');
    expect(found).toEqual(expect.arrayContaining(['Kampar LOCATED_IN Perak', 'Bidor LOCATED_IN Perak']));
  });

  it('reads the classes of dev22: a partner who "joined as an associate partner" is one of the work funded, not of its funder named last after "from"', async () => {
    const found = await parsedRelations(
      'The Kestrel Smart Orchard Project is implemented by Heron University and the Osprey Growers\' Cooperative. Funding comes from the Kite Agricultural Agency and from the Tern Innovation Center. Wren Logistics Sdn. Bhd., a cold-storage firm, joined this year as an associate partner.',
    );
    expect(found).toContain('Wren Logistics Sdn. Bhd. PARTICIPATES_IN Kestrel Smart Orchard Project');
    expect(found).not.toContain('Wren Logistics Sdn. Bhd. PARTICIPATES_IN Tern Innovation Center');
  });
  it('reads no field list where a finite verb opens an item (a tuning-set class, 7 December, the twenty-seventh session), and keeps one whose item starts with a past form before a noun', async () => {
    const clause = (await draftOf('The Kestrel Center, an official partner of the alliance, helped broker the rewinding contract and will list the repair methods for licensing.')).entities;
    expect(clause.filter((entity) => entity.type === 'Domain').map((entity) => entity.name)).toEqual([]);
    const fields = (await draftOf('The Heron Alliance brings together universities and manufacturers working on engineered bamboo, bamboo-reinforced concrete and prefabricated bamboo housing.')).entities;
    expect(fields.map((entity) => entity.name)).toEqual(expect.arrayContaining(['Engineered bamboo', 'Bamboo-reinforced concrete', 'Prefabricated bamboo housing']));
  });
  it('reads who brokers an agreement, or "helped broker the deal" named before, as supporting it (a tuning-set class, 7 December, the twenty-seventh session)', async () => {
    const helped = await parsedRelations('The Heron Institute and Osprey Sugar signed a memorandum on harvester testing. The Kestrel Technology Transfer Center, which has matched machinery firms with growers since 2030, helped broker the deal.');
    expect(helped).toContain('Kestrel Technology Transfer Center SUPPORTS Memorandum between Heron Institute and Osprey Sugar');
    expect(await parsedRelations('Heron University and Osprey Sugar signed a licence agreement. The Kestrel Center brokered the agreement.')).toContain('Kestrel Center SUPPORTS Licence agreement between Heron University and Osprey Sugar');
  });
  it('keeps a company whole over "and" when Viet Nam\'s "Joint Stock Company" closes its name, though the recogniser reads two (a tuning-set class, 7 December, the twenty-seventh session)', async () => {
    const entities = (await draftOf('Co-organisers: Heron Institute of Textile Engineering; Lotus Dyeing and Finishing Joint Stock Company')).entities.map((entity) => entity.name);
    expect(entities).toContain('Lotus Dyeing and Finishing Joint Stock Company');
    expect(entities).not.toContain('Lotus Dyeing');
  });
  it('reads "X, a wholly owned subsidiary of Y" as X part of Y (a tuning-set class, 7 December, the twenty-seventh session)', async () => {
    expect(await parsedRelations('Heron Harvester Works Co., Ltd., a wholly owned subsidiary of Osprey Equipment Group, will build the machines.')).toContain('Heron Harvester Works Co., Ltd. PART_OF Osprey Equipment Group');
  });
  it('proposes no training centre given as a venue on the dated line under a title, though the recogniser reads an organisation (a tuning-set class, 7 December, the twenty-eighth session)', async () => {
    const entities = (await draftOf('PROGRAMME -- China-ASEAN Training Course on Solar Pumps\n3-7 May 2031, Lotus Lakeside Training Centre, Nanning, China\n\nVenue: Heron Bay Training Centre, Beihai, Guangxi\nThe course is organised by Osprey University.')).entities.map((entity) => entity.name);
    expect(entities).toEqual(expect.arrayContaining(['China-ASEAN Training Course on Solar Pumps', 'Osprey University']));
    expect(entities).not.toContain('Lotus Lakeside Training Centre');
  });
  it('keeps "X Bay Marine and Fisheries Bureau" one name, though the recogniser ends a name before "and" (a tuning-set class, 7 December, the twenty-eighth session)', async () => {
    const entities = (await draftOf('Co-organisers: Heron Ocean University; Osprey Bay Marine and Fisheries Bureau')).entities.map((entity) => entity.name);
    expect(entities).toContain('Osprey Bay Marine and Fisheries Bureau');
    expect(entities).not.toContain('Fisheries Bureau');
  });
  it('reads capitalised words that open a sentence and run into its finite verb as a name, which then splits "A and B Sdn. Bhd." elsewhere (a para6 class, 7 December, the twenty-eighth session)', async () => {
    const names = (await draftOf('A cooperation agreement between Kapuas Drone Services and Borneo Hydro Sensors Sdn. Bhd. completed the list. Kapuas Drone Services was also admitted to the Osprey Peatland Fire Network.')).entities.map((entity) => entity.name);
    expect(names).toEqual(expect.arrayContaining(['Kapuas Drone Services', 'Borneo Hydro Sensors Sdn. Bhd.']));
  });
  it('proposes no organisation for an acronym that designates a standard ("It will follow ISO 14064-2"), though the recogniser reads one (a para8 class, 7 December, the thirtieth session)', async () => {
    const names = (await draftOf('The Heron Blue Carbon Exchange will open in Trat next year. It will follow ISO 14064-2 for project-level accounting.')).entities.map((entity) => entity.name);
    expect(names).toEqual(expect.arrayContaining(['Heron Blue Carbon Exchange', 'Trat']));
    expect(names).not.toContain('ISO');
  });
  it('reads who pays for a platform\'s equipment or building as supporting the platform spoken of (a para9 class, 7 December, the thirtieth session)', async () => {
    expect(await parsedRelations('The Osprey Institute opened the Heron Coffee Quality Laboratory in Takengon. Equipment worth Rp 18 billion was paid for by the Kestrel Coffee Development Fund.')).toContain('Kestrel Coffee Development Fund SUPPORTS Heron Coffee Quality Laboratory');
    expect(await parsedRelations('The Heron Desalination Centre opened in Kupang. The Kestrel Clean Water Fund is paying for the building.')).toContain('Kestrel Clean Water Fund SUPPORTS Heron Desalination Centre');
  });
  it('reads "The licence was brokered (or matched) through X" as X supporting the licence signed before (a tuning-set class, 7 December, the thirtieth session)', async () => {
    const signed = 'Heron Labs signed a technology licence agreement with Osprey Coatings Co., Ltd. on Monday.';
    const licence = 'Technology licence agreement between Heron Labs and Osprey Coatings Co., Ltd.';
    expect(await parsedRelations(`${signed} The licence was brokered through the China-ASEAN Technology Trading Platform.`)).toContain(`China-ASEAN Technology Trading Platform SUPPORTS ${licence}`);
    expect(await parsedRelations(`${signed} The licence was matched through the China-ASEAN Technology Trading Platform.`)).toContain(`China-ASEAN Technology Trading Platform SUPPORTS ${licence}`);
  });
  it('reads no organisation in what a decree is on, though the recogniser reads one (a para10 class, 7 December, the thirty-first session)', async () => {
    const names = (await draftOf('The fruit is cleared under Decree No. 31 on Plant Quarantine, which the Kestrel Border Agency enforces.')).entities.map((entity) => entity.name);
    expect(names).toContain('Kestrel Border Agency');
    expect(names).not.toContain('Plant Quarantine');
  });
  it('reads "A will fund the centre\'s equipment, and B will …" as A supporting the centre named before, not B (a para10 class, 7 December, the thirty-first session)', async () => {
    const found = await parsedRelations('The Heron Agency and the Osprey Authority will set up the Kestrel Cold Chain Centre at the dry port. The Heron Agency will fund the centre\'s equipment, worth 6.5 million yuan, and the China-ASEAN Technology Transfer Center will advise it.');
    expect(found).toContain('Heron Agency SUPPORTS Kestrel Cold Chain Centre');
    expect(found).not.toContain('Heron Agency SUPPORTS China-ASEAN Technology Transfer Center');
  });
  it('reads a part\'s heading in capitals with its number ("WEEK 2 - OPERATION AND MAINTENANCE") as a heading, whose words name nothing (a para11 class, 7 December, the thirty-first session)', async () => {
    const text = 'TRAINING COURSE ON HERON GEOTHERMAL PLANTS: DESIGN, OPERATION AND MAINTENANCE\nBeijing, 13-24 September 2027\n\nHost: Osprey University of Earth Energy\n\nWEEK 1 - PRINCIPLES AND DESIGN\n09:00 Lecture: reservoirs - Dr. Ayu, Kamojang Geoscience Laboratory (Indonesia)\n\nWEEK 2 - OPERATION AND MAINTENANCE\nMonday 20 September: turbine maintenance\n';
    const names = (await draftOf(text)).entities.map((entity) => entity.name);
    expect(names).toEqual(expect.arrayContaining(['Osprey University of Earth Energy', 'Kamojang Geoscience Laboratory']));
    expect(names.filter((name) => /^(?:operation|maintenance|principles|design)/i.test(name))).toEqual([]);
  });
  it('proposes no organisation for an acronym listed with things or qualifying a noun with another ("firewood and LPG", "DCS and SCADA alarms"), though the recogniser reads one (a para11 class, 7 December, the thirty-first session)', async () => {
    const text = 'The Heron Drying Project tested whether geothermal brine could replace firewood and LPG for drying potatoes. Kestrel Power Co., Ltd. makes ORC, heat-pump and waste-heat product lines. Operators trained on DCS and SCADA alarms.';
    const names = (await draftOf(text)).entities.map((entity) => entity.name);
    expect(names).toEqual(expect.arrayContaining(['Heron Drying Project', 'Kestrel Power Co., Ltd.']));
    expect(names.filter((name) => /^(?:LPG|ORC|DCS|SCADA)$/.test(name))).toEqual([]);
  });
  it('proposes nothing for a language named in its own tongue ("in Bahasa Indonesia") or for a body\'s communications office on a contact line (para11 classes, 7 December, the thirty-first session)', async () => {
    const text = 'The Heron Drying Project trained 40 farmers in Wonosobo. Its manual is written in Bahasa Indonesia.\n\nAbout Kestrel\nKestrel Geothermal Tbk develops geothermal fields in Lampung.\n\nMedia contact: Ms. Dewi, dewi@kestrel.example | Kestrel Corporate Communications, +62 21 5000 0000';
    const names = (await draftOf(text)).entities.map((entity) => entity.name);
    expect(names).toContain('Heron Drying Project');
    expect(names.filter((name) => /Bahasa|Communications/.test(name))).toEqual([]);
  });
  it('reads an event\'s title line as its whole name, past a colon with its subtitle (a para11 class, 7 December, the thirty-first session)', async () => {
    const text = 'TRAINING COURSE ON HERON GEOTHERMAL PLANTS: DESIGN, OPERATION AND MAINTENANCE\nBeijing, 13-24 September 2027\n\nHost: Osprey University of Earth Energy\n';
    const draft = await draftOf(text);
    const course = 'Training Course on Heron Geothermal Plants: Design, Operation and Maintenance';
    expect(draft.entities.map((entity) => entity.name)).toContain(course);
    expect(draft.relations.map((relation) => `${draft.entities.find((entity) => entity.id === relation.from)?.name} ${relation.type} ${draft.entities.find((entity) => entity.id === relation.to)?.name}`)).toContain(`Osprey University of Earth Energy HOSTED ${course}`);
  });
  it('reads a publication\'s masthead ("HCU News | Research | 4 March 2027") as no organisation, though the recogniser reads one (a para13 class, 7 December, the thirty-second session)', async () => {
    const names = (await draftOf('HCU News | Research | 4 March 2027\n\nThe Heron Coastal University opened a laboratory in Penang.\n\nUPT News\nThe Osprey Polytechnic joined it.')).entities.map((entity) => entity.name);
    expect(names).toContain('Heron Coastal University');
    expect(names.filter((name) => /News/.test(name))).toEqual([]);
  });
  it('reads a table\'s cells apart, whatever the parse makes of a row: a country in its column takes no part in the project (a para13 class, 7 December, the thirty-second session)', async () => {
    const found = await parsedRelations('The Heron Cell Loop (HCL) is a three-year cooperation project.\n\n2. Partners\nPartner | Country | Role\nKestrel University of Transport | Vietnam | Coordinator; Work Package 1 (pack tracking)\nGannet Recycling Co., Ltd. | China | Technology partner\n');
    expect(found).toEqual(expect.arrayContaining(['Kestrel University of Transport PARTICIPATES_IN Heron Cell Loop', 'Kestrel University of Transport LOCATED_IN Vietnam', 'Gannet Recycling Co., Ltd. PARTICIPATES_IN Heron Cell Loop']));
    expect(found.filter((relation) => /^(?:Vietnam|China) PARTICIPATES_IN/.test(relation))).toEqual([]);
  });
  it('reads the parties who sign past an apposition that opens with "the" or an owner\'s possessive, and a number joined to its noun by a hyphen ("three-wheelers") as no count of parties (a para13 class, 7 December, the thirty-second session)', async () => {
    const found = await parsedRelations("Heron Cell Recycling Co., Ltd. and PT Kestrel Roda Tiga Tbk, Indonesia's largest maker of electric three-wheelers, today signed a joint venture agreement to establish PT Osprey Sel Hijau.");
    expect(found).toEqual(expect.arrayContaining(['Heron Cell Recycling Co., Ltd. ESTABLISHED PT Osprey Sel Hijau', 'PT Kestrel Roda Tiga Tbk ESTABLISHED PT Osprey Sel Hijau']));
    expect(found.filter((relation) => / SIGNED Joint venture agreement/.test(relation))).toHaveLength(2);
    expect((await parsedRelations('The Heron Institute and the Kestrel Institute, the largest maker of two-wheelers in Laos, signed an agreement to establish the Osprey Centre.')).filter((relation) => / ESTABLISHED Osprey Centre$/.test(relation))).toHaveLength(2);
  });
  it('reads a byline\'s name ("-- By Pimchanok Rattanakul, staff correspondent") as a person\'s, though the recogniser reads an organisation (a para13 class, 7 December, the thirty-second session)', async () => {
    const names = (await draftOf('BANGKOK, Thailand, 16 March 2027 (Asia Mobility Wire) -- By Pimchanok Rattanakul, staff correspondent\n\nThe Heron Institute opened a laboratory.')).entities.map((entity) => entity.name);
    expect(names).toContain('Heron Institute');
    expect(names.filter((name) => /Pimchanok/.test(name))).toEqual([]);
  });
  it('reads no place off an acronym before a number ("a design standard in ISO 22156"), a standard\'s code, though the recogniser reads a name (a para15 class, 7 December, the thirty-third session)', async () => {
    const draft = await draftOf('"Now there are grading rules, a design standard in ISO 22156, and mills that can ship 40 cubic metres a week. The buyers have to follow," said Dr. Li of the Heron Bamboo Institute.');
    expect(draft.entities.filter((entity) => entity.name === 'ISO')).toEqual([]);
  });
  it('reads "X Y and Z Head" as one name when the words around "and" share its head, though the recogniser starts a name after "and"; not after a field word, nor a lone place (a para3 and para15 class, 8 December, the thirty-fourth session)', async () => {
    const names = async (text: string) => (await draftOf(text)).entities.map((entity) => entity.name);
    expect(await names('The laboratory was set up by Kestrel Bamboo and Rattan Engineering College and the Heron Institute of Building Materials.')).toContain('Kestrel Bamboo and Rattan Engineering College');
    expect(await names('ISRI, the research arm of the Heronvale Cane and Sugar Council, has trialled harvesters since 2029.')).toContain('Heronvale Cane and Sugar Council');
    expect(await names('The agreement was signed by Siam Grid Analytics and Tern University of Information Technology in Bangkok.')).toEqual(expect.arrayContaining(['Siam Grid Analytics', 'Tern University of Information Technology']));
  });
  it('proposes no organisation for an office named "… Relations" on a contact line, and reads a list the text counts as two as two names though the second ends in a legal form (para16 classes, 8 December, the thirty-fourth session)', async () => {
    const names = async (text: string) => (await draftOf(text)).entities.map((entity) => entity.name);
    expect(await names('Heron Spice Co., Ltd. (HSC) opened a plant in Nanning.\n\nMedia contact: Investor Relations, HSC, ir@heronspice.example.com')).not.toContain('Investor Relations');
    expect(await names("Two processors, Kestrel Golden Berry Trading and Tern Yunling Spice Co., Ltd., joined the project.")).toEqual(expect.arrayContaining(['Kestrel Golden Berry Trading', 'Tern Yunling Spice Co., Ltd.']));
  });
});
