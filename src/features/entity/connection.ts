import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType, type ClassType } from 'type-graphql';
import { Direction } from '../../engine/model/enums';
import { RelationType } from '../../engine/model/model';
import { Evidence, RelationshipProperties } from './entity.type';
import { PageInfo } from '../../platform/graphql/pagination';

type NodeType<T extends object> = ClassType<T> | (abstract new () => T);

/** A Relay connection type over `edgeType`: edges, a `nodes` shortcut for clients that need no cursors, page info and the total. */
function connectionOf<T extends object, E extends object>(name: string, edgeType: ClassType<E>, nodeType: NodeType<T>, description: string) {
  @Directive('@cacheControl(inheritMaxAge: true)')
  @ObjectType(name, { description })
  class Connection {
    @Field(() => [edgeType])
    edges!: E[];

    @Field(() => [nodeType])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items there are over all pages (matching the filter, if any).' })
    totalCount!: number;
  }
  return Connection;
}

/** `<Name>Connection` for a top-level list: edges with cursors. */
export function ListConnection<T extends object>(nodeType: ClassType<T>, name: string, description = `A page of ${name} entities.`) {
  @Directive('@cacheControl(inheritMaxAge: true)')
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }
  return connectionOf(`${name}Connection`, Edge, nodeType, description);
}

/**
 * `<Name>RelationConnection` for a relationship field: each edge carries the relationship's type,
 * direction, properties and evidence beside the entity at its other end.
 */
export function RelationConnection<T extends object>(nodeType: NodeType<T>, name: string) {
  @Directive('@cacheControl(inheritMaxAge: true)')
  @ObjectType(`${name}RelationEdge`)
  class Edge extends RelationshipProperties {
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

    @Field(() => Int, { description: '1 for a direct relationship; 2 when reached through an intermediate entity.' })
    hops!: number;

    @Field(() => [Evidence], { description: 'The quotes stating the relationship (every hop\'s, for chains).' })
    evidence!: Evidence[];

    @Field(() => GraphQLLocalDate, {
      nullable: true,
      description: 'When the relationship was first stated: the earliest publication date of its sources (for a chain, when its last hop was first stated).',
    })
    firstStated!: string | null;

    @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the relationship was last stated: the latest publication date of its sources (any hop\'s, for a chain).' })
    lastStated!: string | null;

    @Field(() => Int, { description: 'How many distinct sources state the relationship (every hop\'s together, for a chain): 2 or more when corroborated.' })
    sourceCount!: number;
  }
  return connectionOf(`${name}RelationConnection`, Edge, nodeType, `Entities related to the parent, ${name} at the other end.`);
}
