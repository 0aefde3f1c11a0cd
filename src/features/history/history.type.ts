import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EntityType, RelationType } from '../../engine/model/model';
import type { ChangeStates } from '../../engine/changes/change-snapshots';
import { ListConnection } from '../entity/connection';

export enum ChangedItemKind {
  ENTITY = 'ENTITY',
  SOURCE = 'SOURCE',
  CONFLICT = 'CONFLICT',
  RELATIONSHIP = 'RELATIONSHIP',
}
registerEnumType(ChangedItemKind, { name: 'ChangedItemKind', description: 'What a change touched.' });

export enum ChangeAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
}
registerEnumType(ChangeAction, { name: 'ChangeAction' });

@ObjectType({ description: 'One entity, source, conflict or relationship as a change found it and as it left it.' })
export class ChangedItem {
  @Field(() => ChangedItemKind)
  kind!: ChangedItemKind;

  @Field(() => ID, { description: 'The entity, source or conflict id; for a relationship `from:TYPE:to`.' })
  id!: string;

  @Field(() => String, { nullable: true, description: "An entity's type or a relationship's type." })
  type!: string | null;

  @Field(() => ChangeAction)
  action!: ChangeAction;

  @Field(() => [String], { description: 'The properties whose value the change set, changed or removed (evidence included).' })
  changedProperties!: string[];

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Its properties before the change (dates as ISO 8601); null when the change created it.' })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Its properties after the change; null when the change deleted it.' })
  after!: Record<string, unknown> | null;
}

@ObjectType({ description: 'One recorded write: who, when, what, and everything it changed, before and after.' })
export class Change {
  @Field(() => ID, { description: 'The graph version the change made (as a string).' })
  id!: string;

  @Field(() => Int, { description: 'The graph version after this change; every change has the next one.' })
  version!: number;

  @Field({ description: 'When it committed (ISO 8601).' })
  at!: string;

  @Field({ description: 'Who made it: `api-key:<name>`, `jwt:<subject>`, `anonymous`, `seed` or `cli:<user>`.' })
  by!: string;

  @Field({ description: 'The operation: `createEntity`, `mergeEntities`, `importDocument`, `revertChange`, `retractSource`, `restore`, …' })
  operation!: string;

  @Field()
  summary!: string;

  @Field(() => [ID], { description: 'The entities it touched, the ends of relationships included.' })
  entityIds!: string[];

  @Field(() => [EntityType])
  entityTypes!: EntityType[];

  @Field(() => [RelationType])
  relationTypes!: RelationType[];

  @Field(() => [ID], { description: 'The sources it added or removed.' })
  sourceIds!: string[];

  @Field(() => ID, { nullable: true, description: 'For a revert: the change it undid.' })
  revertOf!: string | null;

  @Field(() => ID, { nullable: true, description: 'The change that undid this one, if any.' })
  revertedBy!: string | null;

  @Field({ description: 'False once reverted, for a restore, and for changes before the last restore (it started a new base).' })
  revertible!: boolean;

  /** The stored states, read by `items` only when asked for. */
  states?: ChangeStates;
}

export const ChangeConnection = ListConnection(Change, 'Change', 'A page of changes, newest first.');
