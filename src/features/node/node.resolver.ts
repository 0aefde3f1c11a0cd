import type { GraphQLResolveInfo } from 'graphql';
import { ArrayMaxSize } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../platform/auth/roles';
import { IsEntityId } from '../../engine/model/entity-id';
import { entitiesById } from '../entity/entity.connections';
import { ENTITY_TYPES } from '../../engine/model/model';
import { countSources, type EntityRecord } from '../entity/entity.record';
import { Evidence, Node, Source } from '../entity/entity.type';
import { allSources } from '../entity/source.repository';
import { statedDates } from '../entity/stated-dates';
import type { GraphContext } from '../../engine/context';
import { LimitArgs, MAX_PAGE_SIZE } from '../../platform/graphql/pagination';

@ArgsType()
class NodeArgs {
  @Field(() => ID)
  @IsEntityId()
  id!: string;
}

@ArgsType()
class NodesArgs {
  @Field(() => [ID])
  @ArrayMaxSize(MAX_PAGE_SIZE)
  @IsEntityId({ each: true })
  ids!: string[];
}

@Resolver(() => Node)
export class NodeResolver {
  @Authorized(Role.READER)
  @Query(() => Node, { nullable: true, description: 'Any entity by id; null when no entity has that id.' })
  async node(@Args() { id }: NodeArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Promise<EntityRecord | null> {
    const [entity] = await entitiesById(ctx, [id], ENTITY_TYPES, info);
    return entity;
  }

  @Authorized(Role.READER)
  @Query(() => [Node], { nullable: 'items', description: 'Entities by id, in the order asked; null where an id names nothing.' })
  nodes(@Args() { ids }: NodesArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Promise<(EntityRecord | null)[]> {
    return entitiesById(ctx, ids, ENTITY_TYPES, info);
  }

  // Compiled statements read the dates with the entity; other entities (search hits, hubs, a
  // mutation's answer) carry their evidence, whose sources are batched per request.
  @FieldResolver(() => GraphQLLocalDate, { nullable: true })
  async firstStated(@Root() node: EntityRecord, @Ctx() ctx: GraphContext): Promise<string | null> {
    return node.firstStated !== undefined ? (node.firstStated as string | null) : (await statedDates(ctx, node.evidence)).first;
  }

  @FieldResolver(() => GraphQLLocalDate, { nullable: true })
  async lastStated(@Root() node: EntityRecord, @Ctx() ctx: GraphContext): Promise<string | null> {
    return node.lastStated !== undefined ? (node.lastStated as string | null) : (await statedDates(ctx, node.evidence)).last;
  }

  @FieldResolver(() => Int)
  sourceCount(@Root() node: EntityRecord): number {
    return node.sourceCount !== undefined ? (node.sourceCount as number) : countSources(node.evidence);
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source, { description: 'The source document (batched per request).' })
  async source(@Root() evidence: Evidence, @Ctx() ctx: GraphContext): Promise<Source | null> {
    // Compiled statements read the source with the evidence; other evidence is batched per request.
    return evidence.source !== undefined ? evidence.source : ctx.loaders.source.load(evidence.sourceId);
  }
}

@Resolver(() => Source)
export class SourceResolver {
  @Authorized(Role.READER)
  @Query(() => [Source], { description: 'The source documents the graph is built from, oldest first.' })
  sources(@Args() { first }: LimitArgs, @Ctx() ctx: GraphContext): Promise<Source[]> {
    return allSources(ctx.db, first);
  }
}
