/** The review page's state, shared by its parts. */
import { byId, graphql } from '../../assets/browser/page';
import type { Decisions, Draft, DraftEntity, DraftRelation, EntityDecision, RelationDecision } from './draft';

/** The types a curator may choose, from the service's model (/curate/model.json). */
export interface Model {
  entityTypes: string[];
  relationTypes: string[];
}

export interface Curation {
  draft: Draft | null;
  /** The text the draft was proposed from. */
  text: string;
  decisions: Decisions;
  /** The selected candidate's position in `candidates()`. */
  current: number;
  model: Model | null;
}

/** The state while a draft is under review. */
export type Reviewing = Curation & { draft: Draft; model: Model };

export type Candidate = { item: DraftEntity; decision: EntityDecision; row: string } | { item: DraftRelation; decision: RelationDecision; row: string };

/** Every candidate in review order, the entities then the relationships; `row` is its table row's id. */
export function candidates({ draft, decisions }: Reviewing): Candidate[] {
  return [
    ...draft.entities.map((entity): Candidate => ({ item: entity, decision: decisions.entities[entity.id], row: `entity-${entity.id}` })),
    ...draft.relations.map((relation, index): Candidate => ({ item: relation, decision: decisions.relations[index], row: `relation-${index}` })),
  ];
}

export function decisionText(decision: { accepted?: boolean }): 'accepted' | 'rejected' | 'undecided' {
  return decision.accepted === true ? 'accepted' : decision.accepted === false ? 'rejected' : 'undecided';
}

/** An entity's name as the curator left it. */
export function entityName({ draft, decisions }: Reviewing, id: string): string {
  return decisions.entities[id]?.name || draft.entities.find((entity) => entity.id === id)?.name || id;
}

export function status(text: string): void {
  byId('status').textContent = text;
}

/** A field's value, by the field's id. */
export function field(id: string): string {
  return byId<HTMLInputElement>(id).value;
}

/** The API, with the editor's key (the page's key field). */
export function editorGraphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  return graphql<T>(query, variables, { apiKey: field('api-key') });
}
