import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ENTITY_MAX_AGE } from '../../platform/graphql/cache-control';
import { Evidence, Node } from '../entity/entity.type';
import { EntityType } from '../../engine/model/model';
import { MatrixDimension } from './analytics.repository';

registerEnumType(MatrixDimension, { name: 'MatrixDimension', description: 'What the rows and columns of a collaboration matrix are.' });

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'A count for one key (a type, a kind, a relationship type).' })
export class CountBucket {
  @Field()
  key!: string;

  @Field(() => Int)
  count!: number;
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'A count for one kind of one entity type.' })
export class KindBucket extends CountBucket {
  @Field(() => EntityType)
  type!: EntityType;
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'How many entities relate to one entity (a country or a domain), by type.' })
export class EntityBreakdown {
  @Field(() => Node)
  node!: Node;

  @Field(() => Int)
  total!: number;

  @Field(() => [CountBucket])
  byType!: CountBucket[];
}

/** Counts for dashboards; the selected fields are read in one statement, so a dashboard pays only for what it asks. */
@Directive(`@cacheControl(maxAge: ${ENTITY_MAX_AGE})`)
@ObjectType({ description: 'Counts for dashboards.' })
export class GraphStatistics {}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'An entity and how many relationships it has.' })
export class RankedNode {
  @Field(() => Node)
  node!: Node;

  @Field(() => Int)
  degree!: number;
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'A relationship from one of the two asked entities to a shared partner.' })
export class PartnerLink {
  @Field()
  type!: string;

  @Field(() => String, { nullable: true })
  activity!: string | null;

  @Field(() => String, { nullable: true })
  role!: string | null;

  @Field(() => [Evidence])
  evidence!: Evidence[];
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'An entity both asked entities are directly linked to, with the links.' })
export class CommonPartner {
  @Field(() => Node)
  node!: Node;

  @Field(() => [PartnerLink], { description: 'How the first entity (`a`) is linked to it.' })
  viaA!: PartnerLink[];

  @Field(() => [PartnerLink], { description: 'How the second entity (`b`) is linked to it.' })
  viaB!: PartnerLink[];
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'One cell of a collaboration matrix: two parties and what they share.' })
export class MatrixCell {
  @Field(() => Node)
  a!: Node;

  @Field(() => Node)
  b!: Node;

  @Field(() => Int, { description: 'How many projects, platforms, agreements or networks the two share.' })
  weight!: number;

  @Field(() => [Node], { description: 'The shared projects, platforms, agreements and networks.' })
  via!: Node[];

  @Field(() => [Evidence], { description: 'The quotes behind every link of the cell.' })
  evidence!: Evidence[];
}
