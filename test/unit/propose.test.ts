import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/platform/config/config';
import { extract } from '../../src/features/propose/propose.extract';
import { EntityType } from '../../src/engine/model/model';
import { spells, type Mention } from '../../src/features/propose/propose.mentions';
import { EntityRegistry } from '../../src/features/propose/propose.registry';
import { matchName, NameMatch, nameKey, slug, wordsKey } from '../../src/features/propose/propose.names';
import { inOriginalLetters, readingCopy, readText } from '../../src/features/propose/propose.text';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'proposer');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const entityNamed = (extraction: ReturnType<typeof extract>, name: string) => extraction.entities.find((entity) => entity.name === name);

/** Whether the text's draft holds `from` -[type]-> `to` (by entity name), with every quote verbatim. */
const draftOf = (text: string) => {
  const draft = extract(text);
  for (const relation of draft.relations) expect(text.slice(relation.span.start, relation.span.end)).toBe(relation.quote);
  const id = (name: string) => entityNamed(draft, name)?.id;
  const has = (from: string, type: string, to: string) => draft.relations.some((relation) => relation.from === id(from) && relation.type === type && relation.to === id(to));
  return { draft, has };
};

/** The names of the entities the text's draft proposes. */
const names = (text: string) => extract(text).entities.map((entity) => entity.name);

/** The names of the fields (Domain entities) the text's draft proposes. */
const domainNames = (text: string) => extract(text).entities.filter((entity) => entity.type === 'Domain').map((entity) => entity.name);

/** The text's draft relations, each as "from TYPE to" by entity name. */
const relations = (text: string) => {
  const { entities, relations: found } = extract(text);
  const name = (id: string) => entities.find((entity) => entity.id === id)?.name;
  return found.map((relation) => `${name(relation.from)} ${relation.type} ${name(relation.to)}`);
};

/** Each of `expected` ("from", "TYPE", "to", by entity name) is in the text's draft. */
const expectRelations = (text: string, expected: string[][]) => {
  const { has } = draftOf(text);
  for (const [from, type, to] of expected) expect([from, type, to, has(from, type, to)]).toEqual([from, type, to, true]);
};

describe('name variants for linking', () => {
  it.each([
    ['department of science and technology of guangxi', 'Department of Science and Technology of Guangxi', NameMatch.EXACT],
    ['the Chinese Academy of Sciences', 'Chinese Academy of Sciences', NameMatch.VARIANT],
    ['China-ASEAN Information Harbor', 'China-ASEAN Information Harbor Co., Ltd.', NameMatch.VARIANT],
    ['China ASEAN Information Harbor Co Ltd', 'China-ASEAN Information Harbor Co., Ltd.', NameMatch.VARIANT],
    ['"the Belt and Road" Initiative', 'Belt and Road Initiative', NameMatch.VARIANT],
    ['Guangxi Science and Technology Department', 'Department of Science and Technology of Guangxi', NameMatch.REORDERED],
    ['Guangxi Department of Science and Technology', 'Department of Science and Technology of Guangxi', NameMatch.REORDERED],
  ])('"%s" matches "%s" (%s)', (mention, known, expected) => {
    expect(matchName(mention, known)).toBe(expected);
  });

  it('keeps different names apart', () => {
    expect(matchName('Guangxi', 'Guangxi University of Chinese Medicine')).toBeUndefined();
    expect(matchName('Ministry of Science and Technology', 'Department of Science and Technology of Guangxi')).toBeUndefined();
    expect(matchName('Technology Transfer', 'China-ASEAN Technology Transfer Center')).toBeUndefined();
    expect(wordsKey('Guangxi')).toBeUndefined();
  });

  it('makes readable ids', () => {
    expect(slug('China-ASEAN Information Harbor Co., Ltd.')).toBe('china-asean-information-harbor');
    expect(nameKey('The  "Belt and Road" Initiative')).toBe('belt and road initiative');
    // A Thai company's legal form, like any other, does not tell it apart; a "Public" that is no legal form stays.
    expect(nameKey('Lotus Agro-Biotech Public Company Limited')).toBe(nameKey('Lotus Agro-Biotech'));
    expect(nameKey('Lotus Public Library')).toBe('lotus public library');
  });
});

describe('reading a text', () => {
  const lotus = extract(fixture('lotus-valley-forum-2026-03-14.txt'));
  const heron = extract(fixture('silver-heron-summit-2025-11-20.txt'));

  it('proposes the aliases the text defines, with the defining words as evidence', () => {
    const institute = entityNamed(lotus, 'Lotus Valley Institute of Agronomy');
    expect(institute?.aliases).toEqual([expect.objectContaining({ alias: 'LVIA', quote: 'Lotus Valley Institute of Agronomy (hereinafter referred to as "LVIA")' })]);
    const centre = entityNamed(heron, 'Silver Heron Ocean Robotics Centre');
    expect(centre?.aliases.map((alias) => alias.alias)).toEqual(['SHORC']);
    // A later bare "SHORC" is the same entity, not a new one.
    expect(heron.entities.filter((entity) => entity.name === 'SHORC')).toEqual([]);
    expect(heron.relations).toContainEqual(expect.objectContaining({ type: 'ESTABLISHED', from: centre!.id }));
  });

  it('never invents an alias the text does not define', () => {
    // "CAS" is used but never defined in this text.
    expect(heron.entities.flatMap((entity) => entity.aliases.map((alias) => alias.alias))).not.toContain('CAS');
  });

  it('reads quantities with their qualifiers and gives them to the entity they count', () => {
    const network = entityNamed(lotus, 'Lotus Valley smart farming cooperation network');
    expect(network?.properties).toMatchObject({ memberCount: 340, memberCountQualifier: 'MORE_THAN', countryCount: 6 });
    expect(lotus.quantities).toContainEqual(expect.objectContaining({ text: 'more than 340 members', value: 340, qualifier: 'MORE_THAN', property: 'memberCount', entityId: network!.id }));
    const labs = entityNamed(heron, 'Joint laboratories in ASEAN countries');
    expect(labs?.properties).toMatchObject({ collective: true, count: 5, countryCount: 4 });
  });

  it('reads dates: the dateline, and an event range in the publication year', () => {
    expect(lotus.dateline).toEqual({ place: 'Kunming, China', date: '2026-03-14', publisher: 'Fictional Wire' });
    const forum = entityNamed(lotus, '3rd Lotus Valley Forum on Digital Agriculture');
    expect(forum?.properties).toMatchObject({ edition: 3, startDate: '2026-03-02', endDate: '2026-03-04' });
    expect(lotus.dates).toContainEqual(expect.objectContaining({ text: 'March 2 to 4', date: '2026-03-02', endDate: '2026-03-04', property: 'startDate' }));
    expect(heron.dates).toContainEqual(expect.objectContaining({ text: 'Nov. 20, 2025', date: '2025-11-20' }));
    const dated = extract('The 1st Example Forum on Testing was held in Bangkok on 5 June 2024; its report followed on 2024-07-01.');
    expect(dated.dates.map((date) => date.date)).toEqual(['2024-06-05', '2024-07-01']);
  });

  it('types names by their head word and countries from the country package', () => {
    const types = Object.fromEntries(heron.entities.map((entity) => [entity.name, `${entity.type}/${entity.kind}`]));
    expect(types).toMatchObject({
      'Heron Bay University': 'Institution/UNIVERSITY',
      Singapore: 'Country/COUNTRY',
      Indonesia: 'Country/COUNTRY',
      Jakarta: 'Place/CITY',
      '2nd Silver Heron Summit on Blue Economy': 'Event/FORUM',
      'Research on Coral Reef Monitoring Based on Autonomous Underwater Vehicles': 'Project/RESEARCH_PROJECT',
    });
    expect(entityNamed(heron, 'Singapore')?.properties).toEqual({ isoCode: 'SG' });
    // "Heron Bay University of Singapore": the country is split off, kept as an alias, and stated as a location.
    const university = entityNamed(heron, 'Heron Bay University')!;
    expect(university.aliases.map((alias) => alias.alias)).toContain('Heron Bay University of Singapore');
    expect(heron.relations).toContainEqual(expect.objectContaining({ type: 'LOCATED_IN', from: university.id, to: 'singapore' }));
  });

  it('proposes relationships from sentence structure, each quote verbatim', () => {
    const text = fixture('lotus-valley-forum-2026-03-14.txt');
    const id = (name: string) => entityNamed(lotus, name)!.id;
    const has = (from: string, type: string, to: string) => lotus.relations.some((relation) => relation.from === id(from) && relation.type === type && relation.to === id(to));
    expect(has('3rd Lotus Valley Forum on Digital Agriculture', 'HELD_IN', 'Kunming')).toBe(true);
    expect(has('Lotus Valley Seed Data Platform', 'LAUNCHED_AT', '3rd Lotus Valley Forum on Digital Agriculture')).toBe(true);
    expect(has('Lotus Valley Institute of Agronomy', 'GUIDED_BY', 'Ministry of Science and Technology')).toBe(true);
    expect(has('Vietnam', 'MEMBER_OF', 'ASEAN')).toBe(true);
    expect(has('Lotus Valley Drone Works Co., Ltd.', 'PROMOTES', 'Soil analytics')).toBe(true);
    for (const relation of lotus.relations) {
      expect(text.slice(relation.span.start, relation.span.end)).toBe(relation.quote);
      expect(relation.confidence).toBeGreaterThan(0);
      expect(relation.reason).not.toBe('');
    }
    for (const entity of lotus.entities) for (const quote of entity.quotes) expect(text).toContain(quote);
  });
});

describe('relation frames', () => {

  it.each([
    ['The 4th Amber Coast Expo on Marine Technology opened in Da Nang on Monday.', 'Da Nang'],
    ['The 4th Amber Coast Expo on Marine Technology was held in Kuching from 3 to 5 May.', 'Kuching'],
    ['The 4th Amber Coast Expo on Marine Technology took place in Chiang Rai.', 'Chiang Rai'],
    ['The 4th Amber Coast Expo on Marine Technology kicked off in Hai Phong yesterday.', 'Hai Phong'],
    ['Delegates praised the 4th Amber Coast Expo on Marine Technology, held in Luang Prabang, for its focus.', 'Luang Prabang'],
  ])('places an event where it was held: %s', (text, place) => {
    expect(draftOf(text).has('4th Amber Coast Expo on Marine Technology', 'HELD_IN', place)).toBe(true);
  });

  it('gives hosts and organisers their event, named or referred to ("it", "the workshop")', () => {
    const { has } = draftOf(
      'The Kestrel Workshop on Urban Drones took place in Chiang Rai. Ridgeway University and the Saltmarsh Institute of Technology hosted it; the Kestrel Robotics Alliance and Lantern Labs organized it. ' +
        'The Heliotrope Forum on Clean Air, co-hosted by Orchid University and jointly organised by Vientiane Polytechnic, Bluefin Polytechnic and the Sandpiper Institute, opened in Kuching.',
    );
    const workshop = 'Kestrel Workshop on Urban Drones';
    expect(['Ridgeway University', 'Saltmarsh Institute of Technology'].every((host) => has(host, 'HOSTED', workshop))).toBe(true);
    expect(['Kestrel Robotics Alliance', 'Lantern Labs'].every((organiser) => has(organiser, 'ORGANIZED', workshop))).toBe(true);
    expect(has('Ridgeway University', 'ORGANIZED', workshop)).toBe(false);
    const forum = 'Heliotrope Forum on Clean Air';
    expect(has('Orchid University', 'HOSTED', forum)).toBe(true);
    expect(['Vientiane Polytechnic', 'Bluefin Polytechnic', 'Sandpiper Institute'].every((organiser) => has(organiser, 'ORGANIZED', forum))).toBe(true);
    expect(has(forum, 'HELD_IN', 'Kuching')).toBe(true);
  });

  it('reads a passive "hosted by … and organised by …" after a pronoun, and an event under auspices', () => {
    const { has } = draftOf('The 2nd Teak Valley Summit on Forestry opened in Pakse. It was hosted by the Pakse Forestry Institute and organized by Champasak University. Under the auspices of the Ministry of Agriculture, the summit attracted delegates from Laos and Cambodia.');
    const summit = '2nd Teak Valley Summit on Forestry';
    expect(has('Pakse Forestry Institute', 'HOSTED', summit)).toBe(true);
    expect(has('Champasak University', 'ORGANIZED', summit)).toBe(true);
    expect(has('Ministry of Agriculture', 'SUPPORTS', summit)).toBe(true);
    expect(has('Laos', 'ATTENDED', summit) && has('Cambodia', 'ATTENDED', summit)).toBe(true);
  });

  it('lets the countries and organisations named among attendees attend the event', () => {
    const { has } = draftOf('The Coral Bay Conference on Fisheries was held in Penang. Officials from six countries, including Myanmar, Brunei and the Philippines, attended the conference, and experts from Lagoon University spoke at it.');
    const conference = 'Coral Bay Conference on Fisheries';
    expect(['Myanmar', 'Brunei', 'Philippines', 'Lagoon University'].every((attendee) => has(attendee, 'ATTENDED', conference))).toBe(true);
  });

  it('names an unnamed agreement after its parties, and keeps a named one', () => {
    const { draft, has } = draftOf(
      'Tamarind University signed a memorandum of understanding (MoU) with Pelican Bay University on Friday. Ridgeway University and Orchid University signed a cooperation agreement. ' +
        'The Kestrel Declaration on Drone Safety was signed by Ridgeway University, Vientiane Polytechnic and the Saltmarsh Institute of Technology. ' +
        'The Bureau of Fisheries (hereinafter referred to as "BOF") and Lagoon University signed an accord.',
    );
    const mou = entityNamed(draft, 'Memorandum of understanding between Tamarind University and Pelican Bay University');
    expect(mou).toMatchObject({ type: 'Agreement', kind: 'MEMORANDUM_OF_UNDERSTANDING' });
    expect(has('Tamarind University', 'SIGNED', mou!.name) && has('Pelican Bay University', 'SIGNED', mou!.name)).toBe(true);
    const agreement = entityNamed(draft, 'Cooperation agreement between Ridgeway University and Orchid University');
    expect(agreement).toMatchObject({ type: 'Agreement', kind: 'COOPERATION_AGREEMENT' });
    expect(has('Orchid University', 'SIGNED', agreement!.name)).toBe(true);
    expect(['Ridgeway University', 'Vientiane Polytechnic', 'Saltmarsh Institute of Technology'].every((party) => has(party, 'SIGNED', 'Kestrel Declaration on Drone Safety'))).toBe(true);
    // A bracketed alias definition does not break the list of parties.
    const accord = 'Accord between Bureau of Fisheries and Lagoon University';
    expect(has('Bureau of Fisheries', 'SIGNED', accord) && has('Lagoon University', 'SIGNED', accord)).toBe(true);
    // The generic phrase and the acronym in brackets are no agreements of their own.
    expect(draft.entities.filter((entity) => entity.type === 'Agreement').map((entity) => entity.name).sort()).toEqual([accord, agreement!.name, 'Kestrel Declaration on Drone Safety', mou!.name]);
  });

  it('reads partners, partnerships and members', () => {
    const { has } = draftOf(
      'Ridgeway University founded the Kestrel Testbed Platform in 2024. Orchid University and the Quokka Data Centre are partners in the platform. Ridgeway University has partnered with Lagoon University on drone mapping. ' +
        'The Kestrel Robotics Alliance welcomed new members, among them Bluefin Polytechnic and Sandpiper University; Champasak University also joined the alliance.',
    );
    expect(has('Orchid University', 'PARTICIPATES_IN', 'Kestrel Testbed Platform') && has('Quokka Data Centre', 'PARTICIPATES_IN', 'Kestrel Testbed Platform')).toBe(true);
    expect(has('Ridgeway University', 'COOPERATES_WITH', 'Lagoon University')).toBe(true);
    expect(['Bluefin Polytechnic', 'Sandpiper University', 'Champasak University'].every((member) => has(member, 'MEMBER_OF', 'Kestrel Robotics Alliance'))).toBe(true);
  });

  it('reads where organisations are', () => {
    const { has } = draftOf('Lantern Labs, based in Hue, works with the Quokka Data Centre in Penang. It trains staff of the Da Nang-based Ferrule Institute. The Pakse Forestry Institute opened in Pakse, Laos.');
    expect(has('Lantern Labs', 'LOCATED_IN', 'Hue')).toBe(true);
    expect(has('Quokka Data Centre', 'LOCATED_IN', 'Penang')).toBe(true);
    expect(has('Ferrule Institute', 'LOCATED_IN', 'Da Nang')).toBe(true);
    expect(has('Pakse', 'LOCATED_IN', 'Laos')).toBe(true);
  });

  it('reads a programme\'s labelled lines', () => {
    const { has } = draftOf('Teak Valley Workshop on Seed Banks\n4-5 June 2026, Riverside Hall, Vientiane\n\nHosts: Champasak University; Pakse Forestry Institute\nOrganisers: Lantern Labs\nDelegations: Laos, Cambodia\n');
    const workshop = 'Teak Valley Workshop on Seed Banks';
    expect(has(workshop, 'HELD_IN', 'Vientiane')).toBe(true);
    expect(has('Champasak University', 'HOSTED', workshop) && has('Pakse Forestry Institute', 'HOSTED', workshop)).toBe(true);
    expect(has('Lantern Labs', 'ORGANIZED', workshop)).toBe(true);
    expect(has('Laos', 'ATTENDED', workshop) && has('Cambodia', 'ATTENDED', workshop)).toBe(true);
  });
});

describe('partner, member and support frames', () => {
  const hasOf = (text: string) => draftOf(text).has;

  it.each([
    ['The Quill Bay Robotics Hub, a partnership between Norvel University and Tarsk Robotics Co., Ltd., opened today.', 'Quill Bay Robotics Hub'],
    ['The Quill Bay Robotics Hub is a partnership between Norvel University and Tarsk Robotics Co., Ltd. in the port.', 'Quill Bay Robotics Hub'],
    ['Norvel University opened the Quill Bay Robotics Hub, a platform jointly run by Norvel University and Tarsk Robotics Co., Ltd.', 'Quill Bay Robotics Hub'],
  ])('makes each party of a partnership a partner in it: %s', (text, whole) => {
    const has = hasOf(text);
    expect(has('Norvel University', 'PARTICIPATES_IN', whole)).toBe(true);
    expect(has('Tarsk Robotics Co., Ltd.', 'PARTICIPATES_IN', whole)).toBe(true);
  });

  const network = 'The Orlan Seed Network held its assembly in Hue. Two organisations joined the network: the Vesk Institute of Botany and Marrow University. Members such as Tarsk Robotics Co., Ltd. will host visits.';
  const forum = 'The 2nd Kestrel Water Forum opened in Hue. Delegations from Laos and Cambodia took part in the forum.';
  it.each([
    ['actors after "by"', 'The Orlan Seed Network, founded in 2020 by the Vesk Institute of Botany and Marrow University, met in Hue.', 'Marrow University', 'ESTABLISHED', 'Orlan Seed Network'],
    ['a co-agent after "with"', 'Marrow University co-founded the Pell Soil Laboratory with the Vesk Institute of Botany in 2021.', 'Vesk Institute of Botany', 'ESTABLISHED', 'Pell Soil Laboratory'],
    ['"jointly run by"', 'The 2nd Kestrel Water Forum is jointly run by the Ulm Water Bureau and Marrow University.', 'Ulm Water Bureau', 'ORGANIZED', '2nd Kestrel Water Forum'],
    ['members after a colon', network, 'Vesk Institute of Botany', 'MEMBER_OF', 'Orlan Seed Network'],
    ['the last member after a colon', network, 'Marrow University', 'MEMBER_OF', 'Orlan Seed Network'],
    ['members "such as"', network, 'Tarsk Robotics Co., Ltd.', 'MEMBER_OF', 'Orlan Seed Network'],
    ['"with support from"', 'The Pell Soil Laboratory was set up by Marrow University with support from the Ulm Water Bureau.', 'Ulm Water Bureau', 'SUPPORTS', 'Pell Soil Laboratory'],
    ['a fronted "Together with X,"', 'Together with the Vesk Institute of Botany, Tarsk Robotics Co., Ltd. built a new seed drier.', 'Tarsk Robotics Co., Ltd.', 'COOPERATES_WITH', 'Vesk Institute of Botany'],
    ['delegations that took part', forum, 'Laos', 'ATTENDED', '2nd Kestrel Water Forum'],
    ['every delegation listed', forum, 'Cambodia', 'ATTENDED', '2nd Kestrel Water Forum'],
  ])('reads %s', (_frame, text, from, type, to) => {
    expect(hasOf(text)(from, type, to)).toBe(true);
  });

  it('resolves "the two sides" to the organisations named last, once, for every frame', () => {
    const has = hasOf('Marrow University and the Vesk Institute of Botany signed a memorandum of understanding. The two sides will build the Pell Soil Laboratory.');
    expect(has('Marrow University', 'ESTABLISHED', 'Pell Soil Laboratory')).toBe(true);
    expect(has('Vesk Institute of Botany', 'ESTABLISHED', 'Pell Soil Laboratory')).toBe(true);
  });
});

describe('role frames by class (#19: coordination, passive "by" agents, fronted participles, role nouns, appositive members)', () => {
  const forum = 'Moonpetal Forum on Soil Health';
  const network = 'Tern River Data Network';
  const lab = 'Tern Joint Laboratory for River Sediments';
  it.each([
    ['a fronted "Co-hosted by A and B," phrase', 'Co-hosted by the Arlen Institute of Soils and Brisk University, the Moonpetal Forum on Soil Health opened in Pakse on Monday.', [['Arlen Institute of Soils', 'HOSTED', forum], ['Brisk University', 'HOSTED', forum], [forum, 'HELD_IN', 'Pakse']]],
    ['"with the participation of" a list', 'The Moonpetal Forum on Soil Health was organised by the Tern Soil Society with the participation of Brisk University and the Arlen Institute of Soils.', [['Tern Soil Society', 'ORGANIZED', forum], ['Brisk University', 'ATTENDED', forum], ['Arlen Institute of Soils', 'ATTENDED', forum]]],
    ['role nouns with a verb of listing, and "of A and of B"', 'The Moonpetal Forum on Soil Health opened in Pakse. Organizers included the Tern Soil Society and Quarry Analytics Co., Ltd., and speakers included representatives of Brisk University and of Laos.', [['Tern Soil Society', 'ORGANIZED', forum], ['Quarry Analytics Co., Ltd.', 'ORGANIZED', forum], ['Brisk University', 'ATTENDED', forum], ['Laos', 'ATTENDED', forum]]],
    ['a passive relative clause and a passive main verb', 'The Moonpetal Forum on Soil Health, which was jointly organized by Brisk University and the Tern Soil Society, was hosted by the Arlen Institute of Soils.', [['Brisk University', 'ORGANIZED', forum], ['Tern Soil Society', 'ORGANIZED', forum], ['Arlen Institute of Soils', 'HOSTED', forum]]],
    ['verbs of attending by inflection ("visited", "addressed"), and people "of" an organisation', 'The Moonpetal Forum on Soil Health opened in Pakse. Delegates from Myanmar and Brunei visited the forum, and a professor of Brisk University addressed it.', [['Myanmar', 'ATTENDED', forum], ['Brunei', 'ATTENDED', forum], ['Brisk University', 'ATTENDED', forum]]],
    ['a passive signing with the agents after the date', 'The Heron Accord on River Data was signed on Tuesday by Brisk University, the Arlen Institute of Soils and Quarry Analytics Co., Ltd.', [['Brisk University', 'SIGNED', 'Heron Accord on River Data'], ['Quarry Analytics Co., Ltd.', 'SIGNED', 'Heron Accord on River Data']]],
    ['member nouns with a verb of listing', 'The Tern River Data Network met in Hue. Its member organisations include Brisk University, the Arlen Institute of Soils and Quarry Analytics Co., Ltd.', [['Brisk University', 'MEMBER_OF', network], ['Arlen Institute of Soils', 'MEMBER_OF', network], ['Quarry Analytics Co., Ltd.', 'MEMBER_OF', network]]],
    ['an appositive member with a modifier', 'The Tern River Data Network met in Hue, where Osprey University, an associate member since 2022, presented its data portal.', [['Osprey University', 'MEMBER_OF', network]]],
    ['"which became members" after a coordination', 'Osprey University has joined the Tern River Data Network, after Brisk University and the Arlen Institute of Soils, which became members last year.', [['Osprey University', 'MEMBER_OF', network], ['Brisk University', 'MEMBER_OF', network], ['Arlen Institute of Soils', 'MEMBER_OF', network]]],
    ['a partner "together with" others', 'Osprey University is a partner in the Tern Robotics Hub, together with Quarry Analytics Co., Ltd. and Brisk University.', [['Osprey University', 'PARTICIPATES_IN', 'Tern Robotics Hub'], ['Quarry Analytics Co., Ltd.', 'PARTICIPATES_IN', 'Tern Robotics Hub'], ['Brisk University', 'PARTICIPATES_IN', 'Tern Robotics Hub']]],
    ['"Coordinated by A," and a passive "carried out together with"', 'Coordinated by Osprey University, the Kestrel Flood Mapping Project is carried out together with Brisk University and the Arlen Institute of Soils.', [['Osprey University', 'PARTICIPATES_IN', 'Kestrel Flood Mapping Project'], ['Brisk University', 'PARTICIPATES_IN', 'Kestrel Flood Mapping Project'], ['Arlen Institute of Soils', 'PARTICIPATES_IN', 'Kestrel Flood Mapping Project']]],
    ['a joiner described by an apposition', 'The Kestrel Flood Mapping Project started in 2024. Quarry Analytics Co., Ltd., a Hue company, joined the project a year later.', [['Quarry Analytics Co., Ltd.', 'PARTICIPATES_IN', 'Kestrel Flood Mapping Project']]],
    ['"jointly launched by" a platform\'s founders', 'The Tern Joint Laboratory for River Sediments, jointly launched by Osprey University and the Arlen Institute of Soils, opened in Hue.', [['Osprey University', 'ESTABLISHED', lab], ['Arlen Institute of Soils', 'ESTABLISHED', lab]]],
    ['a fronted "Founded by" and "by A and by B"', 'Founded by Osprey University and Brisk University, the Tern Joint Laboratory for River Sediments is funded by the Hue Science Bureau and by the Arlen Institute of Soils.', [['Osprey University', 'ESTABLISHED', lab], ['Brisk University', 'ESTABLISHED', lab], ['Hue Science Bureau', 'SUPPORTS', lab], ['Arlen Institute of Soils', 'SUPPORTS', lab]]],
    ['two fronted participles sharing their actor', 'Hosted by Osprey University and organized together with the Arlen Institute of Soils, the Moonpetal Forum on Soil Health drew 300 people.', [['Osprey University', 'HOSTED', forum], ['Osprey University', 'ORGANIZED', forum], ['Arlen Institute of Soils', 'ORGANIZED', forum]]],
    ['a sentence that opens with its place', 'In Pakse on 4 May, the Moonpetal Forum on Soil Health gathered 300 agronomists.', [[forum, 'HELD_IN', 'Pakse']]],
    ['a signing that leads to a founding ("signed an agreement to set up")', 'Brisk University and Osprey University signed an agreement to set up the Tern Seed Nursery.', [['Brisk University', 'ESTABLISHED', 'Tern Seed Nursery'], ['Osprey University', 'ESTABLISHED', 'Tern Seed Nursery']]],
    ['signatories named by the people who signed for them', 'The Heron Accord on River Data was signed by the rectors of Brisk University and Osprey University.', [['Brisk University', 'SIGNED', 'Heron Accord on River Data'], ['Osprey University', 'SIGNED', 'Heron Accord on River Data']]],
    ['a role noun after a copula, for every item of a comma list', 'Laos, Cambodia and Myanmar are signatories of the Heron Accord on River Data.', [['Laos', 'SIGNED', 'Heron Accord on River Data'], ['Cambodia', 'SIGNED', 'Heron Accord on River Data'], ['Myanmar', 'SIGNED', 'Heron Accord on River Data']]],
    ['"among the signatories of"', 'Brisk University was among the signatories of the Heron Accord on River Data.', [['Brisk University', 'SIGNED', 'Heron Accord on River Data']]],
    ['a role noun with a possessive ("its co-organisers")', 'The Moonpetal Forum on Soil Health opened in Pakse. Osprey University and Brisk University were its co-organisers.', [['Osprey University', 'ORGANIZED', forum], ['Brisk University', 'ORGANIZED', forum]]],
    ['partner nouns with a plural head and a verb of listing', 'Partner institutions in the Kestrel Flood Mapping Project include Brisk University and Osprey University.', [['Brisk University', 'PARTICIPATES_IN', 'Kestrel Flood Mapping Project'], ['Osprey University', 'PARTICIPATES_IN', 'Kestrel Flood Mapping Project']]],
    ['a platform that opens somewhere, as a clause or a fronted phrase', 'The Tern Seed Nursery will open in Hue next year. Opened last year in Pakse, the Tern Robotics Hub trains technicians.', [['Tern Seed Nursery', 'LOCATED_IN', 'Hue'], ['Tern Robotics Hub', 'LOCATED_IN', 'Pakse']]],
    ['what is unveiled "at the forum" or "on its second day"', 'The Moonpetal Forum on Soil Health opened in Pakse. At the forum, Brisk University unveiled the Tern Robotics Hub. On its second day, the Tern Seed Nursery was launched.', [['Brisk University', 'ESTABLISHED', 'Tern Robotics Hub'], ['Tern Robotics Hub', 'LAUNCHED_AT', forum], ['Tern Seed Nursery', 'LAUNCHED_AT', forum]]],
    ['people who met somewhere for an event', 'Officials from nine countries met in Pakse for the Moonpetal Forum on Soil Health, which the Lao government hosted.', [[forum, 'HELD_IN', 'Pakse']]],
  ])('reads %s', (_frame, text, expected) => expectRelations(text as string, expected as string[][]));

  it('keeps a list closed by "and" from taking the name after the next comma', () => {
    const { has } = draftOf('Founded by Osprey University and Brisk University, the Tern Joint Laboratory for River Sediments opened in Hue.');
    expect(has('Tern Joint Laboratory for River Sediments', 'ESTABLISHED', 'Tern Joint Laboratory for River Sediments')).toBe(false);
    expect(draftOf('Hosted by Osprey University, the Moonpetal Forum on Soil Health opened.').has('Moonpetal Forum on Soil Health', 'HOSTED', 'Moonpetal Forum on Soil Health')).toBe(false);
  });

  it('proposes no entity for organisations named by the part they play ("partner universities in …")', () => {
    const draft = extract('Partner universities in the Kestrel Flood Mapping Project include Brisk University and Osprey University.');
    expect(draft.entities.map((entity) => entity.name).filter((name) => /^partner/i.test(name))).toEqual([]);
  });

  it('types an untyped name listed beside organisations as an organisation, and keeps single words out', () => {
    const draft = extract('The Moonpetal Forum on Soil Health was organised with the participation of Brisk University, Quarry Analytics and the Arlen Institute of Soils.');
    expect(entityNamed(draft, 'Quarry Analytics')).toMatchObject({ type: 'Institution' });
    expect(draftOf('The Moonpetal Forum on Soil Health opened with the participation of Brisk University and Quarry Analytics.').has('Quarry Analytics', 'ATTENDED', forum)).toBe(true);
  });

  it('launches at an event only what the sentence ties to one, and types no place listed beside organisations', () => {
    expect(draftOf('The Moonpetal Forum on Soil Health opened in Pakse. Brisk University launched the Tern Robotics Hub in 2020.').has('Tern Robotics Hub', 'LAUNCHED_AT', forum)).toBe(false);
    const draft = extract('Brisk University, Kota Sentosa and the other places named here do not exist. Brisk University is based in Kota Sentosa, Malaysia.');
    expect(entityNamed(draft, 'Kota Sentosa')).toMatchObject({ type: 'Place' });
  });

  it('attends only the event a visit names', () => {
    const { has } = draftOf('The Moonpetal Forum on Soil Health opened in Pakse. A delegation from Myanmar visited the Tern Joint Laboratory for River Sediments.');
    expect(has('Myanmar', 'ATTENDED', forum)).toBe(false);
  });
});

describe('finding names in unseen texts', () => {

  it('splits a coordination whose conjuncts are whole names, and keeps "and" and commas inside one name', () => {
    expect(names('The Quokka Data Port and the Wombat Robotics Hub opened in May.')).toEqual(expect.arrayContaining(['Quokka Data Port', 'Wombat Robotics Hub']));
    expect(names('Kestrel University and Marlin Polytechnic University signed a memorandum.')).toEqual(expect.arrayContaining(['Kestrel University', 'Marlin Polytechnic University']));
    expect(names('Engineers from Tamarind Bay Zone and Ostrava Bay Zone met.')).toEqual(expect.arrayContaining(['Tamarind Bay Zone', 'Ostrava Bay Zone']));
    expect(names('Officials of the Kingdom of Cambodia and Ningxia Hui Autonomous Region spoke.')).toEqual(['Cambodia', 'Ningxia']);
    expect(names('It implements the Qilin Science, Technology and Innovation Development Plan.')).toContain('Qilin Science, Technology and Innovation Development Plan');
    expect(names('Qilin Science, Technology and Innovation Development Plan was issued.')).toContain('Qilin Science, Technology and Innovation Development Plan');
    expect(names('The Ministry of Industry and Trade supports it.')).toContain('Ministry of Industry and Trade');
  });

  it('cuts official long forms of states and regions to their common names and keeps the long form as an alias', () => {
    const ministry = extract("The Ministry of Education of the Socialist Republic of Viet Nam funds the Ridgeback Lab.").entities[0];
    expect(ministry).toMatchObject({ name: 'Ministry of Education of Vietnam', aliases: [expect.objectContaining({ alias: 'Ministry of Education of the Socialist Republic of Viet Nam' })] });
    const bureau = extract('A grant came from the Bureau of Commerce of Xinjiang Uygur Autonomous Region.').entities[0];
    expect(bureau).toMatchObject({ name: 'Bureau of Commerce of Xinjiang', aliases: [expect.objectContaining({ alias: 'Bureau of Commerce of Xinjiang Uygur Autonomous Region' })] });
    expect(extract('Delegates of the Kingdom of Thailand attended.').entities[0]).toMatchObject({ name: 'Thailand', type: 'Country' });
    expect(extract('Farms across Yunnan Province joined.').entities[0]).toMatchObject({ name: 'Yunnan', type: 'Place', kind: 'REGION' });
  });

  it('keeps the country in a name that names no one without it, and splits it off a name that does', () => {
    expect(names('Students of the National University of Laos joined.')).toContain('National University of Laos');
    expect(names('The Ministry of Health of Malaysia joined.')).toContain('Ministry of Health of Malaysia');
    const split = extract('Teams of Kestrel University of Malaysia joined.');
    expect(split.entities.map((entity) => entity.name)).toContain('Kestrel University');
    expect(split.relations).toContainEqual(expect.objectContaining({ from: 'kestrel-university', type: 'LOCATED_IN', to: 'malaysia' }));
  });

  it('points definite descriptions at the entity named before, by head word, with their clause as evidence', () => {
    const text = 'Kestrel University and Marlin Polytechnic University opened the Tarn Valley Joint Laboratory in May. The new laboratory studies soil. The two universities will fund the Ninth Cobalt Summit on Mining, and this summit sets the agenda.';
    const extraction = extract(text);
    const named = extraction.entities.filter((entity) => entity.type !== 'Domain').map((entity) => entity.name);
    expect(named.sort()).toEqual(['Kestrel University', 'Marlin Polytechnic University', 'Ninth Cobalt Summit on Mining', 'Tarn Valley Joint Laboratory']);
    const lab = entityNamed(extraction, 'Tarn Valley Joint Laboratory')!;
    expect(lab.quotes).toContain('The new laboratory studies soil');
    expect(entityNamed(extraction, 'Ninth Cobalt Summit on Mining')!.quotes).toContain('and this summit sets the agenda');
    for (const name of ['Kestrel University', 'Marlin Polytechnic University']) expect(entityNamed(extraction, name)!.quotes).toContain('The two universities will fund the Ninth Cobalt Summit on Mining');
  });

  it('proposes nothing for a description with nothing to point at, nor for a description that goes on', () => {
    expect(names('Officials said the Forum was a success.')).toEqual([]);
    expect(names('The Osprey Data Hub opened. The hub organisers thanked the Lindgren Foundation.')).not.toContain('Hub organisers');
  });

  it('takes "also called", "also known as" and "hereinafter" set off by commas as aliases, not as other entities', () => {
    const extraction = extract('The Saffron Coast Rice Genomics Joint Laboratory, also known as the Saffron Rice Lab, opened in 2024. The Pangolin Forum on Digital Trade, hereinafter called the Pangolin Forum, meets yearly.');
    expect(extraction.entities.map((entity) => [entity.name, entity.aliases.map((alias) => alias.alias)])).toEqual(
      expect.arrayContaining([
        ['Saffron Coast Rice Genomics Joint Laboratory', ['Saffron Rice Lab']],
        ['Pangolin Forum on Digital Trade', ['Pangolin Forum']],
      ]),
    );
    expect(extraction.entities.filter((entity) => entity.type !== 'Domain')).toHaveLength(2);
  });

  it('proposes no entity for a lower-case plural of organisations that says not which ones (where, or with how many)', () => {
    expect(names('Both sides will build more bilateral technology transfer centers.')).toEqual([]);
    expect(names('Both sides built bilateral technology transfer centers with three countries.')).toEqual(['Bilateral technology transfer centers']);
    // Sites of a kind in a place, uncounted, are where work happens (dev21: no set curates one, two were spurious); counted, a group.
    expect(names('They opened joint laboratories in Laos and Cambodia.')).toEqual(['Laos', 'Cambodia']);
    expect(names('They opened 20 joint laboratories in 9 ASEAN countries.')).toContain('Joint laboratories in ASEAN countries');
  });

  it('reads a list closed by "and" inside a name\'s complement, and a coordination of two names that hold "and"', () => {
    expect(names('Funds came from the Tamarind Municipal Bureau of Trade, Tourism and Digital Affairs.')).toContain('Tamarind Municipal Bureau of Trade, Tourism and Digital Affairs');
    expect(names('Ministry of Labour, Youth and Sports sent staff.')).toContain('Ministry of Labour, Youth and Sports');
    expect(names('The Marlin Institute of Soil and Water and Osprey University of Science and Technology are partners.')).toEqual(
      expect.arrayContaining(['Marlin Institute of Soil and Water', 'Osprey University of Science and Technology']),
    );
  });

  it('proposes no entity for headings, acts named after a name, described things, or countries only named inside names', () => {
    expect(names('OSPREY HARBOUR UNIVERSITY NEWSLETTER: the Osprey Harbour University opened a lab.')).toEqual(['Osprey Harbour University']);
    expect(names('09:30 Opening of the Cedar Coast Drone Testing Zone.')).toContain('Cedar Coast Drone Testing Zone');
    expect(names('09:30 Opening of the Cedar Coast Drone Testing Zone.')).not.toContain('Opening of the Cedar Coast Drone Testing Zone');
    expect(names('A private university will start the first project with ten research internships.')).toEqual([]);
    expect(names('It promotes the joint research, development and promotion of key generic technologies.')).toEqual(['Joint research, development and promotion of key generic technologies']);
    expect(names('Scientists of the Chinese Academy of Sciences visited the Thai Rice Laboratory.')).not.toEqual(expect.arrayContaining(['China']));
    expect(names('Scientists of the Chinese Academy of Sciences visited the Laos-Thailand Rice Laboratory.')).toEqual(expect.arrayContaining(['Laos', 'Thailand']));
  });

  it('proposes no place for a language ("in English", "in Malay"): a language alone names nothing', () => {
    expect(names('The Kestrel Institute of Marine Science published its atlas in Swahili and Malay.')).toEqual(['Kestrel Institute of Marine Science']);
    expect(names('Reports in Portuguese reached the Norrow Seed Centre.')).not.toContain('Portuguese');
  });

  it('types a descriptive phrase by its head: a known head word followed by a noun the lexicon does not know names nothing', () => {
    expect(names('Contact: forum secretariat of the Kestrel Marine Research Institute.')).toEqual(['Kestrel Marine Research Institute']);
    expect(names('Officials attended the Norrow Seed Expo and toured the fair pavilions.')).not.toContain('Fair pavilions');
  });

  it('splits names joined by "and" where the left one is complete or the right one has a legal form', () => {
    const listed = names('Partners include the Orbis Water Institute and Tarsk Robotics Co., Ltd. and Norvel Polytechnic and Quenby Analytics Co., Ltd.');
    expect(listed).toEqual(expect.arrayContaining(['Orbis Water Institute', 'Tarsk Robotics Co., Ltd.', 'Norvel Polytechnic', 'Quenby Analytics Co., Ltd.']));
  });

  it('types an untyped name by its apposition and a country written in two words', () => {
    const extraction = extract('Quenby Analytics, a Hue start-up, and Dak Sen, a hill town in Viet Nam, joined the project.');
    expect(entityNamed(extraction, 'Quenby Analytics')?.type).toBe('Institution');
    expect(entityNamed(extraction, 'Dak Sen')?.type).toBe('Place');
    expect(entityNamed(extraction, 'Vietnam')?.type).toBe('Country');
    // The apposition's place is where the name is.
    const located = (from: string, to: string) => extraction.relations.some((relation) => relation.type === 'LOCATED_IN' && relation.from === entityNamed(extraction, from)?.id && relation.to === entityNamed(extraction, to)?.id);
    expect(located('Dak Sen', 'Vietnam')).toBe(true);
  });

  it('keeps relative clauses and clauses opened by a conjunction or an auxiliary out of a list of fields', () => {
    const listed = names('The Dunmore Academy cooperates in solar power, soil science, Qelvar that opened last year and water treatment.');
    expect(listed).toEqual(expect.arrayContaining(['Solar power', 'Soil science', 'Water treatment']));
    expect(listed.some((name) => / that /.test(name))).toBe(false);
    const clause = names('The Dunmore Academy works in solar power, soil science, and will work on wind energy.');
    expect(clause).toEqual(expect.arrayContaining(['Solar power', 'Soil science']));
    expect(clause.some((name) => /^(and|will)\b/i.test(name))).toBe(false);
  });

  it('resolves "the <Name> <head>" to the entity whose name holds that name, and proposes it when none does', () => {
    const extraction = extract('Engineers of the Kenting Joint Tidal Energy Laboratory visited Hanoi. Staff of the Tidal laboratory will return in June. The Corbin laboratory opened later.');
    expect(entityNamed(extraction, 'Kenting Joint Tidal Energy Laboratory')!.quotes).toContain('Staff of the Tidal laboratory will return in June');
    expect(extraction.entities.map((entity) => entity.name)).toContain('Corbin laboratory');
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('Tidal laboratory');
    expect(names('It works under the new tri-border pattern.')).toEqual(['New tri-border pattern']);
    const forward = extract('Apart from the Tidal laboratory, all names are fictional. Engineers of the Kenting Joint Tidal Energy Laboratory visited Hanoi. Officials said that small firms joined.');
    expect(forward.entities.filter((entity) => entity.type !== 'Domain').map((entity) => entity.name)).toEqual(['Kenting Joint Tidal Energy Laboratory', 'Hanoi']);
    const park = extract('The Thai-Lao Riverside Agricultural Science Park opened in 2025. The science park trains farmers.');
    expect(park.entities.filter((entity) => entity.type !== 'Domain').map((entity) => entity.name)).toEqual(['Thai-Lao Riverside Agricultural Science Park']);
    expect(park.entities[0].quotes).toContain('The science park trains farmers');
  });
});


describe('partner and member frames by class (proposer3: tuned on dev and dev2, dev3 held out)', () => {
  const network = 'Tern River Data Network';
  const hub = 'Tern Robotics Hub';
  it.each([
    ['a title a class noun introduces, over "in the"', 'The four-year project Seagrass Mapping in the Gulf of Tonkin is led by Osprey University.', [['Osprey University', 'PARTICIPATES_IN', 'Seagrass Mapping in the Gulf of Tonkin']]],
    ['a class noun and its apposition before a verb of listing', 'The Tern Joint Laboratory for River Sediments opened in Hue. Partner universities in its second project, Reed Beds for Clean Water, include Brisk University and Osprey University.', [['Brisk University', 'PARTICIPATES_IN', 'Reed Beds for Clean Water'], ['Osprey University', 'PARTICIPATES_IN', 'Reed Beds for Clean Water']]],
    ['"members in <year>": a complement that names no whole', 'The Tern River Data Network met in Hue. It is the network\'s third member, after Brisk University and the Arlen Institute of Soils, which became members in 2021.', [['Brisk University', 'MEMBER_OF', network], ['Arlen Institute of Soils', 'MEMBER_OF', network]]],
    ['a plural head the lexicon lists in the singular ("the two institutes")', 'The Arlen Institute of Soils and the Quill Institute of Botany signed a memorandum. The Tern Seed Nursery, jointly launched by the two institutes and Osprey University, opens in May.', [['Arlen Institute of Soils', 'ESTABLISHED', 'Tern Seed Nursery'], ['Quill Institute of Botany', 'ESTABLISHED', 'Tern Seed Nursery'], ['Osprey University', 'ESTABLISHED', 'Tern Seed Nursery']]],
    ['a coordination across an apposition with a participle', 'Quarry Analytics Co., Ltd., a firm based in Hue, and the Arlen Institute of Soils are partners in the Tern Robotics Hub.', [['Quarry Analytics Co., Ltd.', 'PARTICIPATES_IN', hub], ['Arlen Institute of Soils', 'PARTICIPATES_IN', hub]]],
    ['"by a consortium of" its members', 'The Kestrel Flood Mapping Project is carried out by a consortium of Brisk University, Osprey University and Quarry Analytics Co., Ltd.', [['Brisk University', 'PARTICIPATES_IN', 'Kestrel Flood Mapping Project'], ['Quarry Analytics Co., Ltd.', 'PARTICIPATES_IN', 'Kestrel Flood Mapping Project']]],
    ['"in cooperation with" a co-agent', 'The Moonpetal Forum on Soil Health was hosted by Brisk University in cooperation with the Arlen Institute of Soils.', [['Brisk University', 'HOSTED', 'Moonpetal Forum on Soil Health'], ['Arlen Institute of Soils', 'HOSTED', 'Moonpetal Forum on Soil Health']]],
    ['a network "which groups" its members', 'The Tern River Data Network, which groups Brisk University and the Arlen Institute of Soils, met in Hue.', [['Brisk University', 'MEMBER_OF', network], ['Arlen Institute of Soils', 'MEMBER_OF', network]]],
    ['a fronted co-agent after a legal form\'s full stop', 'The Tern Robotics Hub opened in Hue. In cooperation with Pelican Robotics Sdn. Bhd., it will train 50 technicians.', [[hub, 'COOPERATES_WITH', 'Pelican Robotics Sdn. Bhd.']]],
    ['a platform announced on the day of an event', 'The Moonpetal Forum on Soil Health opened in Pakse. On its last day, Brisk University announced the Tern Seed Nursery.', [['Brisk University', 'ESTABLISHED', 'Tern Seed Nursery'], ['Tern Seed Nursery', 'LAUNCHED_AT', 'Moonpetal Forum on Soil Health']]],
  ])('reads %s', (_frame, text, expected) => expectRelations(text as string, expected as string[][]));

  it('keeps the members of a relative clause from being the subject of the main verb', () => {
    expect(draftOf('The Tern River Data Network, which groups Brisk University and the Arlen Institute of Soils, met in Hue.').has('Brisk University', 'LOCATED_IN', 'Hue')).toBe(false);
  });

  it('splits a run of capitalised words at an "and" followed by a name the text gives elsewhere, and reads heads in the region\'s languages', () => {
    expect(names('Brisk University of Agriculture and Quarry Analytics announced a plan. Quarry Analytics Co., Ltd. builds drones.')).toEqual(expect.arrayContaining(['Brisk University of Agriculture', 'Quarry Analytics Co., Ltd.']));
    expect(names('Brisk University of Agriculture and Quarry Analytics announced a plan. Quarry Analytics Co., Ltd. builds drones.')).not.toContain('Brisk University of Agriculture and Quarry Analytics');
    expect(names('Partners include Universiti Teknologi Kedah and Brisk University.')).toEqual(expect.arrayContaining(['Universiti Teknologi Kedah', 'Brisk University']));
    expect(names('The Department of Science and Technology of Laos met.')).toContain('Department of Science and Technology of Laos');
  });

  it('proposes nothing for "the next workshop", "a Hue company", a verb read as a head after a name, or a field list from an "of" inside a name', () => {
    expect(names('The Moonpetal Workshop on Soils ended. The next workshop is planned for 2027.')).toEqual(['Moonpetal Workshop on Soils']);
    expect(extract('Quarry Analytics Co., Ltd., a Hue company, joined.').entities.filter((entity) => entity.type === 'Institution').map((entity) => entity.name)).toEqual(['Quarry Analytics Co., Ltd.']);
    expect(names('Brisk University and the Arlen Institute of Soils plan a new project.')).not.toContain('Arlen Institute of Soils plan');
    expect(extract('Founded by the Quill Institute of Forestry Chemistry, the laboratory will turn palm fronds and fruit bunches into boards and resins.').entities.filter((entity) => entity.type === 'Domain')).toEqual([]);
  });
});

describe('classes read in the dev3 round (4 December: dev3 tuned on, dev4 held out)', () => {
  it.each([
    ['a bracket after a name that says where it is', 'The Kestrel Flood Mapping Project is led by the Quill Institute of Botany (Guilin, China).', [['Quill Institute of Botany', 'LOCATED_IN', 'Guilin'], ['Guilin', 'LOCATED_IN', 'China']]],
    ['"A and B announced that they are partners"', 'The Moonpetal Forum on Soil Health opened in Pakse. On its first day, Brisk University and Osprey University announced that they are partners in the Tern Robotics Hub.', [['Brisk University', 'PARTICIPATES_IN', 'Tern Robotics Hub'], ['Osprey University', 'PARTICIPATES_IN', 'Tern Robotics Hub']]],
  ])('reads %s', (_frame, text, expected) => expectRelations(text as string, expected as string[][]));

  it('reads a country in brackets as where a name is, never as another name for it', () => {
    const { draft } = draftOf('The Kestrel Alliance welcomed the Mindoro State University of Science and Technology (Philippines) in May.');
    const university = entityNamed(draft, 'Mindoro State University of Science and Technology')!;
    expect(university.aliases.map((alias) => alias.alias)).not.toContain('Philippines');
  });

  it('splits a country\'s possessive off the name it owns', () => {
    const names = extract('Brisk University opened a laboratory jointly with China\'s Dalian Harbour Engineering College.').entities.map((entity) => entity.name);
    expect(names).toEqual(expect.arrayContaining(['Dalian Harbour Engineering College', 'China']));
    expect(names).not.toContain("China's Dalian Harbour Engineering College");
  });

  it('proposes no entity for a singular unnamed description, and no reference for "the next forum"', () => {
    expect(extract('The release is fictional; the university, the research station and the port authority do not exist.').entities.map((entity) => entity.name)).toEqual([]);
    const { has } = draftOf('The Moonpetal Forum on Soil Health opened in Pakse. The organisers said the next forum would be held in Hue in 2027.');
    expect(has('Moonpetal Forum on Soil Health', 'HELD_IN', 'Pakse')).toBe(true);
    expect(has('Moonpetal Forum on Soil Health', 'HELD_IN', 'Hue')).toBe(false);
  });

  it('splits a name at "on" when what follows is described as another kind of thing', () => {
    const { draft } = draftOf('Brisk University has teamed up with the Tern Genomics Centre on Wild Fruit Genomes of Borneo, a three-year project to sequence fruit trees.');
    expect(entityNamed(draft, 'Tern Genomics Centre')?.type).toBe('Platform');
    expect(entityNamed(draft, 'Wild Fruit Genomes of Borneo')?.type).toBe('Project');
  });
});

describe('classes read in the dev4 round (4 December, evening: dev4 tuned on, test held out)', () => {
  it.each([
    ['a programme label of several words', 'Kestrel Forum on River Data\nParticipating institutions: Brisk University; Osprey University', [['Brisk University', 'ATTENDED', 'Kestrel Forum on River Data'], ['Osprey University', 'ATTENDED', 'Kestrel Forum on River Data']]],
    ['"remarks by X", "a keynote by Y"', 'The Kestrel Forum on River Data opened in Pakse. Opening remarks by the Tern Institute of Hydrology; a keynote by Brisk University.', [['Tern Institute of Hydrology', 'ATTENDED', 'Kestrel Forum on River Data'], ['Brisk University', 'ATTENDED', 'Kestrel Forum on River Data']]],
    ['a site and its town at the end of a line', 'Venue: Osprey Science Park, Vientiane', [['Osprey Science Park', 'LOCATED_IN', 'Vientiane']]],
    ['an agreement\'s title that runs over "in", and the city it was signed in', 'Brisk University and Osprey University signed a Protocol on Exchange in Marine Robotics in Hanoi.', [['Brisk University', 'SIGNED', 'Protocol on Exchange in Marine Robotics'], ['Osprey University', 'SIGNED', 'Protocol on Exchange in Marine Robotics']]],
    ['a class noun with what it is for, and the name apposed to it', 'Brisk University opened a joint laboratory for river robotics, the Tern Robotics Laboratory, on its campus in Hue.', [['Brisk University', 'ESTABLISHED', 'Tern Robotics Laboratory'], ['Tern Robotics Laboratory', 'LOCATED_IN', 'Hue']]],
  ])('reads %s', (_frame, text, expected) => expectRelations(text as string, expected as string[][]));

  it('reads places joined by "and" and the place of "an office in X" that no gazetteer knows', () => {
    const { draft } = draftOf('The map covers peatland in Sarawak and West Kalimantan. The station opened after a liaison office in Luang Prabang. Jade University sends students to partner universities in Southeast Asia.');
    for (const name of ['Sarawak', 'West Kalimantan', 'Luang Prabang']) expect([name, entityNamed(draft, name)?.type]).toEqual([name, 'Place']);
    expect(entityNamed(draft, 'Southeast Asia')).toBeUndefined();
  });

  it('names an agreement the text named by its kind when it says what the agreement is called', () => {
    const { draft, has } = draftOf('Brisk University and Osprey College signed a memorandum of understanding on river data. The memorandum, called the Tern River Data Partnership, runs for five years.');
    expect(has('Brisk University', 'SIGNED', 'Tern River Data Partnership')).toBe(true);
    expect(entityNamed(draft, 'Tern River Data Partnership')?.quotes).toContain('The memorandum, called the Tern River Data Partnership');
    const named = draftOf('Brisk University signed the Tern Agreement on Soils with Osprey College. The agreement, known as the Soil Pact, runs until 2030.').draft;
    expect(entityNamed(named, 'Tern Agreement on Soils')?.aliases.map((alias) => alias.alias)).toEqual(['Soil Pact']);
  });

  it('reads a generic plural of sites with what they are for and where they are, not the time after it', () => {
    expect(names('The platform will link seed testing stations in five Mekong countries.')).toContain('Seed testing stations in five Mekong countries');
    expect(names('The Kestrel Network will set up training centres in three member countries next year.')).toContain('Training centres in three member countries');
  });

  it('keeps a site listed with others out of the place that ends the list', () => {
    const { has } = draftOf('The forum drew Brisk University, Osprey Science Park, Vientiane.');
    expect(has('Osprey Science Park', 'LOCATED_IN', 'Vientiane')).toBe(false);
  });

  it('proposes no entity for a quantified description or for a verb read as a head word', () => {
    expect(names('"No single lab can map a whole river," said the director. Every partner university will send students.')).toEqual([]);
    expect(names('The members plan their first joint cruise for March. The partners plan a second phase.')).toEqual([]);
  });
});

describe('phrasings of a probe written on 4 December (night), outside every corpus set', () => {
  it.each([
    ['"joined forces with B to build X": working together, then both build it', 'Tapir Agricultural University joined forces with Bamboo Drone Company to build the Rattan Crop Laboratory.', [['Tapir Agricultural University', 'COOPERATES_WITH', 'Bamboo Drone Company'], ['Bamboo Drone Company', 'ESTABLISHED', 'Rattan Crop Laboratory']]],
    ['"sent delegations to the forum": attending through its people', 'The Mekong Upland Forum was held in Luang Namtha. Both Kestrel Valley University and the Osprey Institute of Soils sent delegations to the forum.', [['Kestrel Valley University', 'ATTENDED', 'Mekong Upland Forum'], ['Osprey Institute of Soils', 'ATTENDED', 'Mekong Upland Forum']]],
    ['"spoke at the forum, including representatives of A": whom the tail names', 'The Lotus Water Forum took place in Vientiane. Officials from six countries spoke at the forum, including representatives of the Marlin Institute of Marine Science.', [['Marlin Institute of Marine Science', 'ATTENDED', 'Lotus Water Forum']]],
    ['a brand name in CamelCase opening a sentence', 'Heron Seed Company, known as HeronSeed, will supply the seeds. HeronSeed is based in Nanning.', [['Heron Seed Company', 'LOCATED_IN', 'Nanning']]],
  ])('reads %s', (_frame, text, expected) => expectRelations(text as string, expected as string[][]));

  it('reads things of a kind spread over counted places as sites set up there, not people and not a kind with a head elsewhere', () => {
    const { draft, has } = draftOf('The Kestrel Seed Centre will set up demonstration plots in four northern provinces. The project will equip farm machinery cooperatives in two districts. Mango University will train farmers in three provinces.');
    expect(has('Kestrel Seed Centre', 'ESTABLISHED', 'Demonstration plots in four northern provinces')).toBe(true);
    expect(entityNamed(draft, 'Farm machinery cooperatives in two districts')?.type).toBe('Institution');
    expect(draft.entities.map((entity) => entity.name)).not.toContain('Farmers in three provinces');
  });

  it('places what opens somewhere there, and not who holds something there ("held talks in Hanoi")', () => {
    const talks = draftOf('The Ministry of Coastal Innovation and the Kestrel Institute of Soils held talks in Hanoi on 4 March.');
    expect(talks.draft.relations.filter((relation) => relation.type === 'LOCATED_IN')).toEqual([]);
    for (const text of ['The Tern Seed Nursery opened on 3 May in Hue.', 'The Tern Seed Nursery will open at the institute\'s farm in Hue later this year.']) {
      expect(draftOf(text).has('Tern Seed Nursery', 'LOCATED_IN', 'Hue')).toBe(true);
    }
  });

  it('sends nothing but people to an event: "sent the samples to B" is no attendance', () => {
    const { draft } = draftOf('The Mekong Upland Forum opened in Hue. Kestrel Valley University sent the samples to the forum.');
    expect(draft.relations.filter((relation) => relation.type === 'ATTENDED')).toEqual([]);
  });
});

describe('partner and member phrasings of a probe written on 4 December (evening), outside every corpus set', () => {
  it.each([
    ['"X involves A and B"', 'The Heron Coast Mangrove Project involves Brisk University and Osprey College.', [['Brisk University', 'PARTICIPATES_IN', 'Heron Coast Mangrove Project'], ['Osprey College', 'PARTICIPATES_IN', 'Heron Coast Mangrove Project']]],
    ['"the network admitted A"', 'The Kestrel Data Alliance admitted Osprey College and Marlin Polytechnic in March.', [['Osprey College', 'MEMBER_OF', 'Kestrel Data Alliance'], ['Marlin Polytechnic', 'MEMBER_OF', 'Kestrel Data Alliance']]],
    ['"counts A among its members"', 'The Kestrel Data Alliance now counts Brisk University among its members.', [['Brisk University', 'MEMBER_OF', 'Kestrel Data Alliance']]],
    ['"X brings together A and B" (no event)', 'The Tern Robotics Laboratory brings together Brisk University and Osprey College.', [['Brisk University', 'PARTICIPATES_IN', 'Tern Robotics Laboratory'], ['Osprey College', 'PARTICIPATES_IN', 'Tern Robotics Laboratory']]],
    ['"X, a collaboration of A and B,"', 'The Heron Coast Mangrove Project, a collaboration of Brisk University and Osprey College, ends in 2027.', [['Brisk University', 'PARTICIPATES_IN', 'Heron Coast Mangrove Project'], ['Osprey College', 'PARTICIPATES_IN', 'Heron Coast Mangrove Project']]],
    ['"X is a joint venture of A and B"', 'The Tern Robotics Laboratory is a joint venture of Brisk University and Osprey College.', [['Brisk University', 'PARTICIPATES_IN', 'Tern Robotics Laboratory']]],
    ['"…, with A and B as partners"', 'Brisk University leads the Heron Coast Mangrove Project, with Osprey College and Marlin Polytechnic as partners.', [['Osprey College', 'PARTICIPATES_IN', 'Heron Coast Mangrove Project'], ['Marlin Polytechnic', 'PARTICIPATES_IN', 'Heron Coast Mangrove Project']]],
  ])('reads %s', (_frame, text, expected) => expectRelations(text as string, expected as string[][]));

  it('splits an organisation\'s possessive off the name it owns, which is part of it, and keeps possessives out of aliases', () => {
    const { draft, has } = draftOf("Brisk University's Centre for Soil Science and Osprey College launched the Tern Soil Project. China's Dalian Harbour College joined.");
    expect(has('Centre for Soil Science', 'PART_OF', 'Brisk University')).toBe(true);
    expect(has('Centre for Soil Science', 'ESTABLISHED', 'Tern Soil Project')).toBe(true);
    expect(has('Dalian Harbour College', 'LOCATED_IN', 'China')).toBe(true);
    expect(entityNamed(draft, 'China')?.aliases).toEqual([]);
  });

  it('reads another name set off by commas: "known locally as", "or" before an acronym (and not before a name)', () => {
    const extraction = extract('The Tern Marine Robotics Laboratory, known locally as Tern Lab, opened in May. Brisk University, or BU, joined it. Osprey College, or Marlin Polytechnic, will host the next meeting.');
    const aliases = (name: string) => entityNamed(extraction, name)?.aliases.map((alias) => alias.alias);
    expect(aliases('Tern Marine Robotics Laboratory')).toEqual(['Tern Lab']);
    expect(aliases('Brisk University')).toEqual(['BU']);
    expect(aliases('Osprey College')).toEqual([]);
    expect(entityNamed(extraction, 'Marlin Polytechnic')).toBeDefined();
  });

  it('reads "the Thai university" as the one university named before, or the one whose name says Thai, and never as a new entity', () => {
    const one = draftOf('Brisk University and the Tern Institute of Soils launched the Kestrel Soil Project. The Vietnamese institute hosted the Marlin Forum on Soils.');
    expect(one.has('Tern Institute of Soils', 'HOSTED', 'Marlin Forum on Soils')).toBe(true);
    const named = draftOf('Brisk University and Kestrel Thai University signed a memorandum. The Thai university hosted the Marlin Forum on Soils.');
    expect(named.has('Kestrel Thai University', 'HOSTED', 'Marlin Forum on Soils')).toBe(true);
    const undecided = draftOf('Brisk University and Osprey University signed a memorandum. The Thai university hosted the Marlin Forum on Soils.');
    expect(undecided.draft.entities.map((entity) => entity.name)).not.toContain('Thai university');
  });

  it('gives a sentence without a verb of the lexicon its subject, for the next sentence\'s pronoun, and reads "is a university in Hue"', () => {
    const { has } = draftOf('Brisk University is a public university in Hue. It co-founded the Tern Robotics Laboratory with Osprey College in 2024.');
    expect(has('Brisk University', 'ESTABLISHED', 'Tern Robotics Laboratory')).toBe(true);
    expect(has('Brisk University', 'LOCATED_IN', 'Hue')).toBe(true);
    // A pronoun before a passive stands for what it refers to: "…, and it is funded by C".
    const funded = draftOf('The Kestrel Soil Project began in 2025. Its partners are Brisk University and Osprey College, and it is funded by the Marlin Foundation.');
    expect(funded.has('Marlin Foundation', 'SUPPORTS', 'Kestrel Soil Project')).toBe(true);
  });

  it('states no relation that the text denies, and reads a co-agent set off between the subject and its verb', () => {
    const denied = draftOf('Neither Brisk University nor Osprey College attended the Marlin Forum on Soils. The Tern Institute did not host it, and Marlin Polytechnic has never organised it.');
    expect(denied.draft.relations.map((relation) => relation.type)).toEqual([]);
    expect(denied.draft.entities.map((entity) => entity.name)).toContain('Brisk University');
    const both = draftOf('Brisk University will not only host the Marlin Forum on Soils but also organise it.');
    expect(both.has('Brisk University', 'HOSTED', 'Marlin Forum on Soils')).toBe(true);
    const together = draftOf('Brisk University, together with Osprey College, will run the Tern Robotics Laboratory.');
    expect(together.has('Osprey College', 'PARTICIPATES_IN', 'Tern Robotics Laboratory')).toBe(true);
  });

  it('reads an object relative clause and leaves the main verb its own subject; a party described by an apposition still signs', () => {
    const relative = draftOf('The Kestrel Soil Project, which Brisk University leads, involves Osprey College.');
    expect(relative.has('Brisk University', 'PARTICIPATES_IN', 'Kestrel Soil Project')).toBe(true);
    expect(relative.has('Osprey College', 'PARTICIPATES_IN', 'Kestrel Soil Project')).toBe(true);
    const signed = draftOf('Brisk University, a public university based in Hue, signed the Kestrel Agreement on Soils with Osprey College.');
    expect(signed.has('Brisk University', 'SIGNED', 'Kestrel Agreement on Soils')).toBe(true);
    expect(signed.has('Brisk University', 'LOCATED_IN', 'Hue')).toBe(true);
  });

  it('keeps the places of a phrase set off by commas out of the subject, and places the name it describes', () => {
    const owned = draftOf("Marlin Polytechnic, Vietnam's largest polytechnic, joined the Kestrel Data Alliance.");
    expect(owned.has('Marlin Polytechnic', 'LOCATED_IN', 'Vietnam')).toBe(true);
    expect(owned.has('Vietnam', 'MEMBER_OF', 'Kestrel Data Alliance')).toBe(false);
    const offices = draftOf('The Tern Institute, with offices in Hue and Vientiane, joined the Kestrel Data Alliance.');
    expect(offices.has('Tern Institute', 'LOCATED_IN', 'Vientiane')).toBe(true);
    expect(offices.has('Vientiane', 'MEMBER_OF', 'Kestrel Data Alliance')).toBe(false);
    const city = draftOf("Bangkok's Tern University joined the Kestrel Data Alliance.");
    expect(city.has('Tern University', 'LOCATED_IN', 'Bangkok')).toBe(true);
  });

  it('reads an event that holds people as gathering them, and an event role in an object relative clause', () => {
    const convened = draftOf('The Marlin Forum on Soils convened experts from Brisk University and Osprey College.');
    expect(convened.has('Brisk University', 'ATTENDED', 'Marlin Forum on Soils')).toBe(true);
    expect(convened.has('Marlin Forum on Soils', 'ESTABLISHED', 'Brisk University')).toBe(false);
    const relative = draftOf('Brisk University played host to the Marlin Forum on Soils, which Osprey College co-organised.');
    expect(relative.has('Osprey College', 'ORGANIZED', 'Marlin Forum on Soils')).toBe(true);
  });

  it('starts a clause at ", and" between two subjects with verbs of their own, not inside a list of subjects', () => {
    const { has } = draftOf('The Marlin Forum on River Data opened in Hue. Brisk University hosted the event, and the Tern Institute organised it.');
    expect(has('Tern Institute', 'ORGANIZED', 'Marlin Forum on River Data')).toBe(true);
    expect(has('Brisk University', 'ORGANIZED', 'Marlin Forum on River Data')).toBe(false);
    // The last object of a list after a verb, ", and C to serve …", is no subject: the first clause's subject goes on.
    const objects = draftOf('The Kestrel Department of Science has helped to establish platforms such as the Tern Hub, the Osprey Centre, and the Marlin Laboratory to serve the province; promoted the Lotus Initiative.');
    expect(objects.has('Kestrel Department of Science', 'PROMOTES', 'Lotus Initiative')).toBe(true);
    expect(objects.has('Marlin Laboratory', 'PROMOTES', 'Lotus Initiative')).toBe(false);
    const list = draftOf('Brisk University, Osprey College, and the Tern Institute signed the Kestrel Agreement on Soils.');
    for (const party of ['Brisk University', 'Osprey College', 'Tern Institute']) expect([party, list.has(party, 'SIGNED', 'Kestrel Agreement on Soils')]).toEqual([party, true]);
  });

  it('keeps a relative clause\'s members out of the subject of the main verb, and an event\'s gathering out of partnership', () => {
    const { has } = draftOf('The Kestrel Data Alliance, whose members include Brisk University and Osprey College, met in Hue.');
    expect(has('Brisk University', 'MEMBER_OF', 'Kestrel Data Alliance')).toBe(true);
    expect(has('Brisk University', 'LOCATED_IN', 'Hue')).toBe(false);
    const forum = draftOf('The Kestrel Forum on River Data brought together Brisk University and Osprey College.');
    expect(forum.has('Brisk University', 'ATTENDED', 'Kestrel Forum on River Data')).toBe(true);
    expect(forum.has('Brisk University', 'PARTICIPATES_IN', 'Kestrel Forum on River Data')).toBe(false);
  });
});


describe('an acronym that spells a name', () => {
  it('spells the initials in order, connectors spelt or passed over, a hyphenated word by its first letter or by its parts', () => {
    expect(spells('TISTR', ['Thailand', 'Institute', 'of', 'Scientific', 'and', 'Technological', 'Research'])).toBe(true);
    expect(spells('MOST', ['Ministry', 'of', 'Science', 'and', 'Technology'])).toBe(true);
    expect(spells('MST', ['Ministry', 'of', 'Science', 'and', 'Technology'])).toBe(true);
    expect(spells('IMCAS', ['Institute', 'of', 'Microbiology', 'Chinese', 'Academy', 'of', 'Sciences'])).toBe(true);
    expect(spells('CAIF', ['China-ASEAN', 'Innovation', 'Forum'])).toBe(true);
    expect(spells('CIF', ['China-ASEAN', 'Innovation', 'Forum'])).toBe(true);
    // Every word that is no connector must give its letter; no letter may be left; two letters spell nothing.
    expect(spells('TIR', ['Thailand', 'Institute', 'of', 'Scientific', 'Research'])).toBe(false);
    expect(spells('BIOTEC', ['National', 'Center', 'for', 'Genetic', 'Engineering', 'and', 'Biotechnology'])).toBe(false);
    expect(spells('NU', ['National', 'University'])).toBe(false);
  });
});

describe('the reading copy: headings in capitals read as names', () => {
  const text = 'HANOI, 2 MAY 2027 -- The survey\nHERON RIVER DNA SURVEY OF THE DELTA (HeronDNA)\nThe survey found DNA of 40 species.';

  it('title-cases a heading in capitals letter for letter, keeping words the text writes in capitals elsewhere and brackets', () => {
    const copy = readingCopy(text);
    expect(copy).toHaveLength(text.length);
    expect(copy.split('\n')[1]).toBe('Heron River DNA Survey of the Delta (HeronDNA)');
    // A line with a date (a dateline) and a line of one word are read as written.
    expect(copy.split('\n')[0]).toBe('HANOI, 2 MAY 2027 -- The survey');
    expect(readingCopy('SUMMARY\nThe survey.')).toBe('SUMMARY\nThe survey.');
  });

  it('gives a quote taken from the copy back in the text\'s letters', () => {
    const copy = readingCopy(text);
    expect(inOriginalLetters('Heron River DNA Survey of the Delta', copy, text)).toBe('HERON RIVER DNA SURVEY OF THE DELTA');
    expect(inOriginalLetters('The survey found DNA', copy, text)).toBe('The survey found DNA');
  });
});

describe('the classes of dev17', () => {
  it('types a germplasm, gene or seed bank as a platform, and no bank that lends money', () => {
    const types = (text: string) => extract(text).entities.map((entity) => [entity.name, entity.type]);
    expect(types('Trainees visit the Kestrel Gulf Seaweed Germplasm Bank.')).toEqual([['Kestrel Gulf Seaweed Germplasm Bank', 'Platform']]);
    expect(types('Trainees visit the Kestrel Development Bank.').filter(([, type]) => type === 'Platform')).toEqual([]);
  });

  it('proposes no office set before its organisation ("Enquiries: Training Office, LISNA"): it is a unit of it', () => {
    const names = extract('Enquiries: Training Office, LISNA. Chair: Director, International Cooperation Office, LISNA').entities.map((entity) => entity.name);
    expect(names.filter((name) => /Office/.test(name))).toEqual([]);
    expect(extract('The Lao National Office of Standards will join.').entities.map((entity) => entity.name)).toContain('Lao National Office of Standards');
  });

  it('proposes no part of the world as a place ("held in Southeast Asia"), nor a group that is only "of the two sides"', () => {
    const { entities } = extract('It was the first edition of the forum to be held in Southeast Asia. Experts from East Asia and the Asia-Pacific attended.');
    expect(entities.filter((entity) => entity.type === 'Place')).toEqual([]);
    expect(extract('Heron University and Lotus University signed a memorandum. Universities and research institutes of the two sides will carry out joint research.').entities.map((entity) => entity.name)).not.toContain(
      'Universities and research institutes of the two sides',
    );
  });

  it('types an island named in English as a place, and reads Malaysia\'s "Berhad" as a legal form that names the same company', () => {
    const { entities } = extract('Field practice takes place on Kestrel Island. Ipoh-based Heron Fibre Berhad will supply the fibre, and Heron Fibre will train the staff.');
    expect(entities.find((entity) => entity.name === 'Kestrel Island')).toMatchObject({ type: 'Place', kind: 'REGION' });
    expect(entities.filter((entity) => /^Heron Fibre/.test(entity.name)).map((entity) => [entity.type, entity.kind])).toEqual([['Institution', 'COMPANY']]);
  });

  it('reads a letter of intent signed by its parties, an agreement named by what it is "on", one no text named before named after its parties, a site before its town and the town\'s country, an event held in the town its date line names first, a party written with its legal form\'s full stop and its seat after "of", and a town before another name', () => {
    expect(relations('Third, a letter of intent on staff exchange was signed by Heron University and Lotus University.')).toEqual(
      expect.arrayContaining(['Heron University SIGNED Letter of intent between Heron University and Lotus University', 'Lotus University SIGNED Letter of intent between Heron University and Lotus University']),
    );
    const concluded = relations('An agreement on the Kestrel Drone Centre was concluded between Osprey Aviation Co., Ltd. of Nanning and Lotus University.');
    expect(concluded).toEqual(
      expect.arrayContaining(['Osprey Aviation Co., Ltd. SIGNED Agreement on the Kestrel Drone Centre', 'Lotus University SIGNED Agreement on the Kestrel Drone Centre', 'Osprey Aviation Co., Ltd. LOCATED_IN Nanning']),
    );
    // "The joint-venture agreement", none named before, signed by the chief executives of the two companies: named after them.
    const venture = relations('Heron Fibre Co., Ltd. and Lotus Pulp Co., Ltd. announced a joint venture. The joint-venture agreement was signed in Ipoh by the chief executives of the two companies.');
    expect(venture).toEqual(expect.arrayContaining(['Heron Fibre Co., Ltd. SIGNED Joint-venture agreement between Heron Fibre Co., Ltd. and Lotus Pulp Co., Ltd.', 'Lotus Pulp Co., Ltd. SIGNED Joint-venture agreement between Heron Fibre Co., Ltd. and Lotus Pulp Co., Ltd.']));
    // A programme's line: the site, its town, the town's country.
    expect(relations('Coordinator: Kestrel Institute of Energy Systems (KIES), Cebu City, Philippines\nPartner: Tern Grid Services')).toEqual(
      expect.arrayContaining(['Kestrel Institute of Energy Systems LOCATED_IN Cebu City', 'Cebu City LOCATED_IN Philippines']),
    );
    // The line under an event's title: the town, not the region or country after it.
    expect(relations('PROGRAMME\n2027 Kestrel Training Course on Seaweed Processing\n13-24 September 2027, Silver Strand Hotel, Beihai, Guangxi, China\n')).toEqual(
      expect.arrayContaining(['Kestrel Training Course on Seaweed Processing HELD_IN Beihai']),
    );
    // One party is too few to name one: "the memorandum" is then one named before, or none.
    expect(relations('Heron University\'s president signed the memorandum.').filter((relation) => relation.includes('SIGNED'))).toEqual([]);
  });
});

describe('the classes of dev18', () => {

  it('reads a unit named before its organisation after a comma ("Faculty of Pharmacy, X University") as a unit of it', () => {
    const { entities } = extract('The new members are:\n- Faculty of Pharmacy, Kestrel Medical University (Cambodia)\n- Heron Institute of Logistics (Laos)');
    expect(entities.map((entity) => entity.name)).toEqual(expect.arrayContaining(['Faculty of Pharmacy, Kestrel Medical University', 'Kestrel Medical University']));
    expect(relations('The new members are:\n- Faculty of Pharmacy, Kestrel Medical University (Cambodia)')).toEqual(
      expect.arrayContaining(['Faculty of Pharmacy, Kestrel Medical University PART_OF Kestrel Medical University', 'Faculty of Pharmacy, Kestrel Medical University LOCATED_IN Cambodia']),
    );
  });

  it('reads no fields after a partitive "of" ("Three of the newcomers, A, B and C"), and types a named pilot as a project', () => {
    const { entities } = extract('Heron University, Lotus Institute and Kite Data Co., Ltd. joined the alliance. Three of the newcomers, the Lotus institute, Kite Data and the Heron university, will join the Lotus Cold Chain Pilot.');
    expect(entities.filter((entity) => entity.type === 'Domain')).toEqual([]);
    expect(entities.find((entity) => entity.name === 'Lotus Cold Chain Pilot')).toMatchObject({ type: 'Project' });
  });

  it('places a network by the town an apposition says it is based in ("X Network, a Xiamen-based alliance")', () => {
    expect(relations('The forum is organised by the Kestrel Ledger Network, a Xiamen-based alliance of 40 coastal laboratories.')).toContain('Kestrel Ledger Network LOCATED_IN Xiamen');
  });

  it('reads who inaugurated a platform after its date and place ("was inaugurated on 21 June in Cam Ranh, Viet Nam, by A and B")', () => {
    expect(relations('The Kestrel Joint Laboratory was inaugurated on 21 June in Cam Ranh, Viet Nam, by Heron University and Lotus Institute.')).toEqual(
      expect.arrayContaining(['Heron University ESTABLISHED Kestrel Joint Laboratory', 'Lotus Institute ESTABLISHED Kestrel Joint Laboratory', 'Kestrel Joint Laboratory LOCATED_IN Cam Ranh']),
    );
    expect(relations('The Kestrel Forum was inaugurated by Heron University.').filter((relation) => relation.includes('ESTABLISHED'))).toEqual([]);
  });

  it('gives an unnamed joint laboratory or venture the name the next sentence gives it, with what the first sentence said of it', () => {
    const laboratory = relations('A joint laboratory for growing corals on land was inaugurated on 21 June in Cam Ranh by Heron University and Lotus Institute. Named the Kestrel Joint Laboratory on Corals, the new facility occupies a hatchery.');
    expect(laboratory).toEqual(expect.arrayContaining(['Heron University ESTABLISHED Kestrel Joint Laboratory on Corals', 'Lotus Institute ESTABLISHED Kestrel Joint Laboratory on Corals', 'Kestrel Joint Laboratory on Corals LOCATED_IN Cam Ranh']));
    const venture = relations('Heron Ferries Berhad and Kite Power Co., Ltd. today announced that they have formed a joint venture to build ferries. The joint venture, Lotus Marine Sdn. Bhd., is based in Kuching.');
    expect(venture).toEqual(expect.arrayContaining(['Heron Ferries Berhad ESTABLISHED Lotus Marine Sdn. Bhd.', 'Kite Power Co., Ltd. ESTABLISHED Lotus Marine Sdn. Bhd.']));
    // A laboratory the next sentence does not name stays unnamed: nothing is set up.
    expect(relations('A joint laboratory was inaugurated by Heron University. The Kestrel Joint Laboratory on Corals opened in 2020.').filter((relation) => relation.includes('ESTABLISHED'))).toEqual([]);
  });

  it('reads "the two parties" of a clause "under which" as the parties that signed, and a labelled line that opens a clause as prose', () => {
    const signed = relations('Heron University and Lotus Institute signed a memorandum. Third, the Kestrel Center and the Malioboro Park signed a cooperation agreement under which the two parties will jointly open the Kestrel Service Station in the park.');
    expect(signed).toEqual(expect.arrayContaining(['Kestrel Center ESTABLISHED Kestrel Service Station', 'Malioboro Park ESTABLISHED Kestrel Service Station']));
    expect(signed.filter((relation) => /^(?:Heron|Lotus).*ESTABLISHED/.test(relation))).toEqual([]);
    const programme = relations('PROGRAMME -- Kestrel Training Course on Lamps\nOrganiser: Heron University\nAbout the organiser: set up in 2022 by Lotus Electronics Co., Ltd. and the Kite Institute of Photonics, the Heron Lighting Research Centre works on lamps.');
    expect(programme).toEqual(expect.arrayContaining(['Lotus Electronics Co., Ltd. ESTABLISHED Heron Lighting Research Centre', 'Kite Institute of Photonics ESTABLISHED Heron Lighting Research Centre']));
    expect(programme.filter((relation) => relation.includes('Kite Institute of Photonics ORGANIZED'))).toEqual([]);
  });

  it('reads every funder after "comes from A, which …, and from B", and names a platform without the country its name ends with', () => {
    const funded = relations('The Kestrel Cocoa Project started in 2025. Funding comes from the Heron Ministry of Science, which covers 70 per cent of the budget, and from the Lotus Foundation, which pays for farmer training.');
    expect(funded).toEqual(expect.arrayContaining(['Heron Ministry of Science SUPPORTS Kestrel Cocoa Project', 'Lotus Foundation SUPPORTS Kestrel Cocoa Project']));
    expect(extract('The project works with the Tawau Cocoa Breeding Station of Malaysia.').entities.map((entity) => entity.name)).toContain('Tawau Cocoa Breeding Station');
  });

  it('gives a fronted "hosted by" none of the main verb\'s co-agents ("…, the forum is organised by A together with B")', () => {
    const hosted = relations('The Kestrel Forum opened in Cebu City on Monday. Jointly hosted by the Heron Bureau and Lotus University, the forum is organised by the Kite Center together with the Osprey Research Network.');
    expect(hosted).toEqual(expect.arrayContaining(['Heron Bureau HOSTED Kestrel Forum', 'Kite Center ORGANIZED Kestrel Forum', 'Osprey Research Network ORGANIZED Kestrel Forum']));
    expect(hosted).not.toContain('Osprey Research Network HOSTED Kestrel Forum');
  });

  it('types a named exchange, database or ledger as a platform (no lower-case one), and reads who "maintained" it as running it', () => {
    const { entities } = extract('Launch of the Kestrel Retrofit Database, jointly maintained by Heron University and the Lotus Institute. Members share a patent database and run a technology exchange.');
    expect(entities.filter((entity) => entity.type === 'Platform').map((entity) => entity.name)).toEqual(['Kestrel Retrofit Database']);
    expect(relations('Launch of the Kestrel Retrofit Database, jointly maintained by Heron University and the Lotus Institute.')).toEqual(
      expect.arrayContaining(['Heron University PARTICIPATES_IN Kestrel Retrofit Database', 'Lotus Institute PARTICIPATES_IN Kestrel Retrofit Database']),
    );
  });

  it('places a campus\'s owner named after "of" ("the Sukolilo campus of X (XU) in Surabaya") or by its kind ("the university\'s campus in Shah Alam"), unless two of that kind came before', () => {
    expect(relations('The Kestrel Joint Laboratory was inaugurated at the Sukolilo campus of Heron Institute of Technology (HIT) in Surabaya.')).toContain('Heron Institute of Technology LOCATED_IN Surabaya');
    expect(relations('Heron University is a partner. The Kestrel Lab is on the university\'s campus in Shah Alam.')).toEqual(expect.arrayContaining(['Heron University LOCATED_IN Shah Alam', 'Kestrel Lab LOCATED_IN Shah Alam']));
    const two = relations('Heron University and Lotus University have opened the Kestrel Lab on the university\'s campus in Haikou.');
    expect(two.filter((relation) => /University LOCATED_IN Haikou/.test(relation))).toEqual([]);
  });

  it('places a place a country\'s possessive owns in that country ("Indonesia\'s Lampung Province")', () => {
    expect(relations("Trials run in Indonesia's Lampung Province. Others run in Viet Nam's Mekong Delta.")).toEqual(expect.arrayContaining(['Lampung LOCATED_IN Indonesia', 'Mekong Delta LOCATED_IN Vietnam']));
  });

  it('reads who took part "as did representatives of A and B"', () => {
    const attended = relations('The Kestrel Forum opened in Cebu City on Monday. Delegations from Malaysia and Thailand took part, as did representatives of Heron Peat Services Sdn. Bhd. and the Lotus Carbon Office.');
    expect(attended).toEqual(expect.arrayContaining(['Heron Peat Services Sdn. Bhd. ATTENDED Kestrel Forum', 'Lotus Carbon Office ATTENDED Kestrel Forum']));
  });

  it('reads "A said it would help B" and "A formed a joint venture with B" as the reporting subject\'s and both founders\' acts', () => {
    expect(relations('The Heron Institute was founded in 2020. The Kestrel Center said it would help the institute find partners.')).toContain('Kestrel Center SUPPORTS Heron Institute');
    expect(relations('Heron Sago Berhad has formed a joint venture with Kite Starch Co., Ltd. to make bioplastics. The joint venture, Lotus Bioplastics Sdn. Bhd., is based in Kuching.')).toEqual(
      expect.arrayContaining(['Heron Sago Berhad ESTABLISHED Lotus Bioplastics Sdn. Bhd.', 'Kite Starch Co., Ltd. ESTABLISHED Lotus Bioplastics Sdn. Bhd.']),
    );
  });
});

describe('the classes of dev19', () => {

  it('types a headless title by the class noun it is said to be, or is set after in apposition, and takes no entity of that noun', () => {
    const said = extract('Heron Schools for Safer Villages (hereinafter "HSSV") is a three-year China-Laos cooperation project in bamboo housing. HSSV is led by Kestrel University. The project is financed by the Lotus Foundation.');
    expect(said.entities.filter((entity) => entity.type === 'Project').map((entity) => entity.name)).toEqual(['Heron Schools for Safer Villages']);
    expect(relations('Heron Schools for Safer Villages is a cooperation project in bamboo housing. The project is financed by the Lotus Foundation.')).toContain('Lotus Foundation SUPPORTS Heron Schools for Safer Villages');
    const apposed = extract("Two members will take part in the Alliance's flagship project, Kite Roofs for Safer Villages, which is building classrooms.");
    expect(apposed.entities.filter((entity) => entity.type === 'Project').map((entity) => entity.name)).toEqual(['Kite Roofs for Safer Villages']);
    // A list after the noun is no apposition: "the industrial park, Kestrel Regency, Jiangbin and the companies".
    expect(extract('This is fictional: the industrial park, Kestrel Regency, Jiangbin and the companies named here do not exist.').entities.filter((entity) => entity.type === 'Platform' && entity.name.includes('Kestrel'))).toEqual([]);
  });

  it('reads no entity in a page\'s furniture ("TRAINING COURSE PROGRAMME", "MID-TERM SUMMARY REPORT", "UNIVERSITY NEWS")', () => {
    for (const heading of ['TRAINING COURSE PROGRAMME', 'MID-TERM SUMMARY REPORT', 'UNIVERSITY NEWS | Kestrel University | 9 June 2027']) {
      expect(names(`${heading}\nKestrel University opened a laboratory.`)).toEqual(['Kestrel University']);
    }
  });

  it('names one country in "Papua New Guinea", and ends a name at the place before a comma ("in Guangxi, Mahidol University and …")', () => {
    expect(names('Delegations from Vietnam and Papua New Guinea attended.')).toEqual(['Vietnam', 'Papua New Guinea']);
    expect(names('Its partners are the Heron Institute of Algal Engineering in Kestrelshire, Lotus University and the Kite Cooperative.')).toEqual(
      expect.arrayContaining(['Heron Institute of Algal Engineering', 'Lotus University', 'Kite Cooperative']),
    );
  });

  it('reads "the two hosts" as those the text said hosted, not the last two named, and "as did researchers from A and B" as attendance', () => {
    const launched = relations('The Kite Forum was co-hosted by the Heron Agency and Lotus University, and organised by the Osprey Network. Kestrel Air and the Tern Institute presented records. On the second day the two hosts launched the Egret Ash Observatory.');
    expect(launched).toEqual(expect.arrayContaining(['Heron Agency ESTABLISHED Egret Ash Observatory', 'Lotus University ESTABLISHED Egret Ash Observatory']));
    expect(launched.filter((relation) => /^(?:Kestrel|Tern).*ESTABLISHED/.test(relation) || relation.includes('Observatory HOSTED'))).toEqual([]);
    // Who speaks for the organisers places nothing: "The organisers said the next forum would be held in X".
    expect(relations('The Kite Forum was organised by the Heron Agency. The organisers said the next forum would be held in Vientiane.').filter((relation) => relation.includes('LOCATED_IN'))).toEqual([]);
    expect(relations('The Kite Forum opened in Selobatu. Delegations from Vietnam attended, as did researchers from the Heron Academy of Sciences and the Lotus Institute of Aerosol Physics.')).toEqual(
      expect.arrayContaining(['Heron Academy of Sciences ATTENDED Kite Forum', 'Lotus Institute of Aerosol Physics ATTENDED Kite Forum']),
    );
  });

  it('reads a programme\'s lecturers as attending for their institution, and a body named later without its country as the one named with it', () => {
    const programme = relations('PROGRAMME\nKestrel Training Course on Microgrids\nHost: Ministry of Rural Power of the Kingdom of Cambodia\n09:00 Opening remarks by the Ministry of Rural Power\n09:45 Lecture 1: Planning a microgrid. Lecturer: Eng. Tran Van Binh, Heron Institute of Power Engineering');
    expect(programme).toEqual(expect.arrayContaining(['Heron Institute of Power Engineering ATTENDED Kestrel Training Course on Microgrids', 'Ministry of Rural Power of Cambodia HOSTED Kestrel Training Course on Microgrids']));
    expect(names('Host: Ministry of Rural Power of the Kingdom of Cambodia\nOpening remarks by the Ministry of Rural Power')).not.toContain('Ministry of Rural Power');
  });

  it('types a pilot or demonstration facility as a platform, and "the plant" points back at it', () => {
    const plant = extract('The Kestrel Seaweed Pilot Plant began operating in March. The plant was set up by Heron University and Lotus Bioproducts Co., Ltd.');
    expect(plant.entities.find((entity) => entity.name === 'Kestrel Seaweed Pilot Plant')).toMatchObject({ type: 'Platform' });
    expect(relations('The Kestrel Seaweed Pilot Plant began operating in March. The plant was set up by Heron University.')).toContain('Heron University ESTABLISHED Kestrel Seaweed Pilot Plant');
    expect(relations('Field visit to the Egret Demonstration Microgrid, which the Heron Energy Centre built in 2025 together with Lotus Solar Co., Ltd.')).toEqual(
      expect.arrayContaining(['Heron Energy Centre ESTABLISHED Egret Demonstration Microgrid', 'Lotus Solar Co., Ltd. ESTABLISHED Egret Demonstration Microgrid']),
    );
  });

  it('runs a title on over "into" and "against", and reads the parties "between A, a maker of …, and B" past the apposition', () => {
    expect(names('A Letter of Intent on Joint Research into the Protection of Signalling Cables against Landslides, signed by the Heron Institute of Rail Technology and Lotus Polytechnic College.')).toContain(
      'Letter of Intent on Joint Research into the Protection of Signalling Cables against Landslides',
    );
    expect(relations('A Cooperation Agreement on the Maintenance of Signalling Equipment between Kestrel Rail Signal Co., Ltd., a Nanning manufacturer of interlocking and axle-counter systems, and Egret Railway Services Company.')).toEqual(
      expect.arrayContaining(['Kestrel Rail Signal Co., Ltd. SIGNED Cooperation Agreement on the Maintenance of Signalling Equipment', 'Egret Railway Services Company SIGNED Cooperation Agreement on the Maintenance of Signalling Equipment']),
    );
  });

  it('reads "with C as industrial partner" after "Its partners are …", "the training base for three years" as a reference, and "the Department" as the body the text defined it for', () => {
    expect(relations('Kestrel Roofs is a cooperation project in bamboo housing. Its partners are Heron University and Lotus University, with Egret Bioproducts Co., Ltd. as industrial partner.')).toContain(
      'Egret Bioproducts Co., Ltd. PARTICIPATES_IN Kestrel Roofs',
    );
    const funded = relations(
      'A delegation of the Department of Science of Heron Province (hereinafter referred to as "the Department") visited Laos. The Department and the Lotus Provincial Department of Transport will establish the Kestrel Signalling Training Base. The Department will fund the training base for three years.',
    );
    expect(funded).toContain('Department of Science of Heron SUPPORTS Kestrel Signalling Training Base');
    expect(funded).not.toContain('Lotus Provincial Department of Transport SUPPORTS Kestrel Signalling Training Base');
  });

  it('reads members in "consists of", "is made up of" and "As members of X, A and B …", and ends an organisation\'s name before "on the" another whole name', () => {
    for (const text of ['The Heron Alliance consists of Lotus University and Kite Institute.', 'The Heron Alliance is made up of Lotus University and Kite Institute.', 'As members of the Heron Alliance, Lotus University and Kite Institute will share data.']) {
      expect(relations(text)).toEqual(expect.arrayContaining(['Lotus University MEMBER_OF Heron Alliance', 'Kite Institute MEMBER_OF Heron Alliance']));
    }
    expect(names('Lotus University is working with the Heron Institute on the Kestrel Project.')).toEqual(['Lotus University', 'Heron Institute', 'Kestrel Project']);
    expect(names('The ASEAN Commission on the Status of Rural Women met.')).toContain('ASEAN Commission on the Status of Rural Women');
  });

  it('reads "A, the state-owned provider of …, and B presented" as one clause whose subject is both', () => {
    expect(relations('The Kite Forum opened in Selobatu. Heron Air Navigation Company, the state-owned provider of air traffic services, and the Lotus Volcano Watch Institute presented ash-fall records.')).toEqual(
      expect.arrayContaining(['Heron Air Navigation Company ATTENDED Kite Forum', 'Lotus Volcano Watch Institute ATTENDED Kite Forum']),
    );
  });

  it('places a town called "the provincial capital" in the province named before', () => {
    expect(relations('The delegation visited Kestrel Province in Laos. The documents were signed in Pakse, the provincial capital, on Monday.')).toContain('Pakse LOCATED_IN Kestrel');
    expect(relations('The delegation visited Kestrel Province in Laos. The documents were signed in Pakse, the capital, on Monday.').filter((relation) => relation.startsWith('Pakse LOCATED_IN Kestrel'))).toEqual([]);
  });

  it('reads an unnamed memorandum the subject acts "in" as signed by it, and "the two universities" past a unit of one of them', () => {
    const signed = relations('Heron University and Lotus University on Monday opened a joint laboratory at the Heron University College of Medicine. The two universities agreed to found the laboratory in a memorandum of understanding signed in Nanning last year.');
    expect(signed).toEqual(
      expect.arrayContaining(['Heron University SIGNED Memorandum of understanding between Heron University and Lotus University', 'Lotus University SIGNED Memorandum of understanding between Heron University and Lotus University']),
    );
    expect(signed.filter((relation) => relation.startsWith('Heron University College of Medicine SIGNED'))).toEqual([]);
  });

  it('types a named coalition as a network', () => {
    expect(relations('Lotus University became a member of the Heron Coalition for Clean Air.')).toContain('Lotus University MEMBER_OF Heron Coalition for Clean Air');
    expect(extract('The two sides agreed a strategic coalition of interests.').entities).toEqual([]);
  });

  it('reads members of a group of countries ("ASEAN member states A, B and C", "A and B, all members of ASEAN,") and "A is one of its 20 members"', () => {
    expect(relations('ASEAN member states Thailand, Vietnam and Laos sent delegations.')).toEqual(expect.arrayContaining(['Thailand MEMBER_OF ASEAN', 'Vietnam MEMBER_OF ASEAN', 'Laos MEMBER_OF ASEAN']));
    expect(relations('Thailand and Laos, all members of ASEAN, attended the forum.')).toEqual(expect.arrayContaining(['Thailand MEMBER_OF ASEAN', 'Laos MEMBER_OF ASEAN']));
    expect(relations('The Heron Network was set up in 2019. Lotus University is one of its 20 members.')).toContain('Lotus University MEMBER_OF Heron Network');
  });

  it('names no country in a town\'s "-based" ("a Bangkok-based start-up" is no Bangladesh), and places what lies or is situated somewhere', () => {
    expect(relations('Kite Robotics Co., Ltd., a Bangkok-based start-up, joined the network.')).toEqual(['Kite Robotics Co., Ltd. LOCATED_IN Bangkok']);
    expect(names('Kite Robotics Co., Ltd., a Bangkok-based start-up, joined the network.')).not.toContain('Bangladesh');
    expect(relations('The Kestrel Research Station is situated in Kampot Province.')).toContain('Kestrel Research Station LOCATED_IN Kampot');
    expect(relations('The Heron Science Park lies in Vientiane Province.')).toContain('Heron Science Park LOCATED_IN Vientiane');
  });

  it('reads the partners of "X, a joint initiative of A and B"', () => {
    expect(relations('The Kestrel Project, a joint initiative of Lotus University and the Heron Institute, started in 2024.')).toEqual(
      expect.arrayContaining(['Lotus University PARTICIPATES_IN Kestrel Project', 'Heron Institute PARTICIPATES_IN Kestrel Project']),
    );
  });

  it('takes another name a text gives in brackets or after "hereafter" ("known locally as Y", "formerly Y", "hereafter XY")', () => {
    const aliases = (text: string) => extract(text).entities.map((entity) => [entity.name, entity.aliases.map((alias) => alias.alias)]);
    expect(aliases('The Heron Institute of Marine Science (known locally as Vien Hai Duong) signed.')).toEqual([['Heron Institute of Marine Science', ['Vien Hai Duong']]]);
    expect(aliases('Lotus University (formerly Lotus Teachers College) signed.')).toEqual([['Lotus University', ['Lotus Teachers College']]]);
    expect(aliases('The Kestrel Joint Laboratory on Rice Genomics, hereafter KJL, opened.')).toEqual([['Kestrel Joint Laboratory on Rice Genomics', ['KJL']]]);
  });

  it('points "the initiative" at the project named before when no initiative was, and "the grouping", "the gathering" at a network and an event', () => {
    expect(relations('The Kestrel Project began in 2023. The initiative is supported by the Lotus Foundation.')).toContain('Lotus Foundation SUPPORTS Kestrel Project');
    expect(relations('The Heron Alliance was set up in 2019. The grouping now counts Lotus University among its members.')).toContain('Lotus University MEMBER_OF Heron Alliance');
    expect(relations('The Kestrel Forum opened on Monday. The gathering was co-hosted by Lotus University and the Heron Institute.')).toEqual(
      expect.arrayContaining(['Lotus University HOSTED Kestrel Forum', 'Heron Institute HOSTED Kestrel Forum']),
    );
    expect(names('A gathering of experts discussed rice.')).toEqual([]);
  });

  it('reads organisations called each other\'s partners, or cooperating with no one else named, as cooperating', () => {
    expect(relations('Lotus University and the Heron Institute have cooperated since 2015.')).toContain('Lotus University COOPERATES_WITH Heron Institute');
    expect(relations('Lotus University, a partner of the Heron Institute, hosted the visit.')).toContain('Lotus University COOPERATES_WITH Heron Institute');
    expect(relations("The visit was hosted by the Heron Institute, Lotus University's research partner since 2018.")).toContain('Heron Institute COOPERATES_WITH Lotus University');
    expect(relations('Lotus University and the Heron Institute are long-time partners.')).toContain('Lotus University COOPERATES_WITH Heron Institute');
    // A project's partners take part in it; they are not said to cooperate.
    expect(relations('Lotus University and the Heron Institute are partners in the Kestrel Project.').filter((relation) => relation.includes('COOPERATES_WITH'))).toEqual([]);
  });

  it('keeps a sentence\'s first word in a company name that runs into its seat in brackets ("Kite Robotics (Shenzhen) Co., Ltd. joined")', () => {
    expect(names('Kite Robotics (Shenzhen) Co., Ltd. joined the network.')).toEqual(['Kite Robotics (Shenzhen) Co., Ltd.']);
  });
});

describe('the classes of dev20', () => {

  it('reads "An" before a consonant, or between name words, as a word of the name, and fields joined by "and" in a complement as one list', () => {
    expect(names('New members include the An Khe Institute of Forestry and Fisheries Research, Pleiku, Viet Nam.')).toContain('An Khe Institute of Forestry and Fisheries Research');
    expect(names('Nghe Ann Starch Company and Hoi An Ceramics Co., Ltd. joined.')).toEqual(expect.arrayContaining(['Hoi An Ceramics Co., Ltd.']));
    // The article stays an article before a vowel's sound and before an acronym's letters.
    expect(names('An Indonesian delegation and an MoU were there; An MoU was signed by Kestrel University.')).toEqual(['Kestrel University']);
  });

  it('ends a name at "on the" an owner\'s site ("… Laboratory on the Lao university\'s Dongdok campus"), not at "on the" a title\'s topic', () => {
    expect(names("The two universities will build the Heron Herbal Testing Laboratory on the Lao university's Kestrel campus in Vientiane.")).toContain('Heron Herbal Testing Laboratory');
    expect(names("The Kite Forum on the World's Oceans opened.")).toContain("Kite Forum on the World's Oceans");
  });

  it('reads "the Lao Ministry of Health" as the Ministry of Health of the Lao PDR the text named before, and "the Lao capital" as in Laos', () => {
    const { entities } = extract("At the invitation of the Ministry of Health of the Lao People's Democratic Republic, a delegation visited Vientiane, the Lao capital. The Lao Ministry of Health will chair the committee.");
    expect(entities.filter((entity) => entity.type === 'Institution').map((entity) => entity.name)).toEqual(['Ministry of Health of Laos']);
    expect(relations("A delegation visited Vientiane, the Lao capital, in May. Researchers gathered in the Malaysian capital.")).toEqual(
      expect.arrayContaining(['Vientiane LOCATED_IN Laos', 'Kuala Lumpur LOCATED_IN Malaysia']),
    );
  });

  it('places a town in the region after it and a comma, when an organisation, not a place, is joined after them', () => {
    expect(relations('Qinglan Energy, a battery maker based in Liuzhou, Guangxi, and Heron Shipping Co., Ltd. of Cambodia announced a joint venture.')).toEqual(
      expect.arrayContaining(['Qinglan Energy LOCATED_IN Liuzhou', 'Liuzhou LOCATED_IN Guangxi', 'Heron Shipping Co., Ltd. LOCATED_IN Cambodia']),
    );
    // A place joined after them makes a list: "Pakse, Champasak and Savannakhet".
    expect(relations('The trials run in Pakse, Champasak and Savannakhet.').filter((relation) => relation.startsWith('Pakse LOCATED_IN'))).toEqual([]);
  });

  it('places a public body in the province or region its name serves, an organisation in the place after its short name, and a body where its seat is', () => {
    expect(relations('The Bureau of Agriculture of Yunnan Province and the Department of Fisheries of Guangxi Zhuang Autonomous Region signed it.')).toEqual(
      expect.arrayContaining(['Bureau of Agriculture of Yunnan LOCATED_IN Yunnan', 'Department of Fisheries of Guangxi LOCATED_IN Guangxi']),
    );
    expect(relations('The project is led by the Heron Delta University of Technology (HDUT) in Da Nang.')).toContain('Heron Delta University of Technology LOCATED_IN Da Nang');
    expect(relations('Kite Power Co., Ltd. is a joint venture. The joint venture will have its registered seat in Phnom Penh.')).toContain('Kite Power Co., Ltd. LOCATED_IN Phnom Penh');
    expect(relations('Osprey Analytics Co., Ltd. keeps its head office in Da Nang.')).toContain('Osprey Analytics Co., Ltd. LOCATED_IN Da Nang');
    expect(relations('The Kite Alliance met. Its members include the Heron Bamboo Institute, which keeps its secretariat in Kuching.')).toContain('Heron Bamboo Institute LOCATED_IN Kuching');
    expect(relations('The Osprey Institute of Geohazards will host six students a year at its laboratories in Chengdu.')).toContain('Osprey Institute of Geohazards LOCATED_IN Chengdu');
  });

  it('reads "the two companies" after "A and B announced C, a joint venture" as A and B, and one agreement in the sentences that describe it by the same words', () => {
    const text = 'Kite Energy Co., Ltd. and Heron Shipping Co., Ltd. today announced Osprey Power Co., Ltd., a joint venture. The two companies signed the joint venture agreement in Phnom Penh. The joint venture agreement was signed by the chairman of Kite Energy.';
    const signed = relations(text).filter((relation) => relation.includes('SIGNED'));
    expect(signed.map((relation) => relation.split(' SIGNED ')[0]).sort()).toEqual(['Heron Shipping Co., Ltd.', 'Kite Energy Co., Ltd.']);
    expect(extract(text).entities.filter((entity) => entity.type === 'Agreement')).toHaveLength(1);
  });

  it('reads "A, a maker based in X, Y, and B announced C" and \'A ("AE"), a maker in X, and B announced C\' with both A and B as the subject', () => {
    for (const text of [
      'Kite Energy Co., Ltd., a battery maker based in Liuzhou, Guangxi, and Heron Shipping Co., Ltd. of Cambodia today announced Osprey Power Co., Ltd., a joint venture.',
      'Kite Energy Co., Ltd. ("Kite"), a battery maker based in Liuzhou, and Heron Shipping Co., Ltd. of Cambodia today announced Osprey Power Co., Ltd., a joint venture.',
    ]) {
      expect(relations(text).filter((relation) => relation.includes('ESTABLISHED')).sort()).toEqual(['Heron Shipping Co., Ltd. ESTABLISHED Osprey Power Co., Ltd.', 'Kite Energy Co., Ltd. ESTABLISHED Osprey Power Co., Ltd.']);
    }
  });
  it('reads partners said with "participates in … together with", "implemented by A in cooperation with B", and "work with B on P"', () => {
    expect(relations('The Snipe Institute participates in the Ruff Project together with the Knot University.')).toEqual(
      expect.arrayContaining(['Snipe Institute PARTICIPATES_IN Ruff Project', 'Knot University PARTICIPATES_IN Ruff Project']),
    );
    expect(relations('The Ibis Project is implemented by the Swift Institute in cooperation with the Gull University.')).toEqual(
      expect.arrayContaining(['Swift Institute PARTICIPATES_IN Ibis Project', 'Gull University PARTICIPATES_IN Ibis Project']),
    );
    // A country set after a partner by commas is where the partner is, no partner of its own.
    expect(relations('The Ibis Project was implemented by the Swift Institute in partnership with the Center for Disease Control of Kite Prefecture, China, and the Gull University.').filter((relation) => relation.startsWith('China PARTICIPATES_IN'))).toEqual([]);
    expect(names('The Heron University will work with the Lotus Institute of Ecology on the Kite River Survey.')).toEqual(['Heron University', 'Lotus Institute of Ecology', 'Kite River Survey']);
    expect(relations('The two partners will also set up the Heron Research Centre, to be run with the Kite University and the Osprey Institute.')).toEqual(
      expect.arrayContaining(['Kite University PARTICIPATES_IN Heron Research Centre', 'Osprey Institute PARTICIPATES_IN Heron Research Centre']),
    );
  });

  it('reads members said with "one of the network\'s 12 members", and a name said to have members as a network', () => {
    expect(relations("The Heron Water Network met in Hue. The Swift Polytechnic is one of the network's 12 members.")).toContain('Swift Polytechnic MEMBER_OF Heron Water Network');
    expect(relations('The Silver Fern Partnership, whose members include the Ibis Institute and the Swift University, met in Vientiane.')).toEqual(
      expect.arrayContaining(['Ibis Institute MEMBER_OF Silver Fern Partnership', 'Swift University MEMBER_OF Silver Fern Partnership']),
    );
    expect(relations("The Jade Compact's members are the Ibis Institute and the Swift University.")).toContain('Ibis Institute MEMBER_OF Jade Compact');
    const network = 'The Heron Water Network met in Hue. ';
    for (const [sentence, member] of [
      ["The Tern College, one of the network's founding members, chaired the session.", 'Tern College'],
      ["The network's newest member, the Lotus Institute of Hydrology, presented its work.", 'Lotus Institute of Hydrology'],
      ['Its newest member, the Kite Institute, spoke.', 'Kite Institute'],
      ['The Wren University has been accepted into the network.', 'Wren University'],
      ['The network accepted the Crane Institute as a member.', 'Crane Institute'],
      ['The network now includes the Robin Institute and the Sparrow University.', 'Robin Institute'],
    ]) {
      expect(relations(network + sentence)).toContain(`${member} MEMBER_OF Heron Water Network`);
    }
    expect(relations(`${network}The Osprey Institute accepted the invitation.`).filter((relation) => relation.includes('MEMBER_OF'))).toEqual([]);
  });

  it('reads a list of partners past an item\'s relative clause, and never makes one listed the whole they are partners of', () => {
    const found = relations('The Heron Joint Institute opened in Hue. Its partners are the Kite Beidou Laboratory, which will share data from its stations, and Osprey Geospatial Sdn. Bhd., a surveying company.');
    expect(found).toEqual(expect.arrayContaining(['Kite Beidou Laboratory PARTICIPATES_IN Heron Joint Institute', 'Osprey Geospatial Sdn. Bhd. PARTICIPATES_IN Heron Joint Institute']));
    expect(found.filter((relation) => relation.endsWith('PARTICIPATES_IN Kite Beidou Laboratory'))).toEqual([]);
  });

  it('proposes no entity for a thing never named and described in small letters ("the cloud platform that monitors …"), but does for a policy', () => {
    expect(names('Heron Harbor Co., Ltd. will provide the cloud platform that monitors every battery pack. The working group met twice.')).toEqual(['Heron Harbor Co., Ltd.']);
    expect(names('It works under the new tri-border pattern.')).toEqual(['New tri-border pattern']);
    expect(names('The Thai Space Applications Agency (TSAA) organised it. Field visit to the TSAA ground receiving station. The Tern laboratory opened.')).toEqual(['Thai Space Applications Agency', 'Tern laboratory']);
  });

  it('reads "the Champasak association" as the association the text placed there ("- Khone Falls Fishers Association, Champasak, Laos")', () => {
    const found = relations('New members:\n- Khone Falls Fishers Association, Champasak, Laos\n- Kite Institute, Kunming, China\nThe Kite Survey will be led by the Kunming institute and the Champasak association.');
    expect(found).toEqual(expect.arrayContaining(['Khone Falls Fishers Association PARTICIPATES_IN Kite Survey', 'Kite Institute PARTICIPATES_IN Kite Survey']));
  });


  it('places a place in its country said as "the Cambodian province of X", "in X, in the south of Y" and "X and Y (Country)"', () => {
    expect(relations('The station opened in the northern Cambodian province of Kestrel Sangkum.')).toContain('Kestrel Sangkum LOCATED_IN Cambodia');
    expect(relations('The laboratory is in Hat Yai, in the south of the Kingdom of Thailand.')).toContain('Hat Yai LOCATED_IN Thailand');
    expect(relations('Pilots ran on Siquijor and Camiguin (Philippines).')).toEqual(expect.arrayContaining(['Siquijor LOCATED_IN Philippines', 'Camiguin LOCATED_IN Philippines']));
    expect(relations('Trials ran in Kestrel Thom and Heron Vihear provinces, Cambodia.')).toEqual(expect.arrayContaining(['Kestrel Thom LOCATED_IN Cambodia', 'Heron Vihear LOCATED_IN Cambodia']));
    expect(relations("The fair opened in Chanthaburi, the centre of Thailand's durian trade.")).toContain('Chanthaburi LOCATED_IN Thailand');
    // "Ho" is no demonym of Hong Kong: "a Ho Chi Minh City maker" is in Ho Chi Minh City.
    expect(relations('Kite Aquarium Systems Joint Stock Company, a Ho Chi Minh City maker of pumps, joined.')).toEqual(['Kite Aquarium Systems Joint Stock Company LOCATED_IN Ho Chi Minh City']);
    // A member listed with its country in brackets stays an organisation.
    expect(extract('New members:\n- Kestrel Provincial Health Service (Laos)\n- Heron University (Vietnam)').entities.filter((entity) => entity.type === 'Place')).toEqual([]);
  });
});

describe('the classes of dev21', () => {
  it('reads a land named by its landform ("the Khorat Plateau", "in the Mekong Delta", "the Klang Valley") as a region, not a name that qualifies the noun after it', () => {
    const places = (text: string) => extract(text).entities.filter((entity) => entity.type === 'Place').map((entity) => entity.name);
    expect(places('Sensors go on the Kestrel Plateau and in the Heron Delta from 2030. Osprey Data runs six data halls in the Kite Valley.')).toEqual(['Kestrel Plateau', 'Heron Delta', 'Kite Valley']);
    expect(places('The Kestrel Valley smart farming network and the Heron Basin park management met.')).toEqual([]);
  });

  it('funds, with money that "comes from" a body, the work the text speaks of most so far, counting the references to it', () => {
    const text =
      'The Kite Transfer Center and the Heron Coast University opened the Osprey Joint Laboratory for Reef Medicines on Friday, with help from the Kite Transfer Center. ' +
      'The new laboratory occupies the second floor of the Marine Building. The laboratory will screen sponges. Start-up funding comes from the Tern Research Fund.';
    expect(relations(text)).toContain('Tern Research Fund SUPPORTS Osprey Joint Laboratory for Reef Medicines');
    expect(relations(text)).not.toContain('Tern Research Fund SUPPORTS Kite Transfer Center');
  });

  it('reads no field off the words that say what kind of site a platform is ("… Biochar Demonstration Station")', () => {
    const domains = extract('The academy will build the Kestrel-Heron Biochar Demonstration Station.').entities.filter((entity) => entity.type === 'Domain');
    expect(domains.map((entity) => entity.name)).not.toContain('Biochar Demonstration');
  });

  it('reads "as are representatives of B" after those taking part, and "with co-financing from B", as "as did" and "with support from" are read', () => {
    expect(relations('The 4th Kestrel Symposium on Island Grids opened on Wednesday. Delegations from Malaysia are also taking part, as are representatives of Tern Grid Services Sdn. Bhd., which runs village grids.')).toContain(
      'Tern Grid Services Sdn. Bhd. ATTENDED 4th Kestrel Symposium on Island Grids',
    );
    expect(relations('The Kite Apiculture Project is funded by the Heron Science Council, with co-financing from the Osprey Pollinator Trust.')).toContain('Osprey Pollinator Trust SUPPORTS Kite Apiculture Project');
  });

  it('proposes no platform for sites of a kind in a place or of an owner, uncounted, and keeps a counted group', () => {
    const platforms = (text: string) => extract(text).entities.filter((entity) => entity.type === 'Platform').map((entity) => entity.name);
    expect(platforms('Heron Data Co., Ltd. will build and operate cooled edge data centres in Malaysia. Trainees work in the battery laboratories of Kestrel University.')).toEqual([]);
    expect(platforms('The project set up monitoring stations in three northern provinces of Laos.')).toEqual(['Monitoring stations in three northern provinces of Laos']);
  });

  it('reads a list item that names an unnamed agreement and its parties before "signed by" the people who sign it', () => {
    const text =
      'During the visit, three documents were signed in Phnom Penh:\n\n1. an agreement on a joint biochar station between the Kestrel Academy of Soil Sciences and the Royal Tern University (RTU), signed by the presidents of the two institutions;\n\n' +
      "2. a letter of intent on husk supply between Kite Husk Co., Ltd. and the Heron Rice Millers' Association, signed by their general managers.";
    const found = relations(text);
    const agreements = extract(text).entities.filter((entity) => entity.type === 'Agreement').map((entity) => entity.name);
    expect(agreements).toEqual(['Agreement between Kestrel Academy of Soil Sciences and Royal Tern University', "Letter of intent between Kite Husk Co., Ltd. and Heron Rice Millers' Association"]);
    expect(found).toEqual(expect.arrayContaining([`Royal Tern University SIGNED ${agreements[0]}`, `Heron Rice Millers' Association SIGNED ${agreements[1]}`]));
  });

  it('adds those "Besides X," names to the partners the sentence lists', () => {
    expect(relations("Kestrel Coast University and Heron University opened the Kestrel-Heron Joint Laboratory for Reef Products on Friday. Besides the two universities, the laboratory's founding partners are the Krabi Research Station and Siam Osprey Co., Ltd.")).toEqual(
      expect.arrayContaining(['Kestrel Coast University PARTICIPATES_IN Kestrel-Heron Joint Laboratory for Reef Products', 'Heron University PARTICIPATES_IN Kestrel-Heron Joint Laboratory for Reef Products', 'Siam Osprey Co., Ltd. PARTICIPATES_IN Kestrel-Heron Joint Laboratory for Reef Products']),
    );
  });

  it('types a name without a head by a definite apposition ("X, the open data portal that …") or "an online service of …", not by a list after it', () => {
    const typed = (text: string) => extract(text).entities.map((entity) => `${entity.name}: ${entity.type}`);
    expect(typed('The Tern Network met. Readings go to the Groundwater Data Commons, the open data portal that the Network launched in 2028.')).toContain('Groundwater Data Commons: Platform');
    expect(typed('The course saw the launch of the Battery Passport Help Desk, an online service of the Kite Transfer Center.')).toContain('Battery Passport Help Desk: Platform');
    expect(typed('Kestrelton, the forum and the organisations named in it do not exist.').filter((entry) => entry.startsWith('Kestrelton'))).not.toContain('Kestrelton: Event');
  });

  it('reads "A and B will be partners in the venture" as partners of each other, never of a platform named earlier', () => {
    const found = relations('Heron Data Co., Ltd. and Kestrel Digital Berhad will build the Osprey Data Park. They formed a joint venture, Tern Edge Sdn. Bhd., last week. The two companies will be partners in the venture for fifteen years.');
    expect(found).toContain('Heron Data Co., Ltd. COOPERATES_WITH Kestrel Digital Berhad');
    expect(found.filter((relation) => relation.endsWith('PARTICIPATES_IN Osprey Data Park'))).toEqual([]);
  });

  it('reads two headless names joined by "and" in a place\'s slot as two places, and a region after a comma as no seat of the subject', () => {
    const places = extract('The venture\'s first two sites, in Kestrelton and Johor Bahru, are due to open in 2030.').entities.filter((entity) => entity.type === 'Place').map((entity) => entity.name);
    expect(places).toEqual(expect.arrayContaining(['Kestrelton', 'Johor Bahru']));
    const found = relations('Osprey Edge Sdn. Bhd. will be headquartered in Kestrelton, Selangor.');
    expect(found).toEqual(expect.arrayContaining(['Osprey Edge Sdn. Bhd. LOCATED_IN Kestrelton', 'Kestrelton LOCATED_IN Selangor']));
    expect(found).not.toContain('Osprey Edge Sdn. Bhd. LOCATED_IN Selangor');
  });

  it('reads a name its kind of place follows in small letters ("to Kestrel province") as a place, not a demonym before one, and ends a field list at a verb that takes an infinitive', () => {
    const places = (text: string) => extract(text).entities.filter((entity) => entity.type === 'Place').map((entity) => entity.name);
    expect(places('The partners will extend the sensor hives to Kestrelsak province next year.')).toEqual(['Kestrelsak']);
    expect(places('The station is in the northern Cambodian province of Preah Heron.')).not.toContain('Cambodian');
    expect(domainNames('The lab will work in marine pharmacology and traditional medicine, and plans to publish an open catalogue.')).toEqual(['Marine pharmacology', 'Traditional medicine']);
  });

  it('reads the town of a venue\'s address under a programme\'s title as a place, where the event is held', () => {
    expect(relations('PROGRAMME -- 2029 China-ASEAN Training Course on Kite Recycling\n12-23 November 2029, Heron Riverside Hotel, Kestrelzhou, Guangxi\n\nHost: Osprey University')).toContain(
      'China-ASEAN Training Course on Kite Recycling HELD_IN Kestrelzhou',
    );
  });

  it('makes a platform set off as "an online service of" an organisation part of it, but not "a member of" one nor a delegation', () => {
    expect(relations('The course saw the launch of the Battery Passport Help Desk, an online service of the Kite Transfer Center for importers.')).toContain('Battery Passport Help Desk PART_OF Kite Transfer Center');
    expect(relations('Tern University, a member of the Lotus Network, joined.').filter((relation) => relation.includes('PART_OF'))).toEqual([]);
    expect(relations('At the invitation of the Heron Provincial Council, a delegation of the Osprey Department of Science visited.').filter((relation) => relation.includes('PART_OF'))).toEqual([]);
  });

  it('places what "occupies" a floor or a building where that is', () => {
    expect(relations('The Kite-Heron Joint Laboratory for Reef Products opened on Friday. The new laboratory occupies the second floor of the Marine Building on the university\'s Kathu campus in Phuket, Thailand.')).toContain(
      'Kite-Heron Joint Laboratory for Reef Products LOCATED_IN Phuket',
    );
  });

  it('makes a licence agreement cover the countries its licence is granted in, and reads no role list under an "About the parties:" label', () => {
    const found = relations(
      'Kite Co., Ltd. and Heron Berhad formed a joint venture, Osprey Edge Sdn. Bhd. At the same ceremony, Kite and Heron signed a technology licence agreement with the Wren Institute. ' +
        'Under the agreement, the institute grants the joint venture a licence to its patents for use in Malaysia, Brunei and Singapore.\n\nAbout the parties: Kite builds networks linking China with Laos.',
    );
    const agreement = extract('Kite Co., Ltd. and Heron Berhad signed a technology licence agreement with the Wren Institute.').entities.find((entity) => entity.type === 'Agreement')!.name;
    expect(found).toEqual(expect.arrayContaining([`${agreement} COVERS Malaysia`, `${agreement} COVERS Brunei`, `${agreement} COVERS Singapore`]));
    expect(found.filter((relation) => relation.startsWith('China SIGNED') || relation.startsWith('Laos SIGNED'))).toEqual([]);
  });
});


describe('the classes of dev22', () => {
  it('makes the organisation a person signs "on behalf of" the party, not the person', () => {
    const found = relations(
      'The Kestrel Department of Science and the Heron Ministry of Innovation (HMI) met in Nanning. The Memorandum of Understanding on Cold-Chain Cooperation was signed by Lin Tao on behalf of the Department and by Secretary of State Kim Sok on behalf of HMI.',
    );
    expect(found).toEqual(expect.arrayContaining(['Kestrel Department of Science SIGNED Memorandum of Understanding on Cold-Chain Cooperation', 'Heron Ministry of Innovation SIGNED Memorandum of Understanding on Cold-Chain Cooperation']));
    expect(found.filter((relation) => /^(?:Lin Tao|Kim Sok)/.test(relation))).toEqual([]);
  });

  it('holds an event where a story is filed when people gather "in this former royal capital" for it', () => {
    expect(relations('KITE CITY, Laos, March 14, 2030 -- More than 250 engineers gathered in this former royal capital on Thursday for the 2nd Heron Forum on Dam Safety.')).toContain('2nd Heron Forum on Dam Safety HELD_IN Kite City');
    expect(relations('KITE CITY, Laos, March 14, 2030 -- Engineers from this former royal capital attended the 2nd Heron Forum on Dam Safety in Bangkok.')).not.toContain('2nd Heron Forum on Dam Safety HELD_IN Kite City');
  });

  it('reads bullet lines under a label line of their own ("Lecturers") as listed under that label, and countries "from … in" a trainees\' line as where trainees come from', () => {
    const found = relations(
      'KESTREL CITY, China, 20 August 2030 -- Course programme.\n\n2030 Training Course on Kite Testing\n\nOrganiser: Kite Seed Institute\nTrainees: 30 technicians from laboratories in Laos, Cambodia and Myanmar\n\nLecturers\n- Prof. Wei Hong, Osprey Agricultural College\n- Mr. Somsack Vongsa, Lao Kite Certification Office\n\nWeek 1\n9 Sept: Opening',
    );
    expect(found).toEqual(
      expect.arrayContaining(['Osprey Agricultural College ATTENDED Training Course on Kite Testing', 'Lao Kite Certification Office ATTENDED Training Course on Kite Testing', 'Laos ATTENDED Training Course on Kite Testing', 'Myanmar ATTENDED Training Course on Kite Testing']),
    );
  });

  it('proposes no entity for an academic unit named for its field after its owner\'s possessive ("the university\'s College of Engineering")', () => {
    expect(names('The Heron Joint Laboratory for Fibre Panels occupies the ground floor of the university\'s College of Engineering building.')).not.toContain('College of Engineering');
  });

  it('places a town before a region followed by ", and" and a verb in the region: no list goes on', () => {
    expect(relations('Osprey Co., Ltd. is headquartered in Wuzhou, Guangxi, and makes optical coatings.')).toContain('Wuzhou LOCATED_IN Guangxi');
  });

  it('proposes no entity for a body\'s own organ met after its possessive ("its Steering Council"), named again or not, nor for "the next … meeting" of it', () => {
    const text =
      'The Kestrel Drone Network is pleased to announce that its Steering Council, meeting in Vientiane on 16 July, approved six new members. The Steering Council thanked the Heron Service Station. The next Steering Council meeting will be held in Bangkok in early 2031.';
    const found = names(text);
    expect(found).not.toContain('Steering Council');
    expect(found.filter((name) => /meeting/i.test(name))).toEqual([]);
    expect(names('The Agreement provides for a Joint Steering Committee, co-chaired by the two signatories.')).toContain('Joint Steering Committee');
  });

  it('makes those who form a joint venture together, or write a piece of work "jointly by" both, cooperate', () => {
    expect(relations('Kite Photonics Co., Ltd. has formed a joint venture with Heron Glass Corporation (HGC) to make glass.')).toContain('Kite Photonics Co., Ltd. COOPERATES_WITH Heron Glass Corporation');
    expect(relations('Outputs include two papers on fruit ripening, written jointly by Kestrel University and the Osprey Institute of Horticulture.')).toContain('Kestrel University COOPERATES_WITH Osprey Institute of Horticulture');
    expect(relations('The 2nd Tern Forum was organised jointly by Kestrel University and the Osprey Institute of Horticulture.').filter((relation) => relation.includes('COOPERATES_WITH'))).toEqual([]);
  });

  it('places a project where it "works in" or "around" towns (not in the region set off after them) and where "a third site" of it is', () => {
    const found = relations('The Kestrel Orchard Project started in 2029. The project works in orchards around Kuantan and Temerloh, in Pahang. A third site in Hat Yai, Thailand, was surveyed in October.');
    expect(found).toEqual(expect.arrayContaining(['Kestrel Orchard Project LOCATED_IN Kuantan', 'Kestrel Orchard Project LOCATED_IN Temerloh', 'Kestrel Orchard Project LOCATED_IN Hat Yai']));
    expect(found).not.toContain('Kestrel Orchard Project LOCATED_IN Pahang');
    expect(found).not.toContain('Kestrel Orchard Project LOCATED_IN Thailand');
  });

  it('makes two who "co-lead" something no entity cooperate, and places a company where it "was incorporated"', () => {
    const found = relations('Kite University and the Heron Institute of Crop Protection joined the network. The Heron institute and the Kite university will co-lead the first trial, on armyworm control, in Savannakhet. The joint venture, Osprey Glass, Inc., was incorporated in Cebu on 30 September.');
    expect(found).toEqual(expect.arrayContaining(['Heron Institute of Crop Protection COOPERATES_WITH Kite University', 'Osprey Glass, Inc. LOCATED_IN Cebu']));
  });

  it('proposes the project an agreement\'s title is about ("the Agreement on the X Project"), and makes its signatories take part in it', () => {
    const text = "Kite Refrigeration Co., Ltd. and the Heron Fishers' Cooperative Union signed the Agreement on the Osprey Lake Solar Ice Demonstration Project.";
    expect(names(text)).toContain('Osprey Lake Solar Ice Demonstration Project');
    expect(relations(text)).toEqual(expect.arrayContaining(['Kite Refrigeration Co., Ltd. PARTICIPATES_IN Osprey Lake Solar Ice Demonstration Project', "Heron Fishers' Cooperative Union PARTICIPATES_IN Osprey Lake Solar Ice Demonstration Project"]));
  });

  it('makes a network that "brings together" members in countries listed cover those countries', () => {
    const found = relations('With them, the Kestrel Drone Network brings together 58 universities, companies and farmers\' organisations in China, Laos, Thailand and Vietnam.');
    expect(found).toEqual(expect.arrayContaining(['Kestrel Drone Network COVERS China', 'Kestrel Drone Network COVERS Laos', 'Kestrel Drone Network COVERS Vietnam']));
  });
});

describe('the classes of dev23', () => {
  it('holds an event where it "closed", and reads "the 4th symposium" after "the 3rd … Symposium" as another edition', () => {
    const found = relations('The 3rd Kestrel Symposium on Fuel Cells closed in Nanning on Wednesday. The organisers said the 4th symposium would take place in Kuala Lumpur in 2031.');
    expect(found).toContain('3rd Kestrel Symposium on Fuel Cells HELD_IN Nanning');
    expect(found).not.toContain('3rd Kestrel Symposium on Fuel Cells HELD_IN Kuala Lumpur');
  });

  it('makes the bodies that people "Among them were …" come from attend, a laboratory among them', () => {
    const found = relations(
      'The 3rd Kestrel Symposium on Fuel Cells opened on Monday. Speakers from Thailand and Malaysia presented results. Among them were researchers of Heron Institute of Technology and the Osprey Energy Laboratory, and an engineer of the Tern Port Authority, who described trials.',
    );
    expect(found).toEqual(expect.arrayContaining(['Heron Institute of Technology ATTENDED 3rd Kestrel Symposium on Fuel Cells', 'Osprey Energy Laboratory ATTENDED 3rd Kestrel Symposium on Fuel Cells', 'Tern Port Authority ATTENDED 3rd Kestrel Symposium on Fuel Cells']));
  });

  it('reads a line opened by a weekday and its date, with no time, as a programme line whose speaker after the dash attends', () => {
    const found = relations('PROGRAMME -- International Training Course on Kite Bamboo\n8-19 July 2030, Heron Hotel, Kunming, Yunnan Province\n\nOrganiser: Osprey Bamboo Institute\n\nWed 10 July  Durability of bamboo -- Dr. Maria Santos, Tern Forest Products Research Institute');
    expect(found).toContain('Tern Forest Products Research Institute ATTENDED International Training Course on Kite Bamboo');
  });

  it('proposes no project for works of a kind, uncounted ("group projects", "research projects of common interest"), and keeps a counted group of sites', () => {
    const found = names('PROGRAMME -- Kite Training Course\n\nFri 19 July, 10:00  Presentation of group projects\n\nThe two sides agreed to fund research projects of common interest.');
    expect(found.filter((name) => /projects/i.test(name))).toEqual([]);
    expect(names('The project set up monitoring stations in three northern provinces of Laos.')).toContain('Monitoring stations in three northern provinces of Laos');
  });

  it('keeps "X Institute for A and B Research" whole: two phrases without a head of their own inside a complement, the second ending in a field\'s word', () => {
    expect(names('The project is led by the Kestrel Institute for Water Supply and Sanitation Research and Heron University.')).toEqual(['Kestrel Institute for Water Supply and Sanitation Research', 'Heron University']);
    expect(names('The Osprey Institute for Coastal Studies and Tern University signed.')).toEqual(['Osprey Institute for Coastal Studies', 'Tern University']);
  });

  it('takes the country after a seat\'s town for the seat\'s, not a subject ("A and B Co., Ltd. of Guangzhou, China, announced"), and places a company where it "was registered"', () => {
    const found = relations(
      'PT Kestrel Pakan Tbk ("Kestrel Pakan"), a maker of fish feed, and Heron Protein Technology Co., Ltd. of Guangzhou, China, today announced that they have formed a joint venture. The joint venture, PT Osprey Protein Indonesia, was registered in Surabaya, East Java, on 15 January 2031.',
    );
    expect(found).toEqual(expect.arrayContaining(['Heron Protein Technology Co., Ltd. ESTABLISHED PT Osprey Protein Indonesia', 'PT Kestrel Pakan Tbk ESTABLISHED PT Osprey Protein Indonesia', 'PT Osprey Protein Indonesia LOCATED_IN Surabaya']));
    expect(found.filter((relation) => relation.startsWith('China '))).toEqual([]);
  });

  it('takes a short name defined with its article inside the quotes (hereinafter "the Heritage Lab") as an alias, and reads "3D laser scanning" as a field', () => {
    const extraction = extract('The Kite-Heron Joint Laboratory for Digital Heritage (hereinafter "the Heritage Lab") opened on Saturday. The Heritage Lab will work on 3D laser scanning, photogrammetry and sandstone conservation.');
    expect(extraction.entities.filter((entity) => entity.type === 'Platform').map((entity) => entity.name)).toEqual(['Kite-Heron Joint Laboratory for Digital Heritage']);
    expect(relations('The Kite Joint Laboratory for Heritage opened. The laboratory will work on 3D laser scanning, photogrammetry and sandstone conservation.')).toContain('Kite Joint Laboratory for Heritage IN_DOMAIN 3D laser scanning');
  });

  it('places a listed member through its town, region and country, and makes a unit listed before its organisation part of it', () => {
    const found = relations('The new members are:\n\n- Institute of Kite Mycology, Universitas Heron, Bogor, Indonesia\n- Osprey Shiitake Industry Association, Ningde, Fujian, China\n');
    expect(found).toEqual(expect.arrayContaining(['Institute of Kite Mycology LOCATED_IN Bogor', 'Institute of Kite Mycology PART_OF Universitas Heron', 'Osprey Shiitake Industry Association LOCATED_IN Ningde']));
  });
});

describe('membership and partnership said in other words (probed with invented sentences after the dev23 round)', () => {
  it('reads "its membership now includes A and B", "A and B belong to N" and "A and B have worked together"', () => {
    expect(relations('The Kestrel Rice Network was founded in 2025. Its membership now includes Heron University and Osprey Institute of Agronomy.')).toEqual(
      expect.arrayContaining(['Heron University MEMBER_OF Kestrel Rice Network', 'Osprey Institute of Agronomy MEMBER_OF Kestrel Rice Network']),
    );
    expect(relations('Heron University and Osprey Institute of Agronomy belong to the Kestrel Rice Network.')).toEqual(expect.arrayContaining(['Heron University MEMBER_OF Kestrel Rice Network', 'Osprey Institute of Agronomy MEMBER_OF Kestrel Rice Network']));
    expect(relations('Heron University and Osprey Institute of Agronomy have worked together since 2020.')).toContain('Heron University COOPERATES_WITH Osprey Institute of Agronomy');
  });
});

describe('a venue line\'s region (after the dev23 round)', () => {
  it('reads the region that ends a venue line after its town as a place the town is in, where the event is not held', () => {
    const found = relations('KESTREL CITY, China, 20 August 2030 -- Course programme.\n\n2030 Training Course on Kite Testing\n\nVenue: Heron Hall, Nanning, Guangxi\nOrganiser: Osprey Institute');
    expect(found).toEqual(expect.arrayContaining(['Training Course on Kite Testing HELD_IN Nanning', 'Nanning LOCATED_IN Guangxi']));
    expect(found).not.toContain('Training Course on Kite Testing HELD_IN Guangxi');
  });
});


describe('the classes of the paraphrase batteries: who hosts, organises and attends (para2, tuned on from 7 December, the twenty-sixth session)', () => {
  it('reads a town that hosts or "is playing host to" an event as where it is held, and an organisation that does as its host', () => {
    expect(relations('Hanoi is playing host this week to the 3rd Kestrel Science Forum.')).toContain('3rd Kestrel Science Forum HELD_IN Hanoi');
    const found = relations('The Heron Institute is playing host to the 3rd Kestrel Science Forum. In 2033, Nanning hosted the 2nd Kestrel Science Forum.');
    expect(found).toEqual(expect.arrayContaining(['Heron Institute HOSTED 3rd Kestrel Science Forum', '2nd Kestrel Science Forum HELD_IN Nanning']));
    expect(found).not.toContain('Nanning HOSTED 2nd Kestrel Science Forum');
  });

  it('reads "its host, A, and its co-host, B", "with C as local host", "at the invitation of D" and "As host of the expo, E"', () => {
    expect(relations('The 9th Annual Assembly of the Kestrel Network was held in Cebu. The Assembly thanks its host, the Heron Institute, and its co-host, Osprey University, for their hospitality.')).toEqual(
      expect.arrayContaining(['Heron Institute HOSTED 9th Annual Assembly of the Kestrel Network', 'Osprey University HOSTED 9th Annual Assembly of the Kestrel Network']),
    );
    expect(relations('The Kestrel Impact Workshop, organised by the Tern Institute with Osprey University as local host, ran for three days.')).toContain('Osprey University HOSTED Kestrel Impact Workshop');
    expect(relations('The 10th Annual Assembly will be held in Nanning in 2034 at the invitation of the Wren Institute.')).toContain('Wren Institute HOSTED 10th Annual Assembly');
    expect(relations('As host of the Kestrel Sensor Expo, the Heron Industrial Park opened its halls to 90 exhibitors.')).toContain('Heron Industrial Park HOSTED Kestrel Sensor Expo');
  });

  it('reads who stages or convenes an event, and to whom its organisation is entrusted, as its organisers', () => {
    expect(relations('The 3rd Kestrel Science Forum opened on Monday. The three-day meeting is being staged by the Heron Institute of Physics and Osprey University.')).toEqual(
      expect.arrayContaining(['Heron Institute of Physics ORGANIZED 3rd Kestrel Science Forum', 'Osprey University ORGANIZED 3rd Kestrel Science Forum']),
    );
    expect(relations('The Kestrel Network convened the 9th Annual Assembly in Hue.')).toContain('Kestrel Network ORGANIZED 9th Annual Assembly');
    expect(relations('The Kestrel Dialogue on Storm Warning opened in Beihai. Day-to-day organisation was entrusted to the Tern Disaster Prevention Centre.')).toContain('Tern Disaster Prevention Centre ORGANIZED Kestrel Dialogue on Storm Warning');
  });

  it('reads "Attending were … from A and B", "Representatives of C were present" and "Among the participants were … from D" as attendance', () => {
    const found = relations(
      'The Kestrel Science Forum opened on Monday. Attending were engineers from the Osprey Institute of Geology and the Falcon Academy of Sciences. Representatives of the Kingdom of Thailand were present as observers. Among the 180 participants were modellers from the Wren Academy of Meteorology.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['Osprey Institute of Geology ATTENDED Kestrel Science Forum', 'Falcon Academy of Sciences ATTENDED Kestrel Science Forum', 'Thailand ATTENDED Kestrel Science Forum', 'Wren Academy of Meteorology ATTENDED Kestrel Science Forum']),
    );
  });

  it('reads a "Training Week" as an event, whose programme\'s labels name its host and organisers', () => {
    const found = relations('Kestrel Storm Warning Training Week 2034 (fourth edition)\nPROGRAMME\n\nVenue: Heron Hall, Sanya, Hainan Province, China\nHost: Osprey Bureau of Meteorology\nOrganiser: Tern Service Station');
    expect(found).toEqual(expect.arrayContaining(['Osprey Bureau of Meteorology HOSTED Kestrel Storm Warning Training Week 2034', 'Tern Service Station ORGANIZED Kestrel Storm Warning Training Week 2034']));
  });

  it('reads the parties an agreement is "between", the "conclusion of" one, and a contract "entered into", as its signatories', () => {
    const found = relations('The meeting welcomed the conclusion of a memorandum of understanding between the Heron Institute of Physics and Osprey University. Tern Harvester Co., Ltd. has entered into a contract with Wren Cane Engineering Corporation.');
    expect(found).toEqual(
      expect.arrayContaining([
        'Heron Institute of Physics SIGNED Memorandum of understanding between Heron Institute of Physics and Osprey University',
        'Osprey University SIGNED Memorandum of understanding between Heron Institute of Physics and Osprey University',
        'Tern Harvester Co., Ltd. SIGNED Contract between Tern Harvester Co., Ltd. and Wren Cane Engineering Corporation',
        'Wren Cane Engineering Corporation SIGNED Contract between Tern Harvester Co., Ltd. and Wren Cane Engineering Corporation',
      ]),
    );
  });
});

describe('the classes of the paraphrase batteries: membership and partnership (para1 and a probe of invented phrasings, 7 December)', () => {
  it('reads members admitted "as full members" over a bullet list, "granted associate membership to", and "admitted three new members:"', () => {
    expect(relations('The Meeting approved the following organisations as full members of the Kestrel Network:\n- Jay State Hydropower Enterprise (Myanmar)\n- Rook Mini-Hydro Developers Association (Philippines)')).toEqual(
      expect.arrayContaining(['Jay State Hydropower Enterprise MEMBER_OF Kestrel Network', 'Rook Mini-Hydro Developers Association MEMBER_OF Kestrel Network']),
    );
    expect(relations('The Kestrel Network met in Hue. The Meeting granted associate membership to the Finch Grid Dispatch Training Centre.')).toContain('Finch Grid Dispatch Training Centre MEMBER_OF Kestrel Network');
    expect(relations('The Kestrel Network met in Hue. The meeting admitted three new members:\n- Jay State Hydropower Enterprise, Myanmar;\n- Rook Mini-Hydro Developers Association, Philippines.')).toEqual(
      expect.arrayContaining(['Jay State Hydropower Enterprise MEMBER_OF Kestrel Network', 'Rook Mini-Hydro Developers Association MEMBER_OF Kestrel Network']),
    );
  });

  it('reads a fronted "A founding member of the Network, X …", and "P will have A as lead partner, and B and C as its Cambodian partners"', () => {
    expect(relations('The Kestrel Network met in Hue. A founding member of the Network, the Crane Small Hydro Authority hosted the 4th Annual Meeting.')).toContain('Crane Small Hydro Authority MEMBER_OF Kestrel Network');
    expect(relations('The Wren Grid Pilot will have the Falcon Institute of Water Resources as lead partner, and Swift Electricity Supply and the Plover Polytechnic Institute as its Cambodian partners.')).toEqual(
      expect.arrayContaining(['Falcon Institute of Water Resources PARTICIPATES_IN Wren Grid Pilot', 'Swift Electricity Supply PARTICIPATES_IN Wren Grid Pilot', 'Plover Polytechnic Institute PARTICIPATES_IN Wren Grid Pilot']),
    );
  });

  it('reads who spearheads or coordinates a project, "a joint project of A and B", "the partnership between A and B" and "A and its partner B"', () => {
    expect(relations('Spearheaded by the Gull Institute of Energy Engineering, the Cordon Hydro Refurbishment Project is refurbishing eleven plants.')).toContain('Gull Institute of Energy Engineering PARTICIPATES_IN Cordon Hydro Refurbishment Project');
    expect(relations('The Heron Institute, the coordinator of the Kestrel Rice Project, met donors.')).toContain('Heron Institute PARTICIPATES_IN Kestrel Rice Project');
    expect(relations('The Kestrel Rice Project is a joint project of the Heron Institute and Osprey University.')).toEqual(expect.arrayContaining(['Heron Institute PARTICIPATES_IN Kestrel Rice Project', 'Osprey University PARTICIPATES_IN Kestrel Rice Project']));
    expect(relations('The laboratory is the first joint project of the Kestrel Maritime Alliance.')).toEqual([]);
    expect(relations('The partnership between the Heron Institute and Osprey University began in 2019.')).toContain('Heron Institute COOPERATES_WITH Osprey University');
    expect(relations('The Heron Institute and its partner Osprey University opened a lab.')).toContain('Heron Institute COOPERATES_WITH Osprey University');
  });

  it('reads an organisation\'s full name in brackets after another\'s as its parent, not another name for it', () => {
    const extraction = extract('Partners\n- Nanning Institute of Agro-Mechatronics (Kestrel Academy of Sciences), coordinator\n- Heron Sugarcane Institute');
    expect(extraction.entities.map((entity) => entity.name)).toEqual(expect.arrayContaining(['Nanning Institute of Agro-Mechatronics', 'Kestrel Academy of Sciences']));
    expect(relations('Partners\n- Nanning Institute of Agro-Mechatronics (Kestrel Academy of Sciences), coordinator')).toContain('Nanning Institute of Agro-Mechatronics PART_OF Kestrel Academy of Sciences');
  });
});

describe('the classes of the paraphrase batteries: what is no entity (para1 and para3, 7 December)', () => {
  it('reads the wire named in brackets after a dateline\'s date as the agency that reports, no entity', () => {
    expect(names('LUANG PRABANG, Laos, 18 April 2033 (Kestrel Newswire) -- Four operators joined the Heron Small Hydropower Alliance on Tuesday.')).toEqual(['Luang Prabang', 'Laos', 'Heron Small Hydropower Alliance']);
  });

  it('reads no fields in a question studied ("how harvesters, loaders and planters can be adapted")', () => {
    expect(names('The Kestrel Centre will study how harvesters, loaders and planters can be adapted to small fields.')).toEqual(['Kestrel Centre']);
    expect(names('The Kestrel Centre will work on rice breeding, seed testing and soil health.')).toEqual(['Kestrel Centre', 'Rice breeding', 'Seed testing', 'Soil health']);
  });
});

describe('the classes of the paraphrase batteries: signing said in other words (para3, 7 December)', () => {
  it('reads "Under a licence agreement concluded with A, B will …" as signed by both, and a title-cased kind alone as no name', () => {
    expect(relations('Under a licence agreement concluded with the Heron Institute in September 2033, Kestrel Machinery Co., Ltd. will build the loader.')).toEqual(
      expect.arrayContaining(['Heron Institute SIGNED Licence agreement between Heron Institute and Kestrel Machinery Co., Ltd.', 'Kestrel Machinery Co., Ltd. SIGNED Licence agreement between Heron Institute and Kestrel Machinery Co., Ltd.']),
    );
    expect(relations('10:15 Signing ceremony\nMemorandum of Understanding between the Heron Service Station and Kestrel Cane Estates Co., Ltd.')).toEqual(
      expect.arrayContaining(['Heron Service Station SIGNED Memorandum of Understanding between Heron Service Station and Kestrel Cane Estates Co., Ltd.', 'Kestrel Cane Estates Co., Ltd. SIGNED Memorandum of Understanding between Heron Service Station and Kestrel Cane Estates Co., Ltd.']),
    );
  });
});

describe('the classes of the paraphrase batteries: a body\'s meetings (para2 and para3, 7 December)', () => {
  it('reads "the Assembly" after "the Ninth Annual Assembly of N" as that assembly, and "the Tenth Annual Assembly" as N\'s next one', () => {
    const extraction = extract('1. Cebu was the setting for the Ninth Annual Assembly of the Kestrel Network on 20 November 2033. The Network convened the Assembly to review a season.\n\n2. The Tenth Annual Assembly will be held in Nanning in 2034.');
    expect(extraction.entities.filter((entity) => entity.type === 'Event').map((entity) => entity.name)).toEqual(['Ninth Annual Assembly of the Kestrel Network', 'Tenth Annual Assembly of the Kestrel Network']);
    expect(relations('Communique of the Fourth Annual Meeting\n\n1. The Fourth Annual Meeting of the Heron Cane Network (HCN) took place in Bangkok.')).toContain('Fourth Annual Meeting of the Heron Cane Network HELD_IN Bangkok');
  });
});

describe('the classes of the paraphrase batteries: speakers at an event (para2, 7 December)', () => {
  it('makes the organisations whose people tell the session, give a lecture, address the plenary or lead sessions attend the event', () => {
    expect(relations('The 6th Kestrel Cyclone Forum opened in Da Nang. "Warnings must reach villages," Maria Santos, chief forecaster at the Heron Typhoon Centre, told the session.')).toContain('Heron Typhoon Centre ATTENDED 6th Kestrel Cyclone Forum');
    expect(relations('The Kestrel Dialogue on Typhoon Warning opened in Beihai. In an address to the opening plenary, the president of Osprey Marine University described a new radar.')).toContain('Osprey Marine University ATTENDED Kestrel Dialogue on Typhoon Warning');
    expect(relations('The Kestrel Ensemble Symposium opened in Bangkok. The Heron Academy of Sciences\' Professor Chen Hao opened the programme with a lecture.')).toContain('Heron Academy of Sciences ATTENDED Kestrel Ensemble Symposium');
    expect(relations('The Kestrel Impact Workshop opened in Legazpi. Sessions on landslides were led by geologists of the Osprey Institute of Mountain Hazards.')).toContain('Osprey Institute of Mountain Hazards ATTENDED Kestrel Impact Workshop');
    expect(relations('Kestrel Typhoon Training Week 2034\n\n09:00 Panel: warning the last mile. Panellists from the Heron Weather Centre and the Osprey Forecast Office')).toEqual(
      expect.arrayContaining(['Heron Weather Centre ATTENDED Kestrel Typhoon Training Week 2034', 'Osprey Forecast Office ATTENDED Kestrel Typhoon Training Week 2034']),
    );
  });

  it('keeps the body an event is of from attending it, and a quoted official\'s body outside an event from attending anything', () => {
    const found = relations('The 9th Annual Assembly of the Kestrel Network opened in Cebu. Addresses were given by the Chair of the Network and by a representative of the Tern Ministry of Science.');
    expect(found).toContain('Tern Ministry of Science ATTENDED 9th Annual Assembly of the Kestrel Network');
    expect(found).not.toContain('Kestrel Network ATTENDED 9th Annual Assembly of the Kestrel Network');
    expect(relations('The Kestrel Rice Project is led by the Heron Institute. "We will share data," said Li Wei, director of the Osprey Institute.').filter((relation) => relation.includes('ATTENDED'))).toEqual([]);
  });
});

describe('the classes of the paraphrase batteries: where bodies are (para1 and para3, 7 December)', () => {
  it('places a body where its head office, headquarters or secretariat is, however the seat is said', () => {
    expect(relations('The Heron Society, whose Bangkok headquarters houses the secretariat, hosted the meeting.')).toContain('Heron Society LOCATED_IN Bangkok');
    expect(relations('The company was founded in Bacolod City, where Heron Cane Engineering Corporation has had its head office since 1998.')).toContain('Heron Cane Engineering Corporation LOCATED_IN Bacolod City');
    const found = extract('Osprey Spice Co., Ltd., whose head office is in Kampot, joined the alliance.');
    expect(found.entities.map((entity) => entity.name)).toEqual(['Osprey Spice Co., Ltd.', 'Kampot']);
    expect(relations('Osprey Spice Co., Ltd., whose head office is in Kampot, joined the alliance.')).toContain('Osprey Spice Co., Ltd. LOCATED_IN Kampot');
    expect(relations('The Kestrel Alliance was founded in 2030; its secretariat sits in Kunming.')).toContain('Kestrel Alliance LOCATED_IN Kunming');
  });

  it('places the subject of a fronted "Located in P," or "Founded in 2019 in P, R,", and partners "as its Cambodian partners" in Cambodia', () => {
    expect(relations('Heron University opened the Kestrel Cane Centre in May. Located in the city\'s Xingbin district, the centre has a test track.')).toContain('Kestrel Cane Centre LOCATED_IN Xingbin');
    expect(relations('Founded in 2019 in Zhanjiang, Guangdong, Haiyun Radar Co., Ltd. designs weather radars.')).toContain('Haiyun Radar Co., Ltd. LOCATED_IN Zhanjiang');
    expect(relations('The Kestrel Pilot will have Swift Electricity Supply and the Plover Polytechnic Institute as its Cambodian partners.')).toEqual(
      expect.arrayContaining(['Swift Electricity Supply LOCATED_IN Cambodia', 'Plover Polytechnic Institute LOCATED_IN Cambodia']),
    );
  });
});

describe('the classes of the paraphrase batteries: names of bodies (para1, 7 December)', () => {
  it('reads a capitalised "… Union" or "… Club" as a body its members form, and a union in small letters as none', () => {
    expect(names('The Kestrel Growers Union and the Heron Owners Club joined the network.')).toEqual(['Kestrel Growers Union', 'Heron Owners Club']);
    expect(names('The union of the two fields is new.')).toEqual([]);
  });
});

describe('the classes of the paraphrase batteries: who pays for an event and what is launched at it (para2, 7 December)', () => {
  it('reads sponsorship acknowledged, a grant that made it possible, footing the bill, funding provided for it and "its title sponsor, X"', () => {
    expect(relations('The 9th Annual Assembly of the Kestrel Network opened in Cebu. The Assembly acknowledges the sponsorship of Heron Information Co., Ltd., which met the cost of streaming.')).toContain('Heron Information Co., Ltd. SUPPORTS 9th Annual Assembly of the Kestrel Network');
    expect(relations('The 6th Kestrel Forum opened in Da Nang. The meeting is being staged by the Osprey Observatory, with the Tern Technology Transfer Center footing part of the bill.')).toContain('Tern Technology Transfer Center SUPPORTS 6th Kestrel Forum');
    expect(relations('The Kestrel Dialogue opened in Beihai. The Wren Ministry of Science provided funding for the dialogue through its programme.')).toContain('Wren Ministry of Science SUPPORTS Kestrel Dialogue');
    expect(relations('The Kestrel Symposium opened in Bangkok. The symposium was made possible by a grant from the Heron Weather Risk Foundation.')).toContain('Heron Weather Risk Foundation SUPPORTS Kestrel Symposium');
    expect(relations('The Kestrel Expo opened in Manila. The expo\'s title sponsor, the Sino-Kestrel Insurance Corporation, gave three prizes.')).toContain('Sino-Kestrel Insurance Corporation SUPPORTS Kestrel Expo');
  });

  it('reads what is "switched on" at an event, and what a body "chose the expo to unveil", as launched there by that body', () => {
    expect(relations('The 6th Kestrel Forum opened in Da Nang. On the sidelines, the Osprey Observatory switched on the Kestrel Nowcasting Centre.')).toEqual(
      expect.arrayContaining(['Osprey Observatory ESTABLISHED Kestrel Nowcasting Centre', 'Kestrel Nowcasting Centre LAUNCHED_AT 6th Kestrel Forum']),
    );
    const found = relations('The Kestrel Expo opened in Manila. Haiyun Radar Co., Ltd. chose the expo to unveil the Kestrel Radar Mosaic Centre.');
    expect(found).toEqual(expect.arrayContaining(['Haiyun Radar Co., Ltd. ESTABLISHED Kestrel Radar Mosaic Centre', 'Kestrel Radar Mosaic Centre LAUNCHED_AT Kestrel Expo']));
    expect(found).not.toContain('Kestrel Expo ESTABLISHED Kestrel Radar Mosaic Centre');
  });
});

describe('the classes of the paraphrase batteries: the work a report is about (para3, 7 December)', () => {
  it('reads a report\'s title as the project it reports on: above its label, under a label alone, or after the label\'s dash', () => {
    expect(names('KESTREL CANE HARVESTING FOR SMALLHOLDERS (KCHS)\nFinal report: summary for the programme committee, 15 January 2034\n\nThe project ran four years.')).toContain('Kestrel Cane Harvesting for Smallholders');
    expect(names('MID-TERM SUMMARY REPORT\nIntegrated Biorefining of Heron Seaweed for Coastal Communities\n\nThe project ran.')).toContain('Integrated Biorefining of Heron Seaweed for Coastal Communities');
    expect(names('Mid-term report summary, 30 August 2027 -- Second-Life Batteries for Kestrel Microgrids (SLKM). This summary is fictional.')).toContain('Second-Life Batteries for Kestrel Microgrids');
    expect(names('MID-TERM REPORT SUMMARY, 15 July 2031 -- Kestrel Wilt Resistance Project, reporting period January 2030 to June 2031. This summary is fictional.')).toContain('Kestrel Wilt Resistance Project');
    const extraction = extract('Typhoon Impact Forecasting for Osprey Communities (TIFOC)\nYear 1 progress report: summary\n\nThe project ran.');
    expect(extraction.entities.find((entity) => entity.name === 'Typhoon Impact Forecasting for Osprey Communities')?.type).toBe('Project');
  });

  it('takes no title from a dateline, a paragraph, a labelled line or a body\'s name', () => {
    expect(names('SIEM REAP, Cambodia, 30 November 2026 -- Project report. This report is fictional.\n\nSummary. The Kestrel Floating Gardens Project ran.')).not.toContain('Siem Reap, Cambodia');
    expect(names('PROJECT SUMMARY REPORT (FINAL)\n\nProject title: Kestrel Rural Microgrid Demonstration Project, Phase II')).not.toContain('Project title: Kestrel Rural Microgrid Demonstration Project');
    const extraction = extract('Kestrel Microgrid Research Consortium\nAnnual Report 2027\n\nIt grew.');
    expect(extraction.entities.find((entity) => entity.name === 'Kestrel Microgrid Research Consortium')?.type).toBe('Network');
  });
});

describe('the classes of the paraphrase batteries: partners and members, a second pass (para1, 7 December)', () => {
  it('keeps "Institute of Water Resources and Hydropower Survey" whole, reads "Fellow consortium member X" and "extending a collaboration with Y"', () => {
    expect(names('The Kestrel Pilot will have the Guangxi Institute of Water Resources and Hydropower Survey as lead partner.')).toContain('Guangxi Institute of Water Resources and Hydropower Survey');
    expect(relations('Heron University joined the Kestrel Grid Consortium in May. Fellow consortium member Osprey Hydropower Joint Stock Company welcomed the move.')).toContain('Osprey Hydropower Joint Stock Company MEMBER_OF Kestrel Grid Consortium');
    expect(relations('Researchers from Heron Highlands University will also contribute to the work, extending a collaboration with Osprey University that began in 2030.')).toContain('Heron Highlands University COOPERATES_WITH Osprey University');
  });
});

describe('the classes of the paraphrase batteries: places on labelled lines and in tables (para3, 7 December)', () => {
  it('reads "Trial sites: A, Country; B, Country" as where the project named last works, and "Company / Town, Country" as where the company is', () => {
    const found = relations('KESTREL CANE HARVESTING FOR SMALLHOLDERS (KCHS)\nFinal report: summary for the committee, 15 January 2034\n\nTrial sites: Kampong Speu, Cambodia; Lampung, Indonesia\n');
    expect(found).toEqual(expect.arrayContaining(['Kestrel Cane Harvesting for Smallholders LOCATED_IN Kampong Speu', 'Kestrel Cane Harvesting for Smallholders LOCATED_IN Lampung']));
    expect(found).not.toContain('Kestrel Cane Harvesting for Smallholders LOCATED_IN Cambodia');
    expect(relations('Exhibitors\nKestrel Cane Estates Co., Ltd. / Udon Thani, Thailand\nHeron Machinery Corporation / Nanning, China')).toEqual(
      expect.arrayContaining(['Kestrel Cane Estates Co., Ltd. LOCATED_IN Udon Thani', 'Heron Machinery Corporation LOCATED_IN Nanning']),
    );
  });
});

describe('the classes of dev24 (tuned on from 7 December, the twenty-sixth session, after the battery round)', () => {
  it('lists the bullet lines under "The new members are:" as members of the network named before', () => {
    expect(relations('The Kestrel Robotics Alliance welcomed seven new members at its meeting in Nanning.\n\nThe new members are:\n- Hanoi College of Mechatronics (Vietnam)\n- Politeknik Heron Batam (Indonesia)\n- Osprey Robot Co., Ltd.\n')).toEqual(
      expect.arrayContaining(['Hanoi College of Mechatronics MEMBER_OF Kestrel Robotics Alliance', 'Politeknik Heron Batam MEMBER_OF Kestrel Robotics Alliance', 'Osprey Robot Co., Ltd. MEMBER_OF Kestrel Robotics Alliance']),
    );
  });

  it('reads "X of Malaysia" after a name whose head is said as where X is, keeping a government body\'s country and a state\'s official form in the name', () => {
    expect(relations('Universiti Herba Semenanjung of Malaysia on Tuesday unveiled the Kestrel Joint Laboratory.')).toContain('Universiti Herba Semenanjung LOCATED_IN Malaysia');
    expect(relations('Speakers from Visayas Marine Science University of the Philippines and Universiti Pantai Timur of Malaysia presented work.')).toEqual(
      expect.arrayContaining(['Visayas Marine Science University LOCATED_IN Philippines', 'Universiti Pantai Timur LOCATED_IN Malaysia']),
    );
    expect(names('The National University of Singapore and the University of the Philippines signed.')).toEqual(expect.arrayContaining(['National University of Singapore', 'University of the Philippines']));
    expect(names('The Ministry of Science and Technology of Vietnam hosted it.')).toContain('Ministry of Science and Technology of Vietnam');
    expect(names('The Ministry of Science and Technology of the People\'s Republic of China funded it.')).not.toContain('Ministry of Science and Technology of the People\'s Republic');
  });
});

describe('the kind of document its heading says (dev12 and para2)', () => {
  it('reads a heading that only says "COMMUNIQUE" or "STATEMENT" as no entity', () => {
    expect(names('COMMUNIQUE\nNinth Annual Assembly of the Kestrel Network\nCebu, 22 November 2033\n\n1. It opened.')).toEqual(['Ninth Annual Assembly of the Kestrel Network', 'Kestrel Network', 'Cebu']);
  });
});

describe('the classes of dev24, a second pass', () => {
  it('makes organisations listed as new members members of the network, not of the group of countries named after it', () => {
    const found = relations('The Kestrel Robotics Alliance welcomed seven new members at its council meeting. With them, the Alliance now has 64 member colleges, institutes and companies in China and eight ASEAN countries.\n\nThe new members are:\n- Hanoi College of Mechatronics and Automation (Vietnam)\n- Osprey Robot Co., Ltd.\n');
    expect(found).toEqual(expect.arrayContaining(['Hanoi College of Mechatronics and Automation MEMBER_OF Kestrel Robotics Alliance', 'Osprey Robot Co., Ltd. MEMBER_OF Kestrel Robotics Alliance']));
  });
});

describe('groups of sites spread over counted places (a class of the tuning sets, 7 December, the twenty-seventh session)', () => {
  it('names the group through the named whole its places lie in, and places the group there', () => {
    const found = extract('08:30 Field trip to herb nurseries in three counties of Wrenford, which the university set up with local growers.');
    expect(found.entities.map((entity) => entity.name)).toEqual(expect.arrayContaining(['Herb nurseries in three counties of Wrenford', 'Wrenford']));
    expect(found.entities.find((entity) => entity.name === 'Wrenford')?.type).toBe('Place');
    expect(relations('The Kestrel cooperative has set up demonstration kelp farms in six villages around Osprey Bay, where yields rose.')).toContain(
      'Demonstration kelp farms in six villages around Osprey Bay LOCATED_IN Osprey Bay',
    );
    expect(names('The Heron Network will fund trial apiaries in four provinces of northern Laos and Viet Nam.')).toContain('Trial apiaries in four provinces of northern Laos and Viet Nam');
  });

  it('keeps the words that qualify a count of the places; a count in figures goes, as everywhere in a name', () => {
    expect(names('Heron staff are to install village filter units in 20 coastal villages of East Wrenford by 2030.')).toContain('Village filter units in coastal villages of East Wrenford');
    expect(names('In addition, the Tern institute will support halal testing laboratories in three more ASEAN countries from 2028.')).toContain('Halal testing laboratories in three more ASEAN countries');
  });

  it('does not take an organisation after "of" for the whole the places lie in', () => {
    expect(names('The alliance set up kelp farms in three provinces of the Kestrel Rice Alliance.')).not.toEqual(expect.arrayContaining([expect.stringMatching(/provinces of the Kestrel/)]));
  });
});

describe('field labels (a class of the tuning sets, 7 December, the twenty-seventh session)', () => {
  it('proposes no entity for a phrase that opens its line and ends at a colon: it labels the field after it', () => {
    const found = names('Parent programme: Kestrel Machinery Partnership Programme\nConsortium agreement: signed on 12 March 2030 by all four partners\n  Case study: river-level sensors in three towns, presented by Heron Water Co.');
    expect(found).toEqual(expect.arrayContaining(['Kestrel Machinery Partnership Programme', 'Heron Water Co.']));
    expect(found).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:Parent programme|Consortium agreement|Case study)$/)]));
  });
});

describe('lists that name no fields (a class of the tuning sets, 7 December, the twenty-seventh session)', () => {
  it('reads no field in adjectives listed before one noun, nor in an item a copula opens', () => {
    expect(domainNames('Researchers will test how steel, concrete and composite materials age in warm, salty water, and will train engineers in corrosion monitoring.')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(?:Warm|Salty water)$/)]),
    );
    expect(domainNames('The Heron Desalination Centre will be built on its campus in Wrenford, East Kestrel, and is due to open in September.')).not.toContain('Is due');
  });
});

describe('parts of the world (a class of the tuning sets, 7 December, the twenty-seventh session)', () => {
  it('reads a continent as no city, though the gazetteer knows a town by its name; a town described as one stays', () => {
    expect(names('Wrenland grows more cassava than almost any other country in Asia.')).not.toContain('Asia');
    expect(names('The delegation flew on to Asia, a town in Peru.')).toContain('Asia');
  });
});

describe('a second "by" (a class of the tuning sets, 7 December, the twenty-seventh session)', () => {
  it('gives the actors of "and by B" the first "by"\'s role, past a relative clause that describes the last actor before it', () => {
    const funded = relations('The Heron-Tern Joint Laboratory for Rubber Disease Research opened in May. The laboratory is funded by the Osprey Provincial Fund for Crop Innovation, which granted 6 million yuan over three years, and by the Tern Smallholders Research Fund.');
    expect(funded).toEqual(
      expect.arrayContaining(['Osprey Provincial Fund for Crop Innovation SUPPORTS Heron-Tern Joint Laboratory for Rubber Disease Research', 'Tern Smallholders Research Fund SUPPORTS Heron-Tern Joint Laboratory for Rubber Disease Research']),
    );
    expect(relations('The Kite Forum was hosted by Heron University and by the Osprey Institute.')).toEqual(expect.arrayContaining(['Heron University HOSTED Kite Forum', 'Osprey Institute HOSTED Kite Forum']));
  });
});

describe('a legal form that opens a name (7 December, the twenty-seventh session)', () => {
  it('splits "A and PT B" into two companies: the legal form opens a second name', () => {
    expect(names('Heron Motors and PT Tern Listrik formed a joint venture, PT Kite Energy.')).toEqual(expect.arrayContaining(['Heron Motors', 'PT Tern Listrik', 'PT Kite Energy']));
  });
});

describe('a country in brackets after a name, with its article (a class of the tuning sets, 7 December, the twenty-seventh session)', () => {
  it('reads "X (the Philippines)" as it reads "X (Vietnam)": where X is', () => {
    expect(relations('Members: Heron Robotics Centre, Inc. (the Philippines); Osprey College (the Lao PDR); Kite Institute (Vietnam).')).toEqual(
      expect.arrayContaining(['Heron Robotics Centre, Inc. LOCATED_IN Philippines', 'Osprey College LOCATED_IN Laos', 'Kite Institute LOCATED_IN Vietnam']),
    );
  });
});

describe('a platform "of <Country>" (a class of the tuning sets, 7 December, the twenty-seventh session)', () => {
  it('places a platform whose name ends "of <Country>" in that country; a country among its name\'s first words is what it covers', () => {
    const found = relations('The project is carried out together with Osprey University in Makassar, Indonesia, the Kite Cocoa Breeding Station of Malaysia and Heron Genomics Inc.');
    expect(found).toContain('Kite Cocoa Breeding Station LOCATED_IN Malaysia');
    expect(found).not.toContain('Kite Cocoa Breeding Station COVERS Malaysia');
    expect(relations('The China-Laos Railway Training Platform opened.')).toEqual(expect.arrayContaining(['China-Laos Railway Training Platform COVERS China', 'China-Laos Railway Training Platform COVERS Laos']));
  });
});

describe('research described, not named (a class of the tuning sets, 7 December, the twenty-seventh session)', () => {
  it('proposes no project for lower-case research without a word that makes it a joint work of its own', () => {
    expect(names('Under the memorandum, the two sides will jointly fund research on vaccines against swine fever.')).toEqual([]);
    expect(names('The Kestrel Alliance promotes research and standardisation in traditional medicine.')).not.toContain('Research and standardisation');
  });
});

describe('"Secretary of State of …" (a class of the tuning sets, 7 December, the twenty-seventh session)', () => {
  it('reads "of State" as part of the post, and the body named after it whole', () => {
    const found = names('The agreements were signed by Sok Vannara, Secretary of State of the Ministry of Agriculture and Rural Innovation of Cambodia.');
    expect(found).toContain('Ministry of Agriculture and Rural Innovation of Cambodia');
    expect(found).not.toEqual(expect.arrayContaining([expect.stringMatching(/^State of/)]));
  });
});

describe('an organisation "in <Name>" (a class of the tuning sets, 7 December, the twenty-seventh session)', () => {
  it('reads a name of several words right after a named organisation\'s "in" as its seat, a place', () => {
    expect(relations('Researchers from Osprey Highlands University in Buon Ma Kite will also contribute.')).toContain('Osprey Highlands University LOCATED_IN Buon Ma Kite');
  });
});

describe('a name after "around" or "near" (a class of the tuning sets, 7 December, the twenty-seventh session)', () => {
  it('reads a name of several words after "around" as a place, as one word there already was after "near"', () => {
    expect(names('Field trials run at village plots around Luang Kite, and at the station in Chongzuo.')).toEqual(expect.arrayContaining(['Luang Kite', 'Chongzuo']));
  });
});

describe('"the <Place> office of X" (a class of the tuning sets, 7 December, the twenty-seventh session)', () => {
  it('reads one thing of a kind described only by where it is as no entity of its own, and keeps the place', () => {
    const found = names('The partners were introduced by the Kestrel Service Centre, the Jakarta office of the Heron Transfer Center, which advised both sides.');
    expect(found).toEqual(expect.arrayContaining(['Kestrel Service Centre', 'Jakarta', 'Heron Transfer Center']));
    expect(found).not.toContain('Jakarta office');
  });
});

describe('fields after "of" (a class of the tuning sets, 7 December, the twenty-seventh session)', () => {
  it('reads no fields after a length of time ("three days of talks on A, B and C")', () => {
    expect(domainNames('The 3rd Kestrel Symposium on Hydrogen Transport closed in Nanning on Wednesday after three days of talks on hydrogen buses, lorries and river ferries.')).toEqual([]);
  });

  it('ends a field before "of the": what "the" makes particular is no part of it', () => {
    expect(domainNames('It will work on DNA barcoding and chemical fingerprinting of the herbs used in traditional medicine.')).toEqual(expect.arrayContaining(['DNA barcoding', 'Chemical fingerprinting']));
  });
});

describe('names whose head is a shared map or a seed bank (a class of the tuning sets, 7 December, the twenty-seventh session)', () => {
  it('types "… Open Atlas" and "… Seedbank" as platforms that those who launch or unveil them establish; a lower-case atlas names none', () => {
    expect(relations('The Heron observatory and the Osprey institute unveiled the Kestrel Shoreline Open Atlas on Monday.')).toEqual(
      expect.arrayContaining(['Heron observatory ESTABLISHED Kestrel Shoreline Open Atlas', 'Osprey institute ESTABLISHED Kestrel Shoreline Open Atlas']),
    );
    expect(names('Heron University launched the Kite-Osprey Seaweed Seedbank, which will keep clean stocks.')).toContain('Kite-Osprey Seaweed Seedbank');
    expect(names('The team drew a shoreline atlas for the bay.')).toEqual([]);
  });
});

describe('an agreement on setting something up (a class of the tuning sets, 7 December, the twenty-seventh session)', () => {
  it('reads "A signed an agreement with B on the joint establishment of X" as A and B establishing X', () => {
    expect(relations('The Heron Academy of Veterinary Sciences signed an agreement with Osprey University on the joint establishment of the Kite Joint Laboratory for Animal Diseases.')).toEqual(
      expect.arrayContaining(['Heron Academy of Veterinary Sciences ESTABLISHED Kite Joint Laboratory for Animal Diseases', 'Osprey University ESTABLISHED Kite Joint Laboratory for Animal Diseases']),
    );
  });
});

describe('names of service points (a class of the tuning sets, 7 December, the twenty-seventh session)', () => {
  it('types "… Workstation" and "… Service Desk" as platforms; a desk of no service names none', () => {
    expect(relations('The Kestrel Center will also open the Heron Lam Giang Service Desk in Thanh Lam.')).toContain('Kestrel Center ESTABLISHED Heron Lam Giang Service Desk');
    expect(names('Heron Binh Duong Technology Transfer Workstation opened on Monday.')).toContain('Heron Binh Duong Technology Transfer Workstation');
    expect(names('He sat at the front desk.')).toEqual([]);
  });
});

describe('a training centre given as a venue (a class of the tuning sets, 7 December, the twenty-eighth session)', () => {
  it('proposes no entity for a training centre on the venue line or the dated line under a title; the event is held in the town', () => {
    const text = 'China-ASEAN Training Course on Kelp Drying\n3-7 May 2031, Heron Lakeside Training Centre, Wrenford, China\n\nVenue: Osprey Bay Training Centre, Kestrel City, China\n';
    expect(names(text)).not.toEqual(expect.arrayContaining([expect.stringMatching(/Training Centre$/)]));
    expect(relations(text)).toContain('China-ASEAN Training Course on Kelp Drying HELD_IN Wrenford');
  });

  it('keeps a training centre that something opens or joins as a platform', () => {
    expect(relations('The two universities will open the Heron-Osprey Kelp Training Centre in Wrenford.')).toContain('Heron-Osprey Kelp Training Centre LOCATED_IN Wrenford');
  });
});

describe('a campus of an organisation (a class of the tuning sets, 7 December, the twenty-eighth session)', () => {
  it('reads "the X Campus of Y" as a mention of Y, not an entity of its own', () => {
    const found = names('Venue: Osprey Hall, Wrenford Campus of the Heron Institute of Kelp Science, Kestrel City, China');
    expect(found).toContain('Heron Institute of Kelp Science');
    expect(found).not.toEqual(expect.arrayContaining([expect.stringMatching(/Campus/)]));
  });
});

describe('the classes of dev25 (7 December, the twenty-eighth session)', () => {
  it('reads a month after a day\'s number as a date, though the tagger reads a person: no party "June"', () => {
    const found = names('In Kestrel City on 11 June, Heron Wind Co., Ltd. signed a framework agreement with Osprey Marine Corporation.');
    expect(found).toContain('Framework agreement between Heron Wind Co., Ltd. and Osprey Marine Corporation');
    expect(found.filter((name) => /June/.test(name))).toEqual([]);
  });

  it('ends a name before "and" when a courtesy title or a place-based description opens the next conjunct', () => {
    const found = names('Speakers included Professor Zhou of the Heron Academy of Sciences and Dr. Anong Srisuk of Osprey University. Engineers from Kestrel Steamfield Corporation and Hanoi-based Tern Geothermal Joint Stock Company spoke.');
    expect(found).toEqual(expect.arrayContaining(['Heron Academy of Sciences', 'Osprey University', 'Kestrel Steamfield Corporation', 'Tern Geothermal Joint Stock Company']));
    expect(found.filter((name) => / and (?:Dr|Hanoi)/.test(name))).toEqual([]);
  });

  it('reads no region in a post and a person "of" a province', () => {
    expect(names('Vice Chairman Liang and Governor Maria Elena Reyes of Wrenford Province witnessed the signing.')).toEqual([]);
  });

  it('proposes nothing for what a body called by its head word has, and keeps the list it stands in', () => {
    const text = 'The Heron-Osprey Joint Laboratory for Kelp Breeding opened in May. It is funded by the Heron Institute of Technology Foundation, the Institute\'s alumni endowment, and by the Kestrel Kelp Fund. The applications were approved by the Network\'s Steering Council.';
    expect(names(text).filter((name) => /['’]s /.test(name))).toEqual([]);
    expect(relations(text)).toEqual(
      expect.arrayContaining(['Heron Institute of Technology Foundation SUPPORTS Heron-Osprey Joint Laboratory for Kelp Breeding', 'Kestrel Kelp Fund SUPPORTS Heron-Osprey Joint Laboratory for Kelp Breeding']),
    );
  });
  it('types "… Repository" as a platform that those who launch it establish', () => {
    expect(relations('Heron University and the Osprey Institute launched the Kestrel Geothermal Core Repository, a shared collection of drill cores.')).toEqual(
      expect.arrayContaining(['Heron University ESTABLISHED Kestrel Geothermal Core Repository', 'Osprey Institute ESTABLISHED Kestrel Geothermal Core Repository']),
    );
  });

  it('keeps a year that closes an event\'s title line in its name, and reads a label in brackets as its line\'s label', () => {
    const text = 'China-ASEAN Training Course on Kelp Drying 2032\n\nDates: 9-20 March 2032\nHost: Heron Institute of Standards\n\nModules:\n- SI units (lecturer: Osprey Institute of Measurement)\n- Calibration of balances (lecturer: Kestrel Instruments Co., Ltd., which lent twelve balances)\n';
    expect(names(text)).toContain('China-ASEAN Training Course on Kelp Drying 2032');
    expect(relations(text)).toEqual(
      expect.arrayContaining([
        'Heron Institute of Standards HOSTED China-ASEAN Training Course on Kelp Drying 2032',
        'Osprey Institute of Measurement ATTENDED China-ASEAN Training Course on Kelp Drying 2032',
        'Kestrel Instruments Co., Ltd. ATTENDED China-ASEAN Training Course on Kelp Drying 2032',
      ]),
    );
  });
  it('reads "founded by A and B of <Country>, its two founding members" as both members, past the seat', () => {
    expect(relations('The Kestrel Lightning Detection Network was founded in 2029 by the Heron Meteorological Service Centre and the Osprey Institute of Geophysics of Vietnam, its two founding members.')).toEqual(
      expect.arrayContaining(['Heron Meteorological Service Centre MEMBER_OF Kestrel Lightning Detection Network', 'Osprey Institute of Geophysics MEMBER_OF Kestrel Lightning Detection Network']),
    );
  });
  it('reads who leads a delegation to an event as attending it', () => {
    expect(relations('The 3rd Kestrel Symposium opened in Wrenford. Delegations from Malaysia and Laos also attended; the Lao delegation was led by officials of the Osprey Resources Authority.')).toContain(
      'Osprey Resources Authority ATTENDED 3rd Kestrel Symposium',
    );
  });
  it('reads the company named as "the joint venture" as set up by the parties of the joint venture agreement, and a defined short name opening a sentence as that company', () => {
    const text = 'Heron Membrane Co., Ltd. ("Heron") signed a joint venture agreement with Osprey Water Joint Stock Company. The joint venture, Kestrel Membranes Co., Ltd., will be registered in Wrenford. Heron and the joint venture also signed a technology licence agreement.';
    expect(relations(text)).toEqual(
      expect.arrayContaining([
        'Heron Membrane Co., Ltd. ESTABLISHED Kestrel Membranes Co., Ltd.',
        'Osprey Water Joint Stock Company ESTABLISHED Kestrel Membranes Co., Ltd.',
        'Heron Membrane Co., Ltd. SIGNED Technology licence agreement between Heron Membrane Co., Ltd. and Kestrel Membranes Co., Ltd.',
      ]),
    );
  });

  it('names no agreement after one party twice, where a reference resolved to the other party', () => {
    expect(names('Heron Membrane Co., Ltd. ("Heron") signed a contract. Later, Heron and the joint venture also signed a licence agreement.').filter((name) => /agreement/i.test(name))).toEqual([]);
  });
  it('reads "with matching funds from B" after "funded by A" as B supporting it too', () => {
    expect(relations('The Heron Joint Laboratory for Wood opened in May. The laboratory is funded by the Osprey Ministry of Science, with matching funds from the Kestrel Forest Development Fund.')).toEqual(
      expect.arrayContaining(['Osprey Ministry of Science SUPPORTS Heron Joint Laboratory for Wood', 'Kestrel Forest Development Fund SUPPORTS Heron Joint Laboratory for Wood']),
    );
  });
  it('reads who hosts a network\'s secretariat past an apposition that places it, and past a list to the one "which" hosts it', () => {
    expect(relations('The Kestrel Lightning Network was founded in 2029. The Heron Meteorological Centre, based in Wrenford, hosts the Network\'s secretariat.')).toContain(
      'Heron Meteorological Centre SUPPORTS Kestrel Lightning Network',
    );
    const listed = relations('The Kestrel Solar Alliance welcomed new members. They join its founding members: Heron University, the Osprey Institute and Tern Energy Group Co., Ltd., which has hosted the Alliance\'s secretariat since 2021.');
    expect(listed).toContain('Tern Energy Group Co., Ltd. SUPPORTS Kestrel Solar Alliance');
    expect(listed).not.toContain('Heron University SUPPORTS Kestrel Solar Alliance');
  });
  it('proposes nothing for what a person has, for a described body whose seat stands after the article, nor for a street of an address', () => {
    expect(names('- Group project: an uncertainty budget for each participant\'s own laboratory')).toEqual([]);
    expect(names('The project is co-funded by the Straits Kelp Fund, a Singapore-based charitable trust.')).toEqual(expect.arrayContaining(['Straits Kelp Fund']));
    expect(names('The project is co-funded by the Straits Kelp Fund, a Singapore-based charitable trust.').filter((name) => /trust/i.test(name))).toEqual([]);
    expect(names('Venue: Heron Institute of Standards (HIS), Preah Osprey Boulevard, Phnom Penh').filter((name) => /Boulevard/.test(name))).toEqual([]);
  });
  it('proposes nothing for one thing of a kind without an article, in small letters but for a demonym or a place (a headline\'s way)', () => {
    expect(names('DEALS | Heron membrane maker licenses solar desalination to Indonesian university')).toEqual([]);
    expect(names('The Kestrel centre will carry out joint research on kelp drying with Heron University.')).toContain('Heron University');
  });
  it('reads "signed on behalf of A by …, and on behalf of B" as A and B signing, and "the memorandum" the same parties sign again as the one named before', () => {
    const text = 'A harvester maker and a cane institute inked a memorandum of understanding in Wrenford. The memorandum, signed on behalf of Heron Harvester Co., Ltd. by its chairman and on behalf of the Osprey Cane Research Institute by its director, covers field tests.';
    expect(relations(text)).toEqual(
      expect.arrayContaining(['Heron Harvester Co., Ltd. SIGNED Memorandum between Heron Harvester Co., Ltd. and Osprey Cane Research Institute', 'Osprey Cane Research Institute SIGNED Memorandum between Heron Harvester Co., Ltd. and Osprey Cane Research Institute']),
    );
    const again = 'Heron University and Osprey Robotics Co., Ltd. signed a memorandum of understanding on Tuesday. The memorandum was signed by the president of Heron University on behalf of the university and by the chairman of Osprey Robotics Co., Ltd. on behalf of the company.';
    expect(names(again).filter((name) => /^Memorandum/.test(name))).toEqual(['Memorandum of understanding between Heron University and Osprey Robotics Co., Ltd.']);
  });
});

describe('the classes of para6 (7 December, the twenty-eighth session)', () => {
  it('reads "have put pen to" and "put their names to" an agreement as signing it', () => {
    expect(relations('Heron University and Osprey University have put pen to a memorandum of understanding on peat fires.')).toContain(
      'Heron University SIGNED Memorandum of understanding between Heron University and Osprey University',
    );
    expect(relations('Heron University and Osprey University put their names to a framework agreement.')).toContain('Osprey University SIGNED Framework agreement between Heron University and Osprey University');
  });
  it('reads "A signed X with B and Y with C" as two signings, the second by A and C', () => {
    const found = relations('Heron University signed a framework agreement with Osprey Lowland University and a letter of intent with the Kestrel Peat Swamp Research Station.');
    expect(found).toEqual(
      expect.arrayContaining([
        'Osprey Lowland University SIGNED Framework agreement between Heron University and Osprey Lowland University',
        'Heron University SIGNED Letter of intent between Heron University and Kestrel Peat Swamp Research Station',
        'Kestrel Peat Swamp Research Station SIGNED Letter of intent between Heron University and Kestrel Peat Swamp Research Station',
      ]),
    );
  });
  it('reads "a letter of intent whose signatories are A, B and C" as each of them signing it', () => {
    expect(relations('The delegation witnessed a letter of intent whose signatories are Heron University, Osprey Smoke Sensing Co., Ltd. and the Kestrel Fire Institute.')).toEqual(
      expect.arrayContaining([
        'Heron University SIGNED Letter of intent between Heron University, Osprey Smoke Sensing Co., Ltd. and Kestrel Fire Institute',
        'Kestrel Fire Institute SIGNED Letter of intent between Heron University, Osprey Smoke Sensing Co., Ltd. and Kestrel Fire Institute',
      ]),
    );
  });
  it('types a board named for its place and sector as a body, and neither an organ nor a product board', () => {
    expect(names('The Heron Delta Melaleuca Forest Board was admitted as an associate member.')).toContain('Heron Delta Melaleuca Forest Board');
    expect(names('The Osprey Circuit Board was sold. Members will elect a new Executive Board.')).toEqual([]);
  });
  it('types a public "… Service" as a body and a forecasting one as a platform; "service" in small letters names none', () => {
    const found = extract('The Heron Provincial Health Service joined. The Osprey Storm Surge Outlook Service opened. The firm offers farm data services.').entities;
    expect(found.map((entity) => [entity.name, entity.type])).toEqual([
      ['Heron Provincial Health Service', 'Institution'],
      ['Osprey Storm Surge Outlook Service', 'Platform'],
    ]);
  });
});

describe('the classes of para7 (7 December, the twenty-ninth session)', () => {
  it('names "the X Y Z project", a name in capitals before its kind in small letters, without the kind', () => {
    const found = extract('Heron Coastal University and the Osprey Institute of Fish Pathology are partners in the Rapid Kestrel Pathogen Test project.').entities;
    expect(found.find((entity) => entity.type === 'Project')?.name).toBe('Rapid Kestrel Pathogen Test');
  });
  it('holds an ordinal in words and in figures for one word of a name', () => {
    expect(nameKey('Seventh General Assembly of the Heron Network')).toBe(nameKey('7th General Assembly of the Heron Network'));
    expect(wordsKey('Twelfth Forum of the Heron Network')).toBe(wordsKey('the Heron Network 12th Forum'));
    expect(nameKey('Seventh General Assembly')).not.toBe(nameKey('8th General Assembly'));
  });
  it('reads "A and B were also represented" as both attending the event spoken of', () => {
    expect(relations('The Heron Dialogue on Fish Health opened in Beihai on Monday. The Osprey Academy of Mariculture and the Kestrel Fish Health Laboratory were also represented.')).toEqual(
      expect.arrayContaining(['Osprey Academy of Mariculture ATTENDED Heron Dialogue on Fish Health', 'Kestrel Fish Health Laboratory ATTENDED Heron Dialogue on Fish Health']),
    );
  });
  it('reads "took part" with nothing after it, "as did B" and "joined online" as attending the event spoken of', () => {
    expect(relations('The Heron Dialogue on Fish Health opened in Beihai on Monday. Officials of the Osprey Fisheries Bureau took part, as did a delegation of the Kestrel Aquaculture Agency.')).toEqual(
      expect.arrayContaining(['Osprey Fisheries Bureau ATTENDED Heron Dialogue on Fish Health', 'Kestrel Aquaculture Agency ATTENDED Heron Dialogue on Fish Health']),
    );
    expect(relations('The Heron Fish Health Forum opened in Songkhla. Researchers from the Osprey Mariculture Institute joined online.')).toContain('Osprey Mariculture Institute ATTENDED Heron Fish Health Forum');
  });
  it('reads an "Observers:" line as attending the event of the programme', () => {
    expect(relations('PROGRAMME: 3rd Heron Training Course on Shellfish Diagnostics\n\nVenue: Osprey Ocean College, Beihai\nObservers: Kestrel Coastal Aquaculture Institute\n')).toContain(
      'Kestrel Coastal Aquaculture Institute ATTENDED 3rd Heron Training Course on Shellfish Diagnostics',
    );
  });
  it('reads "A and B were welcomed into the network" as both joining the network named before', () => {
    expect(relations('The Heron Fish Health Network held its assembly. In addition, the Osprey Veterinary Station and the Kestrel Mariculture Institute were welcomed into the network at its close.')).toEqual(
      expect.arrayContaining(['Osprey Veterinary Station MEMBER_OF Heron Fish Health Network', 'Kestrel Mariculture Institute MEMBER_OF Heron Fish Health Network']),
    );
  });
  it('reads "three bodies had been accepted into the network: A, B and C" as A, B and C joining it, not whoever announced it', () => {
    const found = relations('The Osprey Fisheries Department also announced that three bodies had been accepted into the Heron Fish Health Laboratory Network: the Kestrel Academy of Mariculture, the Egret Quarantine Station and Crane Ocean College.');
    expect(found).toEqual(
      expect.arrayContaining(['Kestrel Academy of Mariculture MEMBER_OF Heron Fish Health Laboratory Network', 'Egret Quarantine Station MEMBER_OF Heron Fish Health Laboratory Network', 'Crane Ocean College MEMBER_OF Heron Fish Health Laboratory Network']),
    );
    expect(found).not.toContain('Osprey Fisheries Department MEMBER_OF Heron Fish Health Laboratory Network');
  });
  it('reads "A held its seventh General Assembly", an ordinal in small letters, as A organising its own meeting', () => {
    expect(relations('The Heron Fish Health Network held its seventh General Assembly in Can Tho on 17 January.')).toContain('Heron Fish Health Network ORGANIZED Seventh General Assembly of the Heron Fish Health Network');
  });
  it('reads "was hosted by A and jointly convened with B" as B organising the event too', () => {
    const found = relations('The Heron Network held its Seventh General Assembly in Can Tho. The assembly was hosted by the Osprey Fisheries Institute and jointly convened with the Kestrel Fish Farmers Federation.');
    expect(found).toContain('Kestrel Fish Farmers Federation ORGANIZED Seventh General Assembly of the Heron Network');
    expect(found).not.toContain('Kestrel Fish Farmers Federation ATTENDED Seventh General Assembly of the Heron Network');
  });
  it('reads "B acted as host institution" and "served as the host" as hosting the event spoken of', () => {
    expect(relations('The Heron Forum opened in Beihai. The Osprey Park Administrative Committee acted as host institution.')).toContain('Osprey Park Administrative Committee HOSTED Heron Forum');
    expect(relations('The Heron Forum opened in Beihai on 3 May. Osprey University served as the host.')).toContain('Osprey University HOSTED Heron Forum');
  });
  it('reads "Dr A of B said in her keynote address" as B attending the event spoken of; a name the speech merely mentions does not', () => {
    expect(relations('The Heron Fish Health Forum opened in Songkhla on Monday. Dr Anong Rattanakul of the Osprey Institute of Aquatic Pathology said in her keynote address that rapid tests had cut losses.')).toContain(
      'Osprey Institute of Aquatic Pathology ATTENDED Heron Fish Health Forum',
    );
    const found = relations('The Heron Fish Health Forum opened in Songkhla on Monday. In his speech, Professor Li Wei of Kestrel University praised the Egret Fisheries Agency.');
    expect(found).toContain('Kestrel University ATTENDED Heron Fish Health Forum');
    expect(found).not.toContain('Egret Fisheries Agency ATTENDED Heron Fish Health Forum');
  });
  it('reads "carried out by A with B and C" as B and C taking part too, whatever clause follows', () => {
    expect(relations('The Heron Project entered its final year. It is carried out by Osprey Coastal University with the Kestrel Institute of Fish Virology and the Egret Aquatic Institute; the consortium also comprises Crane University.')).toEqual(
      expect.arrayContaining(['Kestrel Institute of Fish Virology PARTICIPATES_IN Heron Project', 'Egret Aquatic Institute PARTICIPATES_IN Heron Project']),
    );
  });
});

describe('the classes of the thirtieth session (7 December)', () => {
  it('reads "They also signed an MoU with C" as the previous sentence\'s subject signing it with C', () => {
    const found = relations('The Heron Marine Institute and Osprey Ocean College opened a laboratory in Beihai. They also signed a memorandum of understanding with the Kestrel Fisheries Agency.');
    const memorandum = 'Memorandum of understanding between Heron Marine Institute, Osprey Ocean College and Kestrel Fisheries Agency';
    expect(found).toEqual(expect.arrayContaining([`Heron Marine Institute SIGNED ${memorandum}`, `Osprey Ocean College SIGNED ${memorandum}`, `Kestrel Fisheries Agency SIGNED ${memorandum}`]));
  });
  it('reads "It also signed …" as the one subject before signing, and "they" after a subject of one as the pair named last', () => {
    expect(relations('Osprey Ocean College opened a laboratory in Beihai in May. It also signed a cooperation agreement with the Kestrel Fisheries Agency.')).toContain(
      'Osprey Ocean College SIGNED Cooperation agreement between Osprey Ocean College and Kestrel Fisheries Agency',
    );
    const found = relations('The Heron Marine Institute and Osprey Ocean College signed an agreement. The laboratory will be run by the Heron Marine Institute and Osprey Ocean College. They also signed a data licence with the Kestrel Fisheries Agency.');
    expect(found).toContain('Osprey Ocean College SIGNED Data licence between Heron Marine Institute, Osprey Ocean College and Kestrel Fisheries Agency');
  });
  it('proposes no entity for the title of a theme, a keynote or a manual, quoted or not', () => {
    const found = names('The Heron Mangrove Forum opened in Trat under the theme "Roots of the Shore, Carbon for Tomorrow". Her keynote, "Carbon Below the Tideline", drew applause. The Osprey Coastal Institute published a field manual, Counting Carbon in Tidal Soils, in Thai.');
    expect(found).toEqual(expect.arrayContaining(['Heron Mangrove Forum', 'Trat', 'Osprey Coastal Institute']));
    expect(found.filter((name) => /Roots|Carbon|Tidal/.test(name))).toEqual([]);
  });
  it("proposes no entity for the words of a programme line's session title, but the speaker's body and a place the title names", () => {
    const found = names('PROGRAMME: Heron Training Course on Drone Surveys\n\n09:00 Session 4: Carbon Stock Accounting under Kestrel Protocols -- Dr Anan Suk, Osprey Coastal University\n14:00 Practical: RTK Base Stations and Ground Control Points\n15:30 Keynote: Ten seasons of planting in Fusui, by the Egret Mangrove Institute\n');
    expect(found).toEqual(expect.arrayContaining(['Osprey Coastal University', 'Fusui', 'Egret Mangrove Institute']));
    expect(found.filter((name) => /Carbon|Kestrel|RTK|Ground/.test(name))).toEqual([]);
    // (A spaced hyphen before the speaker ends the title too; "Head" before the speaker's body is a post.)
    const line = names('PROGRAMME: Heron Training Course on Coffee Grading\n\n09:00 Keynote: Why Quality Pays for Graded Kestrel Arabica - Ms. Chen Li, Head, Osprey Highlands Service Station\n');
    expect(line).toContain('Osprey Highlands Service Station');
    expect(line.filter((name) => /Quality|Kestrel|Head/.test(name))).toEqual([]);
  });
  it('proposes no entity for a post and its field, a standard an acronym designates, or an organ named without its body', () => {
    const found = names('Opening the forum, Dr Anan Suk, Vice-President for Research at Osprey Coastal University, said the plots were measured under ISO 14064-2. Professor Lin Tao, Chair of the Steering Committee, thanked the Project Steering Board.');
    expect(found).toEqual(['Osprey Coastal University']);
    // (A committee of two parties is a body of its own.)
    expect(names('The Heron-Osprey Joint Steering Committee met in Beihai.')).toContain('Heron-Osprey Joint Steering Committee');
  });
  it('reads no place off what things or a measure are "of" (a genus), but off what people or parts of a place are "of"', () => {
    const found = names('The Osprey Coastal Institute checked the maps against field plots of Rhizophora and Avicennia, and weighed each hectare of Sonneratia forest.');
    expect(found).toEqual(['Osprey Coastal Institute']);
    expect(names('The Osprey Coastal Institute trained farmers of Kampot and surveyed parts of Sabang.')).toEqual(expect.arrayContaining(['Kampot', 'Sabang']));
  });
  it('keeps "of <country>" in a name whose words before the head only describe ("Royal Coastal University of Cambodia")', () => {
    const found = names('The course is hosted by the Royal Coastal University of Cambodia in Kampot, with the Visayas Marine Science University of the Philippines.');
    expect(found).toEqual(expect.arrayContaining(['Royal Coastal University of Cambodia', 'Visayas Marine Science University']));
    expect(found).not.toContain('Royal Coastal University');
  });
  it('reads "at its Guangzhou laboratory" as where the owner is, not as a platform of its own', () => {
    const text = 'The Osprey Coastal Ecology Institute analysed 1,860 soil cores at its Guangzhou laboratory.';
    expect(names(text)).toEqual(['Osprey Coastal Ecology Institute', 'Guangzhou']);
    expect(relations(text)).toContain('Osprey Coastal Ecology Institute LOCATED_IN Guangzhou');
  });
  it('proposes no group counted roughly ("more than 4,000 …"), nor one something is for, is checked against or people come from', () => {
    const text = 'Heron Power runs more than 4,000 swapping stations in southern China. Osprey Drones builds survey drones for coastal agencies in China and Viet Nam. The station will check the maps against field plots in two districts. Officials of environment agencies in the four countries attended.';
    expect(names(text).filter((name) => /stations|agencies|plots/i.test(name))).toEqual([]);
    // (A group set up is one: "will set up demonstration farms in five coastal villages".)
    expect(names('Under the memorandum, Heron University will set up demonstration farms in five coastal villages.')).toContain('Demonstration farms in five coastal villages');
  });
  it('reads the bullet lines under sub-headings after "The new members are:" as members, heading by heading', () => {
    const text = 'The Heron Highland Coffee Network welcomed five new members at its council meeting. The new members are:\n\nResearch and extension bodies\n- Osprey Coffee Research Station, Ywangan, Myanmar\n- Kestrel Plant Protection Laboratory\nProducer organisations\n- Egret Smallholder Coffee Cooperative Society\n';
    expect(relations(text)).toEqual(
      expect.arrayContaining(['Osprey Coffee Research Station MEMBER_OF Heron Highland Coffee Network', 'Kestrel Plant Protection Laboratory MEMBER_OF Heron Highland Coffee Network', 'Egret Smallholder Coffee Cooperative Society MEMBER_OF Heron Highland Coffee Network']),
    );
  });
  it('reads "A of <place> and B concluded an agreement" as A and B signing it, and no place of a dateline as a party', () => {
    const found = relations('KESTREL BAY, Indonesia -- Heron Green Bean Co., Ltd. of Menglian, China, and Osprey Agro-Export State Enterprise concluded a purchase agreement on Monday.');
    const agreement = 'Purchase agreement between Heron Green Bean Co., Ltd. and Osprey Agro-Export State Enterprise';
    expect(found).toEqual(expect.arrayContaining([`Heron Green Bean Co., Ltd. SIGNED ${agreement}`, `Osprey Agro-Export State Enterprise SIGNED ${agreement}`]));
    expect(found.filter((relation) => /^(?:Indonesia|China|Menglian|Kestrel Bay) SIGNED/.test(relation))).toEqual([]);
  });
  it('reads a single name after "at" as a place ("the … Nursery at Paksong")', () => {
    expect(extract('The two sides will build the Heron Coffee Rust Screening Nursery at Paksong, on the Bolaven Plateau.').entities.find((entity) => entity.name === 'Paksong')?.type).toBe('Place');
  });
  it('reads the body after "Mr. X, licensed Q Grader," on a programme line as the speaker\'s, attending the course', () => {
    const text = 'PROGRAMME: Heron Training Course on Coffee Grading\nVenue: Heron Hall, Da Lat\n\n10:30 Session 5: Introduction to cupping - Mr. Nguyen Thanh Long, licensed Q Grader, Osprey Specialty Coffee Cooperative\n';
    expect(relations(text)).toContain('Osprey Specialty Coffee Cooperative ATTENDED Heron Training Course on Coffee Grading');
  });
  it('reads "Da Lat, Lam Dong Province, Viet Nam" as a town in its province, as a town before its country is', () => {
    expect(relations('REGIONAL TRAINING COURSE ON COFFEE GRADING\nBao Loc, Lam Dong Province, Viet Nam, 23-25 April 2041\n')).toEqual(expect.arrayContaining(['Bao Loc LOCATED_IN Lam Dong', 'Lam Dong LOCATED_IN Vietnam']));
  });
  it('signs nothing for a pronoun it cannot tell the parties of, and reads no verb "license" as an agreement', () => {
    expect(relations('The ministry welcomed the delegation. They signed a memorandum of understanding with the Kestrel Fisheries Agency.').filter((relation) => relation.includes('SIGNED'))).toEqual([]);
    expect(relations('Osprey Ocean College signed a supply contract with the Kestrel Fisheries Agency. Osprey Ocean College will license its test to the Heron Marine Institute.').filter((relation) => relation.includes('SIGNED'))).toEqual([
      'Osprey Ocean College SIGNED Supply contract between Osprey Ocean College and Kestrel Fisheries Agency',
      'Kestrel Fisheries Agency SIGNED Supply contract between Osprey Ocean College and Kestrel Fisheries Agency',
    ]);
  });
});

describe('the classes of the thirty-first session (7 December)', () => {
  it('reads an event\'s name that opens its line, "Training Course on …" or "Workshop on …", as the event', () => {
    expect(names('PROGRAMME\nTraining Course on Heron Rail Operations and Kestrel Cold Chains\nNanning, 1-5 November 2027\n')).toContain('Training Course on Heron Rail Operations and Kestrel Cold Chains');
    expect(names('Workshop on Heron Rail Operations\nNanning, 1-5 November 2027\n')).toContain('Workshop on Heron Rail Operations');
  });
  it('proposes nothing for a word before a number or a letter ("Room 305", "Gate B", "Km 5 of Highway 2", "SnowLine 40R") or for "No." before a code', () => {
    const found = names('The Kestrel Agency will fund the Heron Centre under project No. GXKJ-2027-0318. Students met in Room 305 of the Egret Building. The store is at Km 5 of Highway 2, beside Gate B. Loads travel in SnowLine 40R containers. Venue: Training Hall 2, Building B, Osprey Vocational College, Nanning. The Heron Expo 2027 opened in Kunming.');
    expect(found).toEqual(expect.arrayContaining(['Kestrel Agency', 'Heron Centre', 'Osprey Vocational College', 'Nanning', 'Heron Expo 2027', 'Kunming']));
    expect(found.filter((name) => /^(?:No|Room|Km|Highway|Gate|SnowLine)$|Building B/.test(name))).toEqual([]);
  });
  it('proposes no office named only in a line of whom to ask or whom to credit, but links a body named before and keeps a place', () => {
    const found = names('The Heron Rail Alliance met in Bangkok.\n\nPhoto: Delegates in Bangkok. Credit: HRA Secretariat\n\nContact: Office of Communications, news@heron.example.org\nMedia enquiries: Heron Rail Alliance, Kunming\nPrepared by Dr Anan Suk, coordinator, Kestrel Project Office.');
    expect(found).toEqual(expect.arrayContaining(['Heron Rail Alliance', 'Bangkok', 'Kunming']));
    expect(found.filter((name) => /Secretariat|Communications|Project Office/.test(name))).toEqual([]);
  });
  it('proposes no office named on the line that says who issued the text ("Issued by the General Office of the Commission")', () => {
    const found = names('The Heron Provincial Commission signed a memorandum in Manila.\n\nIssued by the General Office of the Commission. Media enquiries: +86 28 8600 0000.');
    expect(found).toContain('Heron Provincial Commission');
    expect(found.filter((name) => /General Office/.test(name))).toEqual([]);
  });
  it('proposes no entity for a quoted title its kind follows when that kind is no entity\'s, nor for a named year', () => {
    const found = names('The Heron Rail Alliance named 2028 its "Year of the Cold Wagon". Trainees sat a test for the "Cold Chain Rail Technician" certificate. The "Kestrel Cold Chain" project began in May.');
    expect(found).toEqual(expect.arrayContaining(['Heron Rail Alliance', 'Kestrel Cold Chain']));
    expect(found.filter((name) => /Wagon|Technician/.test(name))).toEqual([]);
  });
  it('reads a report whose fact sheet gives the project\'s title as reporting on that project, whatever its headline says', () => {
    const text = 'Final Report Summary: Heron Cold Chain Trials for Durian\n\nProject: Kestrel Rail Cold Chain Demonstration Project (KRCD)\nReporting period: 2025 to 2027\n\nThe project was carried out by the Osprey Institute of Cold Chain Engineering. It was funded by the Egret Corridor Foundation.';
    expect(relations(text)).toEqual(expect.arrayContaining(['Osprey Institute of Cold Chain Engineering PARTICIPATES_IN Kestrel Rail Cold Chain Demonstration Project', 'Egret Corridor Foundation SUPPORTS Kestrel Rail Cold Chain Demonstration Project']));
    expect(names(text).filter((name) => name.includes('Heron'))).toEqual([]);
  });
  it('reads "X Service Point" as a platform\'s name, as "X Service Desk" is', () => {
    expect(names('New members:\n- Heron Rice Growers\' Union (Laos)\n- CATTC Kestrel Cold Chain Service Point, a service point of the China-ASEAN Technology Transfer Center\n')).toContain('CATTC Kestrel Cold Chain Service Point');
  });
  it('reads "A granted B a technology licence" as a licence A and B signed, and not again where it gives the terms of an agreement named before', () => {
    const text = 'Heron Refrigeration Co., Ltd. and Osprey Logistics set up Kestrel Cold Chain Co., Ltd. in Nong Khai. In a second agreement signed the same day, Heron Refrigeration Co., Ltd. granted Kestrel Cold Chain Co., Ltd. a ten-year technology licence.';
    const licence = 'Technology licence between Heron Refrigeration Co., Ltd. and Kestrel Cold Chain Co., Ltd.';
    expect(relations(text)).toEqual(expect.arrayContaining([`Heron Refrigeration Co., Ltd. SIGNED ${licence}`, `Kestrel Cold Chain Co., Ltd. SIGNED ${licence}`]));
    const terms = names('Heron Refrigeration Co., Ltd. and Kestrel Cold Chain Co., Ltd. signed a technology licence agreement, under which Heron Refrigeration Co., Ltd. grants Kestrel Cold Chain Co., Ltd. an exclusive licence to its coating.');
    expect(terms.filter((name) => /licence/i.test(name))).toHaveLength(1);
  });
  it('reads people from countries or bodies who met for an event, or delegations who came from them, as those attending it', () => {
    expect(relations('Rail operators and fruit traders from Laos, Thailand and the Heron Freight Institute met in Kunming on Tuesday for the 3rd Kestrel Fresh Freight Forum.')).toEqual(
      expect.arrayContaining(['Laos ATTENDED 3rd Kestrel Fresh Freight Forum', 'Thailand ATTENDED 3rd Kestrel Fresh Freight Forum', 'Heron Freight Institute ATTENDED 3rd Kestrel Fresh Freight Forum']),
    );
    expect(relations('The 4th Osprey Geothermal Forum opened in Tengchong on Monday. Delegations came from Indonesia and the Philippines.')).toEqual(
      expect.arrayContaining(['Indonesia ATTENDED 4th Osprey Geothermal Forum', 'Philippines ATTENDED 4th Osprey Geothermal Forum']),
    );
  });
  it('proposes no platform for room in small letters ("to book wagon space"), and keeps a space named in capitals', () => {
    const found = names('Exporters can use the Heron app to book wagon space and watch container temperatures. The Kestrel Institute will rent laboratory space under the Innovation Space for Osprey Talents.');
    expect(found).toContain('Innovation Space for Osprey Talents');
    expect(found.filter((name) => /^(?:Wagon|Laboratory) space/i.test(name))).toEqual([]);
  });
  it('proposes no platform for a city\'s port or railway station on a route, but keeps a station named for its work', () => {
    const found = names('Durian travels from Kuantan Port to Chongqing. Sensors logged readings between Vientiane South Station and the border. The Heron Durian Research Station opened in Pahang.');
    expect(found).toEqual(expect.arrayContaining(['Chongqing', 'Heron Durian Research Station']));
    expect(found.filter((name) => /Kuantan|South Station/.test(name))).toEqual([]);
  });
  it('reads "is supported by grant No. X of the Y Foundation" as Y supporting it', () => {
    expect(relations('The Heron Joint Laboratory opened in Chongqing. The laboratory is supported by grant No. TRLF-2027-041 of the Kestrel Logistics Foundation.')).toContain('Kestrel Logistics Foundation SUPPORTS Heron Joint Laboratory');
  });
  it('reads one capitalised word in brackets after an organisation, no word of its name, as where it is, not its short name', () => {
    const found = relations('New members:\n- Heron Cold Store Co., Ltd. (Yunnan)\n- Osprey Fruit Co., Ltd. (Sarawak)\n- Kestrel Refrigeration Technology Co., Ltd. (Kestrel)\n');
    expect(found).toEqual(expect.arrayContaining(['Heron Cold Store Co., Ltd. LOCATED_IN Yunnan', 'Osprey Fruit Co., Ltd. LOCATED_IN Sarawak']));
    expect(found.filter((relation) => relation.startsWith('Kestrel Refrigeration') && relation.includes('LOCATED_IN'))).toEqual([]);
  });
  it('reads "de" and "del" inside a name ("Cuernos de Negros Institute of Technology") and a middle initial inside a person\'s', () => {
    const found = names('The laboratory was unveiled by Prof. Zhang Li, President of the Heron University, and Dr. Maricel A. Reyes, President of Cuernos de Negros Institute of Technology, in Dumaguete. Trials run in Davao del Norte.');
    expect(found).toEqual(expect.arrayContaining(['Heron University', 'Cuernos de Negros Institute of Technology', 'Dumaguete']));
    expect(found.filter((name) => /Reyes|^Cuernos$|^Negros Institute/.test(name))).toEqual([]);
  });
  it('splits "A Group and B, Inc." into a group of companies and a company, and keeps "A Science and Technology Co., Ltd." whole', () => {
    expect(names('In Manila, Heron Thermal Equipment Group and Kestrel Renewables, Inc. signed a framework agreement.')).toEqual(expect.arrayContaining(['Heron Thermal Equipment Group', 'Kestrel Renewables, Inc.']));
    expect(names('In Manila, Osprey Science and Technology Co., Ltd. signed a framework agreement.')).toContain('Osprey Science and Technology Co., Ltd.');
  });
  it('reads "… Commission of Science, Technology and Foreign Exchange" as one name: foreign exchange is a field, no market', () => {
    const found = names('In Manila, the Heron Provincial Commission of Science, Technology and Foreign Exchange signed a memorandum with the Kestrel Energy Council. The Osprey Technology Exchange opened in May.');
    expect(found).toEqual(expect.arrayContaining(['Heron Provincial Commission of Science, Technology and Foreign Exchange', 'Kestrel Energy Council', 'Osprey Technology Exchange']));
  });
});

describe('the classes of the thirty-second session (7 December)', () => {
  const table = 'The Heron Cell Loop (HCL) is a three-year cooperation project.\n\n2. Partners\nPartner | Country | Role\nKestrel University of Transport | Vietnam | Coordinator; Work Package 1 (pack tracking)\nOsprey Energy Institute | Laos | Work Package 4 (policy and training)\nGannet Recycling Co., Ltd. | China | Technology partner\n';
  it('reads a table\'s rows under their header: the first column\'s names are listed under its header, the country column says where each is', () => {
    const found = relations(table);
    expect(found).toEqual(
      expect.arrayContaining([
        'Kestrel University of Transport PARTICIPATES_IN Heron Cell Loop',
        'Osprey Energy Institute PARTICIPATES_IN Heron Cell Loop',
        'Gannet Recycling Co., Ltd. PARTICIPATES_IN Heron Cell Loop',
        'Kestrel University of Transport LOCATED_IN Vietnam',
        'Osprey Energy Institute LOCATED_IN Laos',
        'Gannet Recycling Co., Ltd. LOCATED_IN China',
      ]),
    );
    expect(found.filter((relation) => /^(?:Vietnam|Laos|China) PARTICIPATES_IN/.test(relation))).toEqual([]);
  });
  it('runs no name across a table\'s cell, and ends a phrase where a bracket opens a gloss ("Work Package 4 (policy and training)")', () => {
    const found = names(table);
    expect(found).toEqual(expect.arrayContaining(['Osprey Energy Institute', 'Laos']));
    expect(found.filter((name) => /\||Work Package|policy/.test(name))).toEqual([]);
    expect(names('The institute leads Work Package 4 (policy and training) of the Heron Cell Loop.').filter((name) => /policy/.test(name))).toEqual([]);
  });
  it('reads a post before a comma in a programme\'s line ("Speaker: Senior Engineer, X Centre") as the post, not part of the name', () => {
    const text = 'Heron Training Course on Safe Swapping\nPhnom Penh, 20-22 September 2027\n\n09:30 Session 1 -- Fleets\n      Speaker: Operations Manager, Kestrel Power Co., Ltd.\n11:00 Session 2 -- Standards\n      Speaker: Senior Engineer, Osprey Vehicle Testing Centre\n14:00 Session 3 -- Screening\n      Speaker: Lecturer, Gannet University of Transport\n';
    const found = names(text);
    expect(found).toEqual(expect.arrayContaining(['Kestrel Power Co., Ltd.', 'Osprey Vehicle Testing Centre', 'Gannet University of Transport']));
    expect(found.filter((name) => /Manager|Engineer|Lecturer/.test(name))).toEqual([]);
    expect(relations(text)).toEqual(expect.arrayContaining(['Osprey Vehicle Testing Centre ATTENDED Heron Training Course on Safe Swapping', 'Gannet University of Transport ATTENDED Heron Training Course on Safe Swapping']));
  });
  it('proposes no network for one brand\'s word before "network" in small letters ("runs the SwapIn network"), and keeps a cooperation network', () => {
    const found = names('PT Heron Daya runs the SwapIn network for riders in Jakarta. Kestrel Roda will route packs from its SwapGo network of 2,400 stations. The China-ASEAN technology transfer cooperation network met in Nanning.');
    expect(found).toEqual(expect.arrayContaining(['PT Heron Daya', 'China-ASEAN technology transfer cooperation network']));
    expect(found.filter((name) => /Swap/.test(name))).toEqual([]);
  });
  it('reads bullet lines under "approved the following applications for full membership:" as members of the network named last', () => {
    const found = relations('The Kestrel Battery Alliance (KBA) met in Jakarta on 6 and 7 June.\n\nThe General Assembly approved the following applications for full membership:\n\n- PT Heron Daya Nusantara (Indonesia)\n- Osprey Tricycle Cooperative (Philippines)\n');
    expect(found).toEqual(expect.arrayContaining(['PT Heron Daya Nusantara MEMBER_OF Kestrel Battery Alliance', 'Osprey Tricycle Cooperative MEMBER_OF Kestrel Battery Alliance']));
  });
  it('proposes no fields for a count of things or a range of kinds ("in eight countries, from swap operators and vehicle makers to recyclers")', () => {
    expect(extract('With them the Kestrel Battery Alliance counts 48 members in eight countries, from swap operators and vehicle makers to recyclers and testing laboratories.').entities.filter((entity) => entity.type === 'Domain')).toEqual([]);
  });
  it('reads an amount of money given "with" it, or a support noun\'s amount, "from" a giver as support ("funded with MYR 4.2 million from B", "with co-financing of USD 1.8 million from C")', () => {
    expect(relations('The Heron Joint Laboratory opened in Kuala Lumpur. The lab is funded with MYR 4.2 million from the Kestrel Hijau Foundation.')).toContain('Kestrel Hijau Foundation SUPPORTS Heron Joint Laboratory');
    expect(relations('The Osprey Loop project is coordinated by the Heron University, with co-financing of USD 1.8 million from the Lotus Road Foundation.')).toContain('Lotus Road Foundation SUPPORTS Osprey Loop');
  });
  it('proposes no project for a quoted title of a written work ("A Field Guide to …", "Guidelines for …"), and keeps a quoted project\'s name', () => {
    const found = names('The method is set out in "Counting Cycles: A Field Guide to Swap-Pack Ageing", published by the Heron Institute this month. The Kestrel Project submitted the draft "Guidelines for the Take-Back of Swap Batteries" to the ministry.');
    expect(found).toEqual(expect.arrayContaining(['Heron Institute', 'Kestrel Project']));
    expect(found.filter((name) => /Guide/.test(name))).toEqual([]);
  });
  it('reads demonyms before a plural kind of place ("five Cambodian and Lao provinces") as no provinces, and keeps a list of provinces', () => {
    expect(names('Collection by the Heron Project will extend to cooperatives in five Cambodian and Lao provinces.').filter((name) => /^(?:Lao|Cambodian)$/.test(name))).toEqual([]);
    expect(names('Trials of the Heron Project run in Kampot, Takeo and Kandal provinces.')).toEqual(expect.arrayContaining(['Kampot', 'Takeo', 'Kandal']));
  });
  it('reads a suspended hyphen inside a name ("Electric Two- and Three-Wheeler Battery Technology") as part of it', () => {
    expect(relations('The Heron Department and the Kestrel Agency signed a Memorandum of Understanding on Cooperation in Electric Two- and Three-Wheeler Battery Technology.')).toContain(
      'Heron Department SIGNED Memorandum of Understanding on Cooperation in Electric Two- and Three-Wheeler Battery Technology',
    );
  });
  it('reads work with no owner opening a sentence ("Work will focus on …") as the work of what the text is about', () => {
    expect(relations('The Heron Joint Laboratory opened in Kuala Lumpur on Monday. Work will focus on battery second-life engineering, pack recycling and the Internet of Things.')).toEqual(
      expect.arrayContaining(['Heron Joint Laboratory IN_DOMAIN Battery second-life engineering', 'Heron Joint Laboratory IN_DOMAIN Pack recycling', 'Heron Joint Laboratory IN_DOMAIN Internet of Things']),
    );
  });
  it('types a name by the noun its apposition ends in, past a place\'s name before it ("X, a Ho Chi Minh City operator,")', () => {
    const draft = extract('Saigon Swap Energy, a Ho Chi Minh City operator that runs 900 cabinets, joined the Heron Battery Alliance.');
    expect(draft.entities.find((entity) => entity.name === 'Saigon Swap Energy')?.type).toBe('Institution');
  });
  it('reads each ", and from" after attendees as naming another ("Speakers from A, an operator that …, and from B said")', () => {
    expect(relations('Operators gathered in Bangkok on Monday for the 3rd Heron Battery Swap Forum. Speakers from the Kestrel Swap Company, an operator that runs 900 cabinets, and from the Osprey Charge Company said prices fell.')).toEqual(
      expect.arrayContaining(['Kestrel Swap Company ATTENDED 3rd Heron Battery Swap Forum', 'Osprey Charge Company ATTENDED 3rd Heron Battery Swap Forum']),
    );
  });
  it('names the event of a line that is only its kind after the title-case topic line under it ("REGIONAL TRAINING COURSE" over "Dosimetry and …"), and reads the date line under both', () => {
    const text = 'REGIONAL TRAINING COURSE\nDosimetry and Quality Control in Sterile Fly Production\n25-29 October 2027 | Nanning, Guangxi, China\n\nHost: Heron Sterile Insect Centre (HSIC)\n';
    const course = 'Regional Training Course on Dosimetry and Quality Control in Sterile Fly Production';
    expect(names(text)).toContain(course);
    expect(relations(text)).toEqual(expect.arrayContaining([`Heron Sterile Insect Centre HOSTED ${course}`, `${course} HELD_IN Nanning`]));
  });
  it('reads "will centre on X and Y" as the fields it works in, and "The centre on Monday" as no verb', () => {
    const found = relations('The Heron Joint Laboratory opened in Davao City on Monday. Its work will centre on genetic sexing and low-dose X-ray irradiation. The centre on Monday met.');
    expect(found).toEqual(expect.arrayContaining(['Heron Joint Laboratory IN_DOMAIN Genetic sexing', 'Heron Joint Laboratory IN_DOMAIN Low-dose X-ray irradiation']));
    expect(found.filter((relation) => /Monday/.test(relation))).toEqual([]);
  });
  it('reads the place after "of" and an owner\'s possessive ("the X Institute of China\'s Hainan Province") as where the subject is, no subject of its own', () => {
    const found = relations("The Heron University of Agriculture and the Kestrel Institute of Tropical Entomology of China's Hainan Province on Monday inaugurated the Osprey Joint Laboratory in Davao City.");
    expect(found).toEqual(expect.arrayContaining(['Heron University of Agriculture ESTABLISHED Osprey Joint Laboratory', 'Kestrel Institute of Tropical Entomology ESTABLISHED Osprey Joint Laboratory']));
    expect(found.filter((relation) => /^Hainan/.test(relation))).toEqual([]);
  });
  it('reads "Under a separate technology licence agreement signed the same day, A grants the venture a licence, for X and Y, to …" as that licence\'s agreement, signed by both and covering X and Y', () => {
    const found = relations('Heron Recycling Co., Ltd. and PT Kestrel Tbk today signed a joint venture agreement to establish PT Osprey Hijau. Under a separate technology licence agreement signed the same day, Heron Recycling Co., Ltd. grants the venture an exclusive ten-year licence, for Indonesia and Malaysia, to its HydroLoop 3 process.');
    const licence = 'Technology licence agreement between Heron Recycling Co., Ltd. and PT Osprey Hijau';
    expect(found).toEqual(expect.arrayContaining([`Heron Recycling Co., Ltd. SIGNED ${licence}`, `PT Osprey Hijau SIGNED ${licence}`, `${licence} COVERS Indonesia`, `${licence} COVERS Malaysia`]));
    expect(found.filter((relation) => /^Joint venture agreement.* COVERS/.test(relation))).toEqual([]);
  });
  it('reads a person\'s line under a programme\'s session line ("Dr. Siti Rahma, Bogor Institute of …") as the body attending the event, and "Panel:" as a label of those attending', () => {
    const text = 'Heron Training Course on Fly Sterilisation\nNanning, 25-29 October 2027\n\n09:00  Session 5 - Quality control\n       Dr. Siti Rahma, Kestrel Institute of Insect Ecology\n       Dr. Vo Thanh Son, Osprey Institute of Fruit Fly Research\n14:00  Panel: Gannet Citrus Cooperative; Tern Mango Producers\' Community\n\nContact: Dr. Lin Bo, Heron Orchard Institute\n';
    const found = relations(text);
    const course = 'Heron Training Course on Fly Sterilisation';
    expect(found).toEqual(expect.arrayContaining([`Kestrel Institute of Insect Ecology ATTENDED ${course}`, `Osprey Institute of Fruit Fly Research ATTENDED ${course}`, `Gannet Citrus Cooperative ATTENDED ${course}`]));
    expect(found.filter((relation) => relation.startsWith('Heron Orchard Institute ATTENDED'))).toEqual([]);
  });
  it('reads the second of two references after "signed by" ("by the Department and the Board") as a party too', () => {
    const found = relations('At the invitation of the Tien Giang Provincial Plant Quarantine Board, a delegation of the Heron Department of Science visited My Tho. A Memorandum of Understanding on Fly Cooperation was signed by the Department and the Board.');
    expect(found).toEqual(expect.arrayContaining(['Heron Department of Science SIGNED Memorandum of Understanding on Fly Cooperation', 'Tien Giang Provincial Plant Quarantine Board SIGNED Memorandum of Understanding on Fly Cooperation']));
  });
  it('reads a list item that opens with "an agreement establishing the X Laboratory, signed by A and B" as that agreement, signed by both, who set X up', () => {
    const found = relations('The Heron Department and the Kestrel Board met in My Tho. They signed three documents:\n\n3. an agreement establishing the Tern Joint Laboratory for Fruit Fly Control in My Tho, signed by the Heron Institute of Entomology and the Kestrel Institute of Fruit Protection.');
    const agreement = 'Agreement establishing the Tern Joint Laboratory for Fruit Fly Control';
    expect(found).toEqual(expect.arrayContaining([`Heron Institute of Entomology SIGNED ${agreement}`, `Kestrel Institute of Fruit Protection SIGNED ${agreement}`, 'Heron Institute of Entomology ESTABLISHED Tern Joint Laboratory for Fruit Fly Control', 'Kestrel Institute of Fruit Protection ESTABLISHED Tern Joint Laboratory for Fruit Fly Control']));
  });
  it('reads a wire\'s dateline with no year and a one-hyphen dash ("CHANTHABURI, Thailand, March 17 (Heron Wire Service) - …"): the town "this … town" points at, and no entity for the wire', () => {
    const text = 'CHANTHABURI, Thailand, March 17 (Heron Wire Service) - Growers from eight countries gathered in this eastern Thai fruit town on Wednesday for the 4th Kestrel Forum on Sterile Insects. The Osprey Durian Growers\' Cooperative sent more than 40 of its members.';
    const forum = '4th Kestrel Forum on Sterile Insects';
    expect(relations(text)).toEqual(expect.arrayContaining([`${forum} HELD_IN Chanthaburi`, `Osprey Durian Growers' Cooperative ATTENDED ${forum}`]));
    expect(names(text).filter((name) => /Wire/.test(name))).toEqual([]);
  });
  it('reads the parties an agreement was concluded "between" past a description set off by commas ("between A, a swap operator based in Nanning, and B")', () => {
    const agreement = "Cooperation agreement between Heron Swap Technology Co., Ltd. and Kestrel Drivers' Cooperative";
    expect(relations("Second, a cooperation agreement was concluded between Heron Swap Technology Co., Ltd., a swap operator based in Nanning, and the Kestrel Drivers' Cooperative.")).toEqual(
      expect.arrayContaining([`Heron Swap Technology Co., Ltd. SIGNED ${agreement}`, `Kestrel Drivers' Cooperative SIGNED ${agreement}`]),
    );
  });
});

describe('the classes of the thirty-third session (7 December)', () => {
  it('marks one thing a phrase in small letters only describes ("the Processing station of …") as described only, not things counted over places', () => {
    const extraction = extract('Participants visited the Processing station of the Heron Coffee Cooperative. The Heron Coffee Cooperative later built coffee collection stations in three Lao provinces.');
    const described = extraction.entities.filter((entity) => extraction.describedOnly.includes(entity.id)).map((entity) => entity.name);
    expect(described).toEqual(['Processing station']);
  });
  it('takes the mark away once the text names the thing it described, by a name, an alias or a new name', () => {
    const text = 'Quality laboratory of the Heron Cooperative, called the Tern Laboratory.';
    const phrase = { sentence: readText(text)[0], name: 'Quality laboratory', type: EntityType.Platform, kind: 'LABORATORY', properties: {}, confidence: 0.65, reason: 'a phrase', form: 'phrase', describesOne: true, start: 0, end: 18 } as unknown as Mention;
    const described = () => {
      const registry = new EntityRegistry();
      return { registry, entity: registry.add({ ...phrase }, text)! };
    };
    const kept = described();
    expect(kept.registry.describedOnly()).toEqual([kept.entity.id]);
    const named = described();
    named.registry.add({ ...phrase, form: 'name', describesOne: undefined, start: 26, end: 42 }, text);
    expect(named.registry.describedOnly()).toEqual([]);
    const aliased = described();
    aliased.registry.addAlias(aliased.entity, { alias: 'Tern Laboratory', quote: text, span: { start: 56, end: 71 }, confidence: 0.9, reason: 'called' });
    expect(aliased.registry.describedOnly()).toEqual([]);
    const renamed = described();
    renamed.registry.rename(renamed.entity, 'Tern Laboratory', { start: 56, end: 71 }, text);
    expect(renamed.registry.describedOnly()).toEqual([]);
  });
  it('reads a passive relative clause after a main clause of its own ("Delegates visited X, which was founded by A") as said of the antecedent', () => {
    expect(relations('Delegates visited the Kestrel Laboratory of Soils, which was founded by the Tern University in 2020.')).toContain('Tern University ESTABLISHED Kestrel Laboratory of Soils');
    expect(relations('The Heron Academy visited the Kestrel Laboratory of Soils, which is funded by the Tern Foundation.')).toContain('Tern Foundation SUPPORTS Kestrel Laboratory of Soils');
    expect(relations('The Heron Academy opened the Kestrel Joint Laboratory, which will be jointly run by the Heron Academy and the Tern University.')).toEqual(
      expect.arrayContaining(['Heron Academy PARTICIPATES_IN Kestrel Joint Laboratory', 'Tern University PARTICIPATES_IN Kestrel Joint Laboratory']),
    );
  });
  it('reads those who develop together what no entity names ("co-developed a kit", "developed by A together with B") as cooperating, not those who merely develop', () => {
    expect(relations('The Heron Institute of Viruses and Kestrel AquaTech Inc. co-developed a field PCR kit.')).toContain('Heron Institute of Viruses COOPERATES_WITH Kestrel AquaTech Inc.');
    expect(relations('A field PCR kit co-developed by the Heron Institute of Viruses and Kestrel AquaTech Inc. went on sale.')).toContain('Heron Institute of Viruses COOPERATES_WITH Kestrel AquaTech Inc.');
    expect(relations('The coating was developed by Heron Membrane Co., Ltd. together with the Kestrel Institute of Water Treatment.')).toContain('Heron Membrane Co., Ltd. COOPERATES_WITH Kestrel Institute of Water Treatment');
    expect(relations('The Heron Institute of Viruses and Kestrel AquaTech Inc. will develop a kit.')).toEqual([]);
  });
  it('lists the members under a bullet heading ("New full members") as members of the network the text is about, not of one it named last in passing', () => {
    const text = 'The Heron Bamboo Alliance has admitted two new members. The Heron Bamboo Alliance works with the Kestrel Cooperation Network.\n\nNew full members\n- Tern Bamboo Cooperative\n- Osprey Bamboo Company Limited\n';
    expect(relations(text)).toEqual(expect.arrayContaining(['Tern Bamboo Cooperative MEMBER_OF Heron Bamboo Alliance', 'Osprey Bamboo Company Limited MEMBER_OF Heron Bamboo Alliance']));
    expect(relations(text).filter((relation) => relation.endsWith('MEMBER_OF Kestrel Cooperation Network'))).toEqual([]);
  });
  it('lists no place inside a bullet item as a member: not one in brackets after a name, nor one that says where the listed ones are', () => {
    const text = 'The Heron Bamboo Alliance has admitted new members.\n\nNew members\n- Chiang Rai Laminated Timber Works (Thailand)\n- Village bamboo groups in four districts of Houaphanh Province, Laos\n- Tern Bamboo Cooperative\n';
    const members = relations(text).filter((relation) => relation.includes(' MEMBER_OF '));
    expect(members).toContain('Tern Bamboo Cooperative MEMBER_OF Heron Bamboo Alliance');
    expect(members.filter((relation) => /^(?:Thailand|Laos|Houaphanh)/.test(relation))).toEqual([]);
  });
  it('reads no place off a genus named as biology names a species ("glued from Dendrocalamus asper", "Dendrocalamus species"), but one a word after it does not make a species', () => {
    expect(names('Engineers presented tests on beams glued from Dendrocalamus asper and from Gigantochloa species.')).toEqual([]);
    expect(names('The project ran in Sumbawa later this year.')).toEqual(['Sumbawa']);
  });
  it('reads no place off one word before a number ("the bus leaves from Building 7"): it designates one of many', () => {
    const programme = 'Host institution: Heron Institute of Building Technology\nVenue: Lecture Hall 2, Building 7, Heron Institute of Building Technology\n\n07:30 Field visit to the plant of Kestrel Culm Co., Ltd. (bus leaves from Building 7)\n';
    expect(names(programme).filter((name) => name === 'Building')).toEqual([]);
  });
  it('reads membership said in more ways: "admitted three new members: A, B and C", "signed up to the network", "is part of the network"', () => {
    expect(relations('The Heron Rice Network admitted three new members: Kestrel Farm Co., Ltd., the Tern Cooperative and Osprey Seeds.')).toEqual(
      expect.arrayContaining(['Kestrel Farm Co., Ltd. MEMBER_OF Heron Rice Network', 'Tern Cooperative MEMBER_OF Heron Rice Network', 'Osprey Seeds MEMBER_OF Heron Rice Network']),
    );
    expect(relations('Kestrel Farm Co., Ltd. signed up to the Heron Rice Network in May.')).toContain('Kestrel Farm Co., Ltd. MEMBER_OF Heron Rice Network');
    expect(relations('Kestrel Farm Co., Ltd. is part of the Heron Rice Network.')).toContain('Kestrel Farm Co., Ltd. MEMBER_OF Heron Rice Network');
    // Who joins a network is an organisation, a platform or a network, never a place.
    expect(relations('Village brigades in six Kestrel districts signed up to the Heron Fire Network as a group.').filter((relation) => relation.includes('MEMBER_OF'))).toEqual([]);
  });
  it('reads both places of a joint release\'s dateline ("KUNMING, China and SURABAYA, Indonesia, May 13, 2041"), each in its country', () => {
    const text = 'KUNMING, China and SURABAYA, Indonesia, May 13, 2041 /Heron Wire/ -- Heron Coffee Technology Co., Ltd. and PT Kestrel Kopi signed a licence.';
    expect(relations(text)).toEqual(expect.arrayContaining(['Kunming LOCATED_IN China', 'Surabaya LOCATED_IN Indonesia']));
  });
});

describe('the classes of the thirty-fourth session (8 December)', () => {
  it('proposes no group for kinds of organisation listed, none named, though a place follows the list ("laboratories, universities and hatchery companies in Cambodia")', () => {
    expect(names('The fund supports diagnostic laboratories, universities and hatchery companies in Kestrelia and Ternland.').filter((name) => /companies/i.test(name))).toEqual([]);
    expect(names('Membership is open to universities, research institutes, companies and public agencies in Kestrelia.').filter((name) => /agencies/i.test(name))).toEqual([]);
    // One kind said where it is stays a group; so do kinds listed "at home and abroad" (the seed's).
    expect(names('The project will share its methods with fisheries agencies in Kestrelia and Ternland.')).toContain('Fisheries agencies in Kestrelia and Ternland');
    expect(names('The Heron Department cooperated with universities and institutes at home and abroad.')).toContain('Universities and institutes at home and abroad');
  });
  it('places a province named with its kind in its country: "Dien Bien province of Vietnam", "A and B provinces of Laos", "A province, Thailand"', () => {
    expect(relations('The project covers Luang Namtha and Oudomxay provinces of Laos and Dien Bien province of Vietnam.')).toEqual(
      expect.arrayContaining(['Luang Namtha LOCATED_IN Laos', 'Oudomxay LOCATED_IN Laos', 'Dien Bien LOCATED_IN Vietnam']),
    );
    expect(relations('Field trials ran in Nakhon Si Thammarat province, Thailand.')).toContain('Nakhon Si Thammarat LOCATED_IN Thailand');
  });
  it('keeps a name whole over a plural\'s possessive when it opens a line ("- Batangas Spice Farmers\' Federation"), whatever the tagger makes of its first word', () => {
    const text = 'New members\n- Batangas Spice Farmers\' Federation, the Philippines\n- Kuching Pepper Exporters\' Association (Malaysia)\n';
    expect(names(text)).toEqual(expect.arrayContaining(["Batangas Spice Farmers' Federation", "Kuching Pepper Exporters' Association"]));
  });
  it('reads a Malay person\'s name over "binti" or "bin" ("Dr. Aminah binti Yusof, Heron Pepper Institute"): no word of it opens the organisation after the comma', () => {
    expect(names('10:00 Nurseries -- Dr. Aminah binti Yusof, Heron Pepper Nursery Institute (Malaysia)')).toEqual(['Heron Pepper Nursery Institute', 'Malaysia']);
  });
  it('reads "guild" as the head of an organisation\'s name ("Bangka Island White Pepper Guild")', () => {
    expect(names('09:00 Grading -- Ir. Hendra Wijaya, Heron Island White Pepper Guild (Indonesia)')).toContain('Heron Island White Pepper Guild');
  });
  it('places a platform "of" a country in it ("the Heron Peat Swamp Research Station of Thailand")', () => {
    expect(relations('The network admitted the Heron Peat Swamp Research Station of Thailand.')).toContain('Heron Peat Swamp Research Station LOCATED_IN Thailand');
  });
});

describe('the classes of the thirty-fifth session (8 December)', () => {
  it('reads a spaced hyphen as the dash between a talk\'s title and its speaker on a programme line', () => {
    const text = 'Heron Training Course on Binary Power\n\n14:00 Air-cooled condensers in the tropics - Engr. Jose Tan, Kestrel Power Engineering Corp. (Philippines)\n';
    expect(relations(text)).toContain('Kestrel Power Engineering Corp. ATTENDED Heron Training Course on Binary Power');
  });
  it('has an organisation attend when a sentence opens with its people presenting work ("Zhou Lanying, deputy director-general of A, described …") or opening the event', () => {
    const text =
      'The Heron Symposium on Seaweed Farming opened in Makassar on Monday. Zhou Lan, deputy director-general of the Kestrel Department of Marine Affairs, described the funding for seaweed biorefining. ' +
      'Engr. Ramon Castillo, vice-president for operations at Tern Geopower Corporation, described how his company cut scaling. ' +
      'Opening the symposium, Dr Siri Kaew, Vice-President for Research at Plover University, warned that the carbon is still counted with a ruler.';
    expect(relations(text)).toEqual(
      expect.arrayContaining(['Kestrel Department of Marine Affairs ATTENDED Heron Symposium on Seaweed Farming', 'Tern Geopower Corporation ATTENDED Heron Symposium on Seaweed Farming', 'Plover University ATTENDED Heron Symposium on Seaweed Farming']),
    );
    // An organisation that describes something itself, or people not the sentence's subject, say nothing of attendance.
    expect(relations('The Heron Symposium on Seaweed Farming opened in Makassar. The Kestrel Agency described the funding as generous.').filter((relation) => relation.includes('ATTENDED'))).toEqual([]);
  });
  it('reads a list of people\'s organisations over a place that says where the next is based ("Engineers from A and Hanoi-based B described …")', () => {
    const text = 'The Heron Symposium on Drilling opened in Bandung. Engineers from Kestrel Steamfield Corporation and Hanoi-based Tern Geothermal Joint Stock Company described field trials of drilling fluids.';
    expect(relations(text)).toEqual(expect.arrayContaining(['Kestrel Steamfield Corporation ATTENDED Heron Symposium on Drilling', 'Tern Geothermal Joint Stock Company ATTENDED Heron Symposium on Drilling']));
  });
  it('has those who win a prize at an event, or a place in its ranking, attend it; an award with no event in its sentence ranks or says nothing', () => {
    const text = 'The Heron Technology Expo 2030 opened in Kuching on Monday. A student team from Kestrel University won the top award at the Heron Technology Expo 2030. Second prize went to Tern Grid Analytics Co., Ltd. Plover Mycotech Co., Ltd. and Egret University shared third place.';
    expect(relations(text)).toEqual(
      expect.arrayContaining(['Kestrel University ATTENDED Heron Technology Expo 2030', 'Tern Grid Analytics Co., Ltd. ATTENDED Heron Technology Expo 2030', 'Plover Mycotech Co., Ltd. ATTENDED Heron Technology Expo 2030', 'Egret University ATTENDED Heron Technology Expo 2030']),
    );
    expect(relations('The Heron Technology Expo 2030 opened in Kuching in May. Kestrel University received an award for its drones.').filter((relation) => relation.includes('ATTENDED'))).toEqual([]);
  });
  it('reads "participating institutions", "attending companies" as those taking part ("Participating institutions included A and B")', () => {
    const text = 'The Heron Apiculture Forum 2030 was held in Nanning. Participating institutions included Kestrel University, the Tern Bee Institute and Plover Honey Co., Ltd.';
    expect(relations(text)).toEqual(
      expect.arrayContaining(['Kestrel University ATTENDED Heron Apiculture Forum 2030', 'Tern Bee Institute ATTENDED Heron Apiculture Forum 2030', 'Plover Honey Co., Ltd. ATTENDED Heron Apiculture Forum 2030']),
    );
  });
  it('has who runs an item of a programme after a comma ("…, chaired by A", "Case study: …, presented by B") attend the event, but not who hands out its certificates', () => {
    const text = 'Heron Training Course on Smart Fisheries\n\n14:00 Round table of national agencies, chaired by the Kestrel Agency for Fisheries (Indonesia)\nCase study: river sensors in three towns, presented by Tern Smart Water Co., Ltd. (Cambodia)\n16:00 Closing ceremony and certificates, presented by the Plover Fisheries Institute\n';
    const found = relations(text);
    expect(found).toEqual(expect.arrayContaining(['Kestrel Agency for Fisheries ATTENDED Heron Training Course on Smart Fisheries', 'Tern Smart Water Co., Ltd. ATTENDED Heron Training Course on Smart Fisheries']));
    expect(found).not.toContain('Plover Fisheries Institute ATTENDED Heron Training Course on Smart Fisheries');
  });
  it('runs no name across a run of spaces or a tab inside a line (the columns of a page\'s furniture: "… Region    Published: 2027-05-14")', () => {
    expect(names('Source: Information Office, Kestrel Department of Science and Technology    Published: 2027-05-14    Font size: L M S')).toContain('Kestrel Department of Science and Technology');
    expect(names('Source: Information Office, Kestrel Department of Science and Technology    Published: 2027-05-14').filter((name) => /Published/.test(name))).toEqual([]);
  });
  it('proposes a quoted slogan as a policy only when it says what to do ("go global"), not when it names a thing ("a permanent bridge") or a kind of one (\'"ice-ice" disease\')', () => {
    expect(names('The fund encouraged Kestrel companies to "go global" through the centre.')).toContain('go global');
    expect(names('The memorandum would give Kestrel researchers "a permanent bridge" to laboratories in Tern.').filter((name) => /bridge/.test(name))).toEqual([]);
    expect(names('Kestrel farmers still lose a third of their crop to "ice-ice" disease.').filter((name) => /ice/.test(name))).toEqual([]);
  });
  it('places a platform opened on an organisation\'s farm or field station where the site is ("on ISRI\'s experimental farm in Nam Phong", "outside Battambang"), but not the organisation, as a campus would', () => {
    const farm = relations('The Heron Cane Test Centre will be built on Plover Institute\'s experimental farm in Nam Phong district.');
    expect(farm).toContain('Heron Cane Test Centre LOCATED_IN Nam Phong');
    expect(farm).not.toContain('Plover Institute LOCATED_IN Nam Phong');
    expect(relations('Kestrel University opened the Heron Biochar Demonstration Station on Kestrel University\'s experimental farm outside Battambang.')).toContain('Heron Biochar Demonstration Station LOCATED_IN Battambang');
  });
  it('keeps the space after an acronym\'s possessive, which the tagger reads as "is" ("LVAU\'s Chenggong campus")', () => {
    const [sentence] = readText("The laboratory opened on LVAU's Chenggong campus.");
    const possessive = sentence.tokens.find((token) => token.text === "LVAU's")!;
    expect([possessive.post, sentence.tokens[possessive.index + 1].text]).toEqual([' ', 'Chenggong']);
  });
  it('places an organisation where what it is described as says ("a Kunming manufacturer, A", "B, the Zhanjiang-based maker of …", "C is a Surabaya-based supplier")', () => {
    expect(relations('The pupae come from a Kunming manufacturer, Kestrel Agro-Machinery Co., Ltd.')).toContain('Kestrel Agro-Machinery Co., Ltd. LOCATED_IN Kunming');
    expect(relations('Tern Radar Co., Ltd., the Zhanjiang-based maker of weather radars, joined the network.')).toContain('Tern Radar Co., Ltd. LOCATED_IN Zhanjiang');
    expect(relations('PT Plover Bambu Rekayasa is a Surabaya-based supplier of laminated bamboo.')).toContain('PT Plover Bambu Rekayasa LOCATED_IN Surabaya');
  });
  it('types a name by the head of its apposition, not by a class noun that only modifies it ("Legazpi, a port city on …" is a place)', () => {
    const found = extract('The Heron Warning Workshop was held in Kestrelpazi, a port city on the Pacific seaboard, in May.').entities;
    expect(found.find((entity) => entity.name === 'Kestrelpazi')?.type).toBe('Place');
  });
});
