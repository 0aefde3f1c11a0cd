import { Directive, Field, ID, Int, ObjectType, type ClassType } from 'type-graphql';
import { Direction } from '../graph/enums';
import { RelationType } from '../graph/model';
import { Evidence } from '../entity/entity.type';
import { PageInfo } from './pagination';

/**
 * `<Name>Connection` for a top-level list: Relay edges with cursors, a `nodes` shortcut for
 * clients that need no cursors, and the filtered total.
 */
export function ListConnection<T extends object>(nodeType: ClassType<T>, name: string) {
  @Directive('@cacheControl(inheritMaxAge: true)')
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @Directive('@cacheControl(inheritMaxAge: true)')
  @ObjectType(`${name}Connection`, { description: `A page of ${name} entities.` })
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeType])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match the filter, over all pages.' })
    totalCount!: number;
  }
  return Connection;
}

/**
 * `<Name>RelationConnection` for a relationship field: each edge carries the relationship's type,
 * direction, properties and evidence beside the entity at its other end.
 */
export function RelationConnection<T extends object>(nodeType: ClassType<T> | (abstract new () => T), name: string) {
  @Directive('@cacheControl(inheritMaxAge: true)')
  @ObjectType(`${name}RelationEdge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;

    @Field(() => ID, { description: 'The relationship id (`from:TYPE:to`).' })
    id!: string;

    @Field(() => RelationType)
    type!: RelationType;

    @Field(() => Direction, { description: 'OUT when the relationship points from the parent to `node`.' })
    direction!: Direction;

    @Field(() => String, { nullable: true, description: 'The part the subject plays, e.g. "participant".' })
    role!: string | null;

    @Field(() => String, { nullable: true, description: 'How, in the source\'s words, e.g. "helped establish".' })
    activity!: string | null;

    @Field(() => Int, { nullable: true, description: 'How many countries the relationship spans, where the source says.' })
    countryCount!: number | null;

    @Field(() => String, { nullable: true, description: 'How far it reaches, e.g. "some countries".' })
    scope!: string | null;

    @Field(() => Int, { description: '1 for a direct relationship; 2 when reached through an intermediate entity.' })
    hops!: number;

    @Field(() => [Evidence], { description: 'The quotes stating the relationship (every hop\'s, for chains).' })
    evidence!: Evidence[];
  }

  @Directive('@cacheControl(inheritMaxAge: true)')
  @ObjectType(`${name}RelationConnection`)
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeType])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return Connection;
}
