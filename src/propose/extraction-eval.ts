import type { CuratedDocument } from '../document/document.format';
import { LinkStatus } from './propose.model';
import type { DocumentDraft } from './propose.service';
import { nameKey, wordsKey } from './propose.names';

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

/** Proposed id → curated id, for the proposals that match a curated entity. */
export function matchEntities(draft: DocumentDraft, curated: CuratedDocument): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const entity of curated.entities) for (const key of keysOf([entity.name, ...entity.aliases])) if (!byKey.has(key)) byKey.set(key, entity.id);
  const matched = new Map<string, string>();
  for (const entity of draft.entities) {
    const id = keysOf([entity.name, ...entity.aliases.map((alias) => alias.alias)]).map((key) => byKey.get(key)).find(Boolean);
    if (id) matched.set(entity.id, id);
  }
  return matched;
}

export function scoreDraft(draft: DocumentDraft, curated: CuratedDocument, text: string): ExtractionScore {
  const matched = matchEntities(draft, curated);
  const found = new Set(matched.values());
  const curatedTypes = new Map(curated.entities.map((entity) => [entity.id, entity.type]));
  const typedRight = draft.entities.filter((entity) => matched.has(entity.id) && curatedTypes.get(matched.get(entity.id)!) === entity.type).length;
  const curatedRelations = new Set(curated.relations.map((relation) => `${relation.from} ${relation.type} ${relation.to}`));
  const foundRelations = new Set<string>();
  const extraRelations: string[] = [];
  let matchedRelations = 0;
  for (const relation of draft.relations) {
    const key = `${matched.get(relation.from)} ${relation.type} ${matched.get(relation.to)}`;
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
