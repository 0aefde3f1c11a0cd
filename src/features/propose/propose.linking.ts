import { luceneAllWords } from '../../engine/db/lucene';
import { isEntityType, type EntityType } from '../../engine/model/model';
import { countryNamed } from './propose.gazetteer';
import type { ProposedEntity } from './propose.model';
import { contentWords, matchName, NameMatch, nameKey } from './propose.names';
import type { NameQuery, ProposerGraph } from './propose.repository';

/**
 * Entity linking: which of the graph's entities a name stands for, by its name, aliases and variants
 * (case, punctuation, "the", a legal suffix, word order, an acronym spelt out, a country left off).
 * The proposer links a text's names with it, `ask` a question's.
 */

/** An entity of the graph a mention may name, and how its name matched. */
export interface ExistingOption {
  id: string;
  name: string;
  type: EntityType;
  kind: string;
  matchedBy: NameMatch;
}

/** An entity whose names hold every content word of a lookup; `matchedBy` is undefined when no variant rule matches. */
export interface NameCandidate {
  id: string;
  name: string;
  type: EntityType;
  kind: string;
  names: string[];
  matchedBy: NameMatch | undefined;
  /** Where the graph says it is (the names of what it is LOCATED_IN). */
  places: string[];
}

export const MATCH_RANK: Record<NameMatch, number> = { [NameMatch.EXACT]: 0, [NameMatch.VARIANT]: 1, [NameMatch.REORDERED]: 2 };

/**
 * A form of a name to look up in the graph: the name itself; it with an acronym spelt out ("CATTC Bangkok
 * Innovation Center" → "China-ASEAN Technology Transfer Center Bangkok Innovation Center"); or it without a
 * trailing country, which then must be where the graph's entity is ("Ministry of Science and Technology of
 * China" is the graph's "Ministry of Science and Technology" located in China).
 */
export interface NameLookup {
  name: string;
  lookup: string;
  locatedIn: string | null;
}

const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]+(?![\p{L}\p{N}])/gu;

export function lookupsOf(name: string, expansions: Map<string, string>): NameLookup[] {
  const lookups: NameLookup[] = [{ name, lookup: name, locatedIn: null }];
  const spelt = name.replace(ACRONYM, (acronym) => expansions.get(acronym) ?? acronym);
  if (spelt !== name) lookups.push({ name, lookup: spelt, locatedIn: null });
  const of = name.lastIndexOf(' of ');
  const country = of > 0 ? countryNamed(name.slice(of + 4)) : undefined;
  if (country) lookups.push({ name, lookup: name.slice(0, of), locatedIn: country.name });
  return lookups;
}

/** Each acronym the names use that names one entity: of the draft (defined in the text) or of the graph (a known alias). */
export async function acronymExpansions(graph: ProposerGraph, entities: ProposedEntity[], names: string[]): Promise<Map<string, string>> {
  const expansions = new Map<string, string>();
  for (const entity of entities) for (const { alias } of entity.aliases) if (new RegExp(`^${ACRONYM.source}$`, 'u').test(alias)) expansions.set(alias, entity.name);
  const acronyms = [...new Set(names.flatMap((name) => name.match(ACRONYM) ?? []))].filter((acronym) => !expansions.has(acronym));
  const rows = acronyms.length > 0 ? await graph.entitiesWithAlias(acronyms) : [];
  for (const row of rows) if (row.names.length === 1) expansions.set(row.acronym, row.names[0]);
  return expansions;
}

/** The graph's entities whose names hold every content word of each name (by name), with the best variant rule each matches. */
export async function nameCandidates(graph: ProposerGraph, lookups: NameLookup[]): Promise<Map<string, NameCandidate[]>> {
  const queries = lookups.flatMap((item): NameQuery[] => {
    const lucene = luceneAllWords(contentWords(item.lookup));
    return lucene === undefined ? [] : [{ ...item, lucene }];
  });
  const rows = queries.length > 0 ? await graph.entitiesWithWords(queries) : [];
  const byName = new Map<string, NameCandidate[]>();
  for (const row of rows) {
    if (!isEntityType(row.type)) continue;
    if (row.locatedIn !== null && !row.places.some((place) => nameKey(place) === nameKey(row.locatedIn!))) continue;
    const best = [row.entityName, ...row.aliases]
      .map((known) => matchName(row.lookup, known))
      .filter((match): match is NameMatch => match !== undefined)
      .sort((a, b) => MATCH_RANK[a] - MATCH_RANK[b])[0];
    const candidates = byName.get(row.name) ?? [];
    const held = candidates.find((candidate) => candidate.id === row.id);
    if (!held) candidates.push({ id: row.id, name: row.entityName, type: row.type, kind: row.kind, names: [row.entityName, ...row.aliases], matchedBy: best, places: row.places });
    else if (best && (!held.matchedBy || MATCH_RANK[best] < MATCH_RANK[held.matchedBy])) held.matchedBy = best;
    byName.set(row.name, candidates);
  }
  return byName;
}

/** The graph's entities each name may stand for, by the variant rules (case, punctuation, "the", legal suffix, order). */
export async function existingMatches(graph: ProposerGraph, lookups: NameLookup[]): Promise<Map<string, PlacedOption[]>> {
  const matches = new Map<string, PlacedOption[]>();
  for (const [name, candidates] of await nameCandidates(graph, lookups)) {
    const options = candidates.flatMap(({ id, name: entityName, type, kind, matchedBy, places }) => (matchedBy ? [{ id, name: entityName, type, kind, matchedBy, places }] : []));
    if (options.length > 0) matches.set(name, options);
  }
  return matches;
}

/** An option with where the graph says it is, to check against where the text puts the name. */
export type PlacedOption = ExistingOption & { places: string[] };

/** Whether the graph's `places` for an entity are in another country than `stated` ("Vietnam's Ministry of …" is not China's). */
function inAnotherCountry(places: string[], stated: string | undefined): boolean {
  const countries = places.filter((place) => countryNamed(place) !== undefined);
  return stated !== undefined && countries.length > 0 && !countries.some((country) => nameKey(country) === nameKey(stated));
}

/**
 * The best options over all of an entity's names, none in another country than the text puts the entity in (`statedIn`);
 * several at the best level make it ambiguous.
 */
export function bestOptions(names: string[], matches: Map<string, PlacedOption[]>, statedIn?: string): ExistingOption[] {
  const byId = new Map<string, ExistingOption>();
  for (const { places, ...option } of names.flatMap((name) => matches.get(name) ?? [])) {
    if (inAnotherCountry(places, statedIn)) continue;
    const held = byId.get(option.id);
    if (!held || MATCH_RANK[option.matchedBy] < MATCH_RANK[held.matchedBy]) byId.set(option.id, option);
  }
  return [...byId.values()].sort((a, b) => MATCH_RANK[a.matchedBy] - MATCH_RANK[b.matchedBy] || a.id.localeCompare(b.id));
}
