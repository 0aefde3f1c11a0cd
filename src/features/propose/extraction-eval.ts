import type { CuratedDocument } from '../../engine/documents/document.format';
import { EntityType, RelationType, SYMMETRIC_RELATION_TYPES } from '../../engine/model/model';
import { FAILURE_CLASSES, relationKey, type FailureClass, type FailureClassTags } from './extraction-corpus';
import { LinkStatus } from './propose.model';
import type { DocumentDraft, DraftEntity } from './propose.service';
import { nameKey, wordsKey } from './propose.names';
import { readText } from './propose.text';

/**
 * How a draft compares with a curated document of the same text. A proposed entity matches a curated
 * one when a name or alias of each has the same name key or the same words (the variant rules of
 * linking); a proposed relationship matches when its type is the same and both ends match.
 */
export interface ExtractionScore {
  entities: { proposed: number; curated: number; matched: number; found: number; typedRight: number; recall: number; precision: number };
  relations: { proposed: number; curated: number; matched: number; found: number; recall: number; precision: number };
  quotes: { total: number; verbatim: number };
  missedEntities: string[];
  extraEntities: string[];
  missedRelations: string[];
  extraRelations: string[];
}

const keysOf = (names: string[]) => names.flatMap((name) => [nameKey(name), wordsKey(name)]).filter((key): key is string => !!key);

/** A curated document's entity ids by the keys of their names and aliases. */
function curatedIdsByKey(curated: CuratedDocument): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const entity of curated.entities) for (const key of keysOf([entity.name, ...entity.aliases])) if (!byKey.has(key)) byKey.set(key, entity.id);
  return byKey;
}

const curatedIdNamed = (byKey: Map<string, string>, names: string[]) => keysOf(names).map((key) => byKey.get(key)).find(Boolean);

/** Whether two quotes share a stretch of text: the same sentence, quoted wider or narrower. */
function overlap(one: string, other: string, length = 25): boolean {
  const [shorter, longer] = one.length <= other.length ? [one, other] : [other, one];
  if (shorter.length < length) return longer.includes(shorter);
  for (let at = 0; at + length <= shorter.length; at += 5) if (longer.includes(shorter.slice(at, at + length))) return true;
  return false;
}

/**
 * Proposed id → curated id, for the proposals that match a curated entity. With the text, an agreement the text never
 * names (the proposer names it after its parties, the curator as they see fit) matches the one unnamed curated
 * agreement whose evidence quotes the same words: its name is nobody's but the reader's.
 */
export function matchEntities(draft: DocumentDraft, curated: CuratedDocument, text?: string): Map<string, string> {
  const byKey = curatedIdsByKey(curated);
  const matched = new Map<string, string>();
  for (const entity of draft.entities) {
    const id = curatedIdNamed(byKey, [entity.name, ...entity.aliases.map((alias) => alias.alias)]);
    if (id) matched.set(entity.id, id);
  }
  if (text === undefined) return matched;
  const unnamed = (name: string) => !text.toLowerCase().includes(name.toLowerCase());
  const taken = new Set(matched.values());
  const open = curated.entities.filter((entity) => entity.type === EntityType.Agreement && !taken.has(entity.id) && unnamed(entity.name));
  for (const entity of draft.entities.filter((candidate) => candidate.type === EntityType.Agreement && !matched.has(candidate.id) && unnamed(candidate.name))) {
    const same = open.filter((agreement) => !taken.has(agreement.id) && agreement.evidence.some((evidence) => entity.quotes.some((quote) => overlap(quote, evidence.quote))));
    if (same.length !== 1) continue;
    matched.set(entity.id, same[0].id);
    taken.add(same[0].id);
  }
  return matched;
}

/** A relationship's keys: as proposed, and reversed when its type means the same either way (COOPERATES_WITH). */
function bothWays(relation: { from: string; type: RelationType; to: string }): string[] {
  const keys = [relationKey(relation)];
  if (SYMMETRIC_RELATION_TYPES.has(relation.type)) keys.push(relationKey({ from: relation.to, type: relation.type, to: relation.from }));
  return keys;
}

export function scoreDraft(draft: DocumentDraft, curated: CuratedDocument, text: string): ExtractionScore {
  const matched = matchEntities(draft, curated, text);
  const found = new Set(matched.values());
  const curatedTypes = new Map(curated.entities.map((entity) => [entity.id, entity.type]));
  const typedRight = draft.entities.filter((entity) => matched.has(entity.id) && curatedTypes.get(matched.get(entity.id)!) === entity.type).length;
  const curatedRelations = new Set(curated.relations.map((relation) => `${relation.from} ${relation.type} ${relation.to}`));
  const foundRelations = new Set<string>();
  const extraRelations: string[] = [];
  let matchedRelations = 0;
  for (const relation of draft.relations) {
    const key = bothWays({ from: matched.get(relation.from) ?? '', type: relation.type, to: matched.get(relation.to) ?? '' }).find((either) => curatedRelations.has(either)) ?? '';
    if (curatedRelations.has(key)) {
      matchedRelations += 1;
      foundRelations.add(key);
    } else extraRelations.push(`${relation.from} ${relation.type} ${relation.to}`);
  }
  const quotes = [...draft.entities.flatMap((entity) => [...entity.quotes, ...entity.aliases.map((alias) => alias.quote)]), ...draft.relations.map((relation) => relation.quote)];
  const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  return {
    entities: {
      proposed: draft.entities.length,
      curated: curated.entities.length,
      matched: matched.size,
      found: found.size,
      typedRight,
      recall: ratio(found.size, curated.entities.length),
      precision: ratio(matched.size, draft.entities.length),
    },
    relations: {
      proposed: draft.relations.length,
      curated: curatedRelations.size,
      matched: matchedRelations,
      found: foundRelations.size,
      recall: ratio(foundRelations.size, curatedRelations.size),
      precision: ratio(matchedRelations, draft.relations.length),
    },
    quotes: { total: quotes.length, verbatim: quotes.filter((quote) => text.includes(quote)).length },
    missedEntities: curated.entities.filter((entity) => !found.has(entity.id)).map((entity) => `${entity.name} (${entity.type})`),
    extraEntities: draft.entities.filter((entity) => !matched.has(entity.id)).map((entity) => `${entity.name} (${entity.type})`),
    missedRelations: [...curatedRelations].filter((key) => !foundRelations.has(key)),
    extraRelations,
  };
}

/** Against a graph that holds the curated document: every proposal that names a curated entity should link to it. */
export interface LinkingScore {
  mentionsOfExisting: number;
  linkedRight: number;
  linkedWrong: string[];
  notLinked: string[];
  /** New proposals whose names match an entity the graph has: duplicates the import would create. */
  duplicates: string[];
}

export function scoreLinking(draft: DocumentDraft, curated: CuratedDocument): LinkingScore {
  const matched = matchEntities(draft, curated);
  const score: LinkingScore = { mentionsOfExisting: 0, linkedRight: 0, linkedWrong: [], notLinked: [], duplicates: [] };
  for (const entity of draft.entities) {
    const expected = matched.get(entity.id);
    if (!expected) continue;
    score.mentionsOfExisting += 1;
    if (entity.status === LinkStatus.LINKED && entity.id === expected) score.linkedRight += 1;
    else if (entity.status === LinkStatus.LINKED) score.linkedWrong.push(`${entity.name} → ${entity.id}, expected ${expected}`);
    else score.notLinked.push(`${entity.name} (${entity.status}), expected ${expected}`);
    if (entity.status === LinkStatus.NEW) score.duplicates.push(`${entity.name} duplicates ${expected}`);
  }
  return score;
}

/** A count of items found out of those curated. */
export interface Tally {
  found: number;
  total: number;
}

/** The role facts the corpus reports one by one: who or what fills which part of an event, agreement or place. */
export const ROLE_RELATIONS: ReadonlyArray<{ role: string; types: RelationType[] }> = [
  { role: 'venue (HELD_IN)', types: [RelationType.HELD_IN] },
  { role: 'host (HOSTED)', types: [RelationType.HOSTED] },
  { role: 'organiser (ORGANIZED)', types: [RelationType.ORGANIZED] },
  { role: 'participant (ATTENDED)', types: [RelationType.ATTENDED] },
  { role: 'signatory (SIGNED)', types: [RelationType.SIGNED] },
  { role: 'member (MEMBER_OF)', types: [RelationType.MEMBER_OF] },
  { role: 'partner (COOPERATES_WITH, PARTICIPATES_IN)', types: [RelationType.COOPERATES_WITH, RelationType.PARTICIPATES_IN] },
  { role: 'location (LOCATED_IN)', types: [RelationType.LOCATED_IN] },
];

/**
 * One corpus document's draft, proposed against the seeded graph, compared with its curated graph: the
 * mentions of graph entities must link to them (by id), the new entities must be proposed (by name, as
 * `matchEntities` decides), and nothing else should be proposed as new.
 */
export interface CorpusScore {
  documents: number;
  knownLinks: Tally;
  /** Proposals linked to a graph entity from a mention the document curates as another entity (a new one, or another of the graph's). */
  wrongLinks: string[];
  /** Proposals linked to a graph entity the curated document does not record, e.g. "China" read off "Chinese". */
  extraLinks: string[];
  newEntities: Tally;
  /** New or ambiguous proposals that match no curated entity. */
  spurious: string[];
  /** The most spurious proposals in one document. */
  spuriousMax: number;
  relations: Tally;
  /** Proposed relationships that are curated ones (either way round for a symmetric type). */
  relationPrecision: Tally;
  roles: Record<string, Tally>;
  /**
   * The role facts missed, by how many of their ends the proposal found: with both, the reading of the sentence
   * failed; with one or none, finding or linking the entities did first.
   */
  roleMisses: Record<RoleMissCause, number>;
  /**
   * Of the role facts missed with both ends found, those whose ends the proposal finds in one sentence (a reader of
   * sentences could relate them) and those it finds only apart (only a reading across sentences could).
   */
  bothEndsMissed: { together: number; apart: number };
  quotes: Tally;
  classes: Record<FailureClass, Tally>;
  missedLinks: string[];
  missedEntities: string[];
  missedRelations: string[];
  /** Proposed relationships no curated one matches, named by curated id where the end is curated, else by draft name. */
  extraRelations: string[];
}

/** Why a role fact was missed, told by its ends: both found (the frame was not read), one, or none. */
export const ROLE_MISS_CAUSES = ['both ends found', 'one end found', 'no end found'] as const;
export type RoleMissCause = (typeof ROLE_MISS_CAUSES)[number];

const emptyTally = (): Tally => ({ found: 0, total: 0 });
const addTally = (into: Tally, found: boolean) => {
  into.total += 1;
  if (found) into.found += 1;
};

export function emptyCorpusScore(): CorpusScore {
  return {
    documents: 0,
    knownLinks: emptyTally(),
    wrongLinks: [],
    extraLinks: [],
    newEntities: emptyTally(),
    spurious: [],
    spuriousMax: 0,
    relations: emptyTally(),
    relationPrecision: emptyTally(),
    roles: Object.fromEntries(ROLE_RELATIONS.map(({ role }) => [role, emptyTally()])),
    roleMisses: Object.fromEntries(ROLE_MISS_CAUSES.map((cause) => [cause, 0])) as Record<RoleMissCause, number>,
    bothEndsMissed: { together: 0, apart: 0 },
    quotes: emptyTally(),
    classes: Object.fromEntries(FAILURE_CLASSES.map((name) => [name, emptyTally()])) as Record<FailureClass, Tally>,
    missedLinks: [],
    missedEntities: [],
    missedRelations: [],
    extraRelations: [],
  };
}

/** Scores one document and adds it to `into` (a set's running total); `graphIds` are the seeded graph's entity ids. */
/** The sentences (by index) in which the draft names each curated entity, or refers to it ("the centre": a reference leaves its clause as a quote, not a mention). */
function sentencesNaming(draft: DocumentDraft, curatedIds: Map<string, string | undefined>, text: string): Map<string, Set<number>> {
  const sentences = readText(text);
  const sentenceAt = (offset: number) => sentences.findIndex((sentence) => offset < sentence.end);
  const naming = new Map<string, Set<number>>();
  for (const entity of draft.entities) {
    const curatedId = curatedIds.get(entity.id);
    if (curatedId === undefined) continue;
    const named = naming.get(curatedId) ?? new Set<number>();
    for (const span of entity.mentions) named.add(sentenceAt(span.start));
    for (const at of entity.quotes.map((quote) => text.indexOf(quote))) if (at >= 0) named.add(sentenceAt(at));
    naming.set(curatedId, named);
  }
  return naming;
}

export function addCorpusDocument(into: CorpusScore, draft: DocumentDraft, curated: CuratedDocument, tags: FailureClassTags, graphIds: Set<string>, text: string): void {
  const byName = matchEntities(draft, curated, text);
  // A linked proposal stands for the graph entity it links to, whatever its name; a new one for the curated entity its name matches.
  const curatedIdOf = (entity: DraftEntity) => (entity.status === LinkStatus.LINKED ? entity.id : byName.get(entity.id));
  const draftIds = new Map(draft.entities.map((entity) => [entity.id, curatedIdOf(entity)]));
  const knownIds = new Set(curated.entities.filter((entity) => graphIds.has(entity.id)).map((entity) => entity.id));
  const linkedIds = new Set(draft.entities.filter((entity) => entity.status === LinkStatus.LINKED).map((entity) => entity.id));
  const proposedIds = new Set(draftIds.values());
  const foundEntities = new Set<string>();
  for (const entity of curated.entities) {
    const found = knownIds.has(entity.id) ? linkedIds.has(entity.id) : proposedIds.has(entity.id);
    addTally(knownIds.has(entity.id) ? into.knownLinks : into.newEntities, found);
    if (found) foundEntities.add(entity.id);
    else (knownIds.has(entity.id) ? into.missedLinks : into.missedEntities).push(`${entity.name} (${entity.id})`);
  }
  const label = (entity: DraftEntity) => `${entity.name} (${entity.type}) in ${curated.source.file}`;
  // A linked proposal carries the graph's name, so what the text called it is read from its mentions.
  const byKey = curatedIdsByKey(curated);
  for (const entity of draft.entities.filter((candidate) => candidate.status === LinkStatus.LINKED && !knownIds.has(candidate.id))) {
    const written = entity.mentions.map((span) => text.slice(span.start, span.end));
    const curatedAs = curatedIdNamed(byKey, [entity.name, ...entity.aliases.map((alias) => alias.alias), ...written]);
    const linkText = `${[...new Set(written)].map((name) => `"${name}"`).join(', ') || entity.name} in ${curated.source.file} → ${entity.id}`;
    if (curatedAs) into.wrongLinks.push(`${linkText}, curated as ${curatedAs}`);
    else into.extraLinks.push(linkText);
  }
  // A mention merged into a graph entity the document does name, though its words name another curated entity
  // ("Mindoro State University …" linked to philippines), is a wrong link too.
  for (const entity of draft.entities.filter((candidate) => candidate.status === LinkStatus.LINKED && knownIds.has(candidate.id))) {
    for (const written of new Set(entity.mentions.map((span) => text.slice(span.start, span.end)))) {
      const curatedAs = curatedIdNamed(byKey, [written]);
      if (curatedAs && curatedAs !== entity.id) into.wrongLinks.push(`"${written}" in ${curated.source.file} → ${entity.id}, curated as ${curatedAs}`);
    }
  }
  const spurious = draft.entities.filter((entity) => entity.status !== LinkStatus.LINKED && curatedIdOf(entity) === undefined);
  into.spurious.push(...spurious.map(label));
  into.spuriousMax = Math.max(into.spuriousMax, spurious.length);
  const sentencesOf = sentencesNaming(draft, draftIds, text);
  const proposedKeys = new Set(draft.relations.flatMap((relation) => bothWays({ from: draftIds.get(relation.from) ?? '', type: relation.type, to: draftIds.get(relation.to) ?? '' })));
  const foundRelations = new Set<string>();
  for (const relation of curated.relations) {
    const key = relationKey(relation);
    const found = proposedKeys.has(key);
    addTally(into.relations, found);
    const role = ROLE_RELATIONS.find(({ types }) => types.includes(relation.type));
    if (role) addTally(into.roles[role.role], found);
    const endsFound = [relation.from, relation.to].filter((end) => foundEntities.has(end)).length;
    if (role && !found) into.roleMisses[ROLE_MISS_CAUSES[2 - endsFound]] += 1;
    if (role && !found && endsFound === 2) into.bothEndsMissed[[...(sentencesOf.get(relation.from) ?? [])].some((sentence) => sentencesOf.get(relation.to)?.has(sentence)) ? 'together' : 'apart'] += 1;
    if (found) foundRelations.add(key);
    else into.missedRelations.push(`${key} (${curated.source.file})`);
  }
  const curatedKeys = new Set(curated.relations.map(relationKey));
  const draftNames = new Map(draft.entities.map((entity) => [entity.id, entity.name]));
  const endName = (id: string) => draftIds.get(id) ?? `"${draftNames.get(id) ?? id}"`;
  for (const relation of draft.relations) {
    const curatedOne = bothWays({ from: draftIds.get(relation.from) ?? '', type: relation.type, to: draftIds.get(relation.to) ?? '' }).some((key) => curatedKeys.has(key));
    addTally(into.relationPrecision, curatedOne);
    if (!curatedOne) into.extraRelations.push(`${endName(relation.from)} ${relation.type} ${endName(relation.to)} (${curated.source.file})`);
  }
  for (const [tagged, found] of [
    [tags.entities, foundEntities],
    [tags.relations, foundRelations],
  ] as const) {
    for (const [key, classes] of tagged) for (const name of classes) addTally(into.classes[name], found.has(key));
  }
  const quotes = [...draft.entities.flatMap((entity) => [...entity.quotes, ...entity.aliases.map((alias) => alias.quote)]), ...draft.relations.map((relation) => relation.quote)];
  for (const quote of quotes) addTally(into.quotes, text.includes(quote));
  into.documents += 1;
}
