/** From the curator's decisions to what is imported: "Accept all confident", and the import document. */
import type { Decisions, Draft, DraftEntity, DraftRelation, DraftSource, EntityDecision } from './draft';

/**
 * The confidence a new entity or a relationship needs for "Accept all confident": the proposer gives
 * 0.7 and more to names with a telling head or suffix and to relationships a finite verb states, less
 * to its guesses (fields read inside names, infinitives, phrases, bare capitalised names).
 */
export const CONFIDENT = 0.7;

/** Not yet accepted or rejected by the curator. */
const undecided = (decision: { accepted?: boolean } | undefined) => !decision || decision.accepted === undefined;

/** What the helpers read of a draft. */
type DraftParts = Pick<Draft, 'entities' | 'relations'>;

/**
 * What "Accept all confident" accepts among the undecided candidates: the entities the graph already
 * holds (an ambiguous name once the curator chose its entity), new entities of at least CONFIDENT,
 * and relationships of at least CONFIDENT whose ends are both accepted, counting the entities this
 * accepts. The curator's own decisions stand.
 */
export function confidentCandidates(draft: DraftParts, decisions: Decisions): { entities: string[]; relations: number[] } {
  const known = (entity: DraftEntity) => entity.status === 'LINKED' || (entity.status === 'AMBIGUOUS' && !!decisions.entities[entity.id]?.chosenId);
  const entities = draft.entities
    .filter((entity) => undecided(decisions.entities[entity.id]) && (known(entity) || (entity.status === 'NEW' && entity.confidence >= CONFIDENT)))
    .map((entity) => entity.id);
  const accepted = new Set([...entities, ...draft.entities.filter((entity) => decisions.entities[entity.id]?.accepted === true).map((entity) => entity.id)]);
  const relations: number[] = [];
  draft.relations.forEach((relation, index) => {
    if (undecided(decisions.relations[index]) && relation.confidence >= CONFIDENT && accepted.has(relation.from) && accepted.has(relation.to)) relations.push(index);
  });
  return { entities, relations };
}

/** The entity as the curator decided: an ambiguous one takes the chosen graph entity's id, type, kind and name. */
function decidedEntity(entity: DraftEntity, decision: EntityDecision) {
  const chosen = decision.chosenId ? entity.options.find((option) => option.id === decision.chosenId) : undefined;
  if (chosen) return { id: chosen.id, type: chosen.type, kind: chosen.kind, name: chosen.name };
  return { id: entity.id, type: decision.type || entity.type, kind: decision.kind || entity.kind, name: decision.name || entity.name };
}

const withProperties = (properties: Record<string, unknown> | null) => (Object.keys(properties ?? {}).length > 0 ? { properties } : {});

/** The accepted entities, each once, and each draft id's final id (a chosen entity's, for an ambiguous name). */
function acceptedEntities(draft: DraftParts, decisions: Decisions) {
  const finalIds = new Map<string, string>();
  const entities: (ReturnType<typeof decidedEntity> & { aliases: string[]; properties?: Record<string, unknown> | null; evidence: { quote: string }[] })[] = [];
  for (const entity of draft.entities) {
    const decision = decisions.entities[entity.id] ?? {};
    if (decision.accepted !== true) continue;
    const decided = decidedEntity(entity, decision);
    finalIds.set(entity.id, decided.id);
    if (entities.some((other) => other.id === decided.id)) continue;
    const quotes = [...new Set([...entity.quotes, ...entity.aliases.map((alias) => alias.quote)])];
    entities.push({
      ...decided,
      aliases: entity.aliases.map((alias) => alias.alias).filter((alias) => alias !== decided.name),
      ...withProperties(entity.properties),
      evidence: quotes.map((quote) => ({ quote })),
    });
  }
  return { entities, finalIds };
}

/** The accepted relationships between accepted ends, each once. */
function acceptedRelations(relations: DraftRelation[], decisions: Decisions, finalIds: Map<string, string>) {
  const seen = new Set<string>();
  const accepted: { type: string; from: string; to: string; properties?: Record<string, unknown> | null; evidence: { quote: string }[] }[] = [];
  relations.forEach((relation, index) => {
    const decision = decisions.relations[index] ?? {};
    const from = finalIds.get(relation.from);
    const to = finalIds.get(relation.to);
    const type = decision.type || relation.type;
    const key = `${from} ${type} ${to}`;
    if (decision.accepted !== true || !from || !to || from === to || seen.has(key)) return;
    seen.add(key);
    accepted.push({ type, from, to, ...withProperties(relation.properties), evidence: [{ quote: relation.quote }] });
  });
  return accepted;
}

/**
 * The import document (as a plain object; JSON is YAML) from the draft, the source fields and the
 * decisions. Only accepted candidates go in; relationships whose ends were not both accepted are left out.
 */
export function buildDocument(draft: DraftParts, source: DraftSource, decisions: Decisions) {
  const { entities, finalIds } = acceptedEntities(draft, decisions);
  const relations = acceptedRelations(draft.relations, decisions, finalIds);
  const { url, ...rest } = source;
  return { source: { ...rest, ...(url ? { url } : {}) }, entities, relations };
}
