import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Change } from '../history/history.type';

@ObjectType({ description: 'An entity whose evidence cites the retracted source.' })
export class RetractedEntity {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  type!: string;

  @Field({ description: 'True when the source is all that supports it: retraction deletes it with its relationships.' })
  lost!: boolean;

  @Field(() => [ID], { description: 'The other sources its evidence cites (it keeps those quotes).' })
  otherSourceIds!: string[];
}

@ObjectType({ description: 'A relationship whose evidence cites the retracted source.' })
export class RetractedRelationship {
  @Field(() => ID, { description: '`from:TYPE:to`.' })
  id!: string;

  @Field(() => ID)
  from!: string;

  @Field()
  type!: string;

  @Field(() => ID)
  to!: string;

  @Field({ description: 'True when the source is its only one: retraction deletes it.' })
  lost!: boolean;

  @Field(() => [ID])
  otherSourceIds!: string[];
}

@ObjectType({ description: 'Two of the best-connected entities whose shortest connection would break or lengthen.' })
export class BrokenPath {
  @Field(() => ID)
  fromId!: string;

  @Field()
  fromName!: string;

  @Field(() => ID)
  toId!: string;

  @Field()
  toName!: string;

  @Field(() => Int)
  hopsBefore!: number;

  @Field(() => Int, { nullable: true, description: 'Null when they would no longer be connected within the hop limit.' })
  hopsAfter!: number | null;
}

@ObjectType({ description: 'A count of the statistics that would change: `entities.<Type>` or `relationships.<TYPE>`.' })
export class StatisticChange {
  @Field()
  key!: string;

  @Field(() => Int)
  before!: number;

  @Field(() => Int)
  after!: number;
}

@ObjectType({ description: "What retracting a source does (or would do, in a dry run) to the graph." })
export class RetractionReport {
  @Field(() => ID)
  sourceId!: string;

  @Field()
  dryRun!: boolean;

  @Field({ description: 'True when it was done (not a dry run).' })
  applied!: boolean;

  @Field(() => Change, { nullable: true, description: 'The recorded change, which `revertChange` undoes; null in a dry run.' })
  change!: Change | null;

  @Field(() => [RetractedEntity], { description: 'Entities that lose all support, deleted.' })
  lostEntities!: RetractedEntity[];

  @Field(() => [RetractedEntity], { description: 'Entities that keep other support; only the quotes from this source go.' })
  keptEntities!: RetractedEntity[];

  @Field(() => [RetractedRelationship])
  lostRelationships!: RetractedRelationship[];

  @Field(() => [RetractedRelationship])
  keptRelationships!: RetractedRelationship[];

  @Field(() => [ID], { description: 'Conflicts the source raised or took part in, removed.' })
  removedConflictIds!: string[];

  @Field(() => [BrokenPath], { description: 'Between the 10 best-connected entities: connections (within 4 hops) that break or lengthen.' })
  brokenPaths!: BrokenPath[];

  @Field(() => [StatisticChange])
  statistics!: StatisticChange[];
}
