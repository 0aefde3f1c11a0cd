import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { RelationType } from '../../engine/model/model';
import type { EntityRecord } from '../entity/entity.record';
import { Evidence } from '../entity/entity.type';
import { ListConnection } from '../entity/connection';

export enum ConflictKind {
  PROPERTY = 'PROPERTY',
  RELATION = 'RELATION',
}

export enum ConflictStatus {
  OPEN = 'OPEN',
  SETTLED = 'SETTLED',
}

export enum ConflictSide {
  GRAPH = 'GRAPH',
  STATED = 'STATED',
}

registerEnumType(ConflictKind, {
  name: 'ConflictKind',
  description: 'What two sources state differently.',
  valuesConfig: {
    PROPERTY: { description: 'A property of an entity or relationship (a member count, a start date, an edition).' },
    RELATION: { description: 'The one entity a relationship may lead to, such as the place an event was HELD_IN.' },
  },
});
registerEnumType(ConflictStatus, { name: 'ConflictStatus', description: 'OPEN until a curator settles it.' });
registerEnumType(ConflictSide, {
  name: 'ConflictSide',
  description: 'Which value a settled conflict keeps.',
  valuesConfig: { GRAPH: { description: 'The value the graph held.' }, STATED: { description: 'The value the later source states.' } },
});

@ObjectType({ description: 'One side of a conflict: a value and the quote that states it.' })
export class ConflictClaim {
  @Field({ description: 'The value as text: a number, an ISO date, a string, or (for a relation) the id of the entity it leads to.' })
  value!: string;

  @Field(() => Evidence, { nullable: true, description: 'The quote stating the value and its source; null when the graph held the value without a quote.' })
  evidence!: Evidence | null;
}

@ObjectType({ description: 'A fact two sources state differently: the graph kept its value, and a curator chooses.' })
export class Conflict {
  @Field(() => ID)
  id!: string;

  @Field(() => ConflictKind)
  kind!: ConflictKind;

  @Field(() => ID, { description: 'The entity the conflict is about; for a relationship, its start entity.' })
  entityId!: string;

  /** Read with the conflict by `conflicts`' statement (null: removed since); else through the per-request entity loader. */
  entity?: EntityRecord | null;

  @Field(() => ID, { nullable: true, description: 'For a property of a relationship: its id (`from:TYPE:to`).' })
  relationshipId!: string | null;

  @Field(() => RelationType, { nullable: true, description: 'For a relation, or a property of a relationship: the relationship type.' })
  relationType!: RelationType | null;

  @Field(() => String, { nullable: true, description: 'For a property: its name.' })
  property!: string | null;

  @Field(() => ConflictClaim, { description: 'What the graph held when the conflicting source came in.' })
  graph!: ConflictClaim;

  @Field(() => ConflictClaim, { description: 'What the conflicting source states.' })
  stated!: ConflictClaim;

  @Field(() => ConflictStatus)
  status!: ConflictStatus;

  @Field({ description: 'When the import recorded it (ISO 8601).' })
  openedAt!: string;

  @Field({ description: 'Who ran that import.' })
  openedBy!: string;

  @Field(() => String, { nullable: true })
  settledAt!: string | null;

  @Field(() => String, { nullable: true })
  settledBy!: string | null;

  @Field(() => ConflictSide, { nullable: true, description: 'The value the settlement kept.' })
  kept!: ConflictSide | null;
}

export const ConflictConnection = ListConnection(Conflict, 'Conflict', 'A page of conflicts, oldest first.');
