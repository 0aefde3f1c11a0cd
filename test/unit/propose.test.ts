import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config';
import { extract } from '../../src/propose/propose.extract';
import { matchName, NameMatch, nameKey, slug, wordsKey } from '../../src/propose/propose.names';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'proposer');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const entityNamed = (extraction: ReturnType<typeof extract>, name: string) => extraction.entities.find((entity) => entity.name === name);

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
  /** Whether the text's draft holds `from` -[type]-> `to` (by entity name), with every quote verbatim. */
  const draftOf = (text: string) => {
    const draft = extract(text);
    for (const relation of draft.relations) expect(text.slice(relation.span.start, relation.span.end)).toBe(relation.quote);
    const id = (name: string) => entityNamed(draft, name)?.id;
    const has = (from: string, type: string, to: string) => draft.relations.some((relation) => relation.from === id(from) && relation.type === type && relation.to === id(to));
    return { draft, has };
  };

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
