import { Args, Authorized, Ctx, Directive, FieldResolver, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/roles';
import { ENTITY_MAX_AGE } from '../graphql/cache-control';
import { notFound } from '../graphql/errors';
import type { GraphContext } from '../graphql/context';
import { LimitArgs } from '../graphql/pagination';
import { TopEntitiesArgs } from '../entity/entity.input';
import { CommonPartnersArgs, KindCountArgs, MatrixArgs } from './analytics.input';
import {
  collaborationMatrix,
  commonPartners,
  COUNT_BY_COUNTRY,
  COUNT_BY_DOMAIN,
  COUNT_BY_KIND,
  COUNT_BY_TYPE,
  COUNT_RELATIONSHIPS_BY_TYPE,
  countBuckets,
  countPerEntity,
  hubs,
} from './analytics.repository';
import { CommonPartner, CountBucket, EntityBreakdown, GraphStatistics, KindBucket, MatrixCell, RankedNode } from './analytics.type';

@Resolver(() => GraphStatistics)
export class StatisticsResolver {
  @Authorized(Role.READER)
  @Query(() => GraphStatistics, { description: 'Counts for dashboards: by type, kind, country and domain.' })
  statistics(): GraphStatistics {
    return new GraphStatistics();
  }

  @FieldResolver(() => [CountBucket], { description: 'Entities per entity type.' })
  entitiesByType(@Ctx() ctx: GraphContext) {
    return countBuckets(ctx.db, COUNT_BY_TYPE);
  }

  @FieldResolver(() => [KindBucket], { description: 'Entities per kind, within each type.' })
  entitiesByKind(@Args() { type }: KindCountArgs, @Ctx() ctx: GraphContext) {
    return countBuckets(ctx.db, COUNT_BY_KIND, { type: type ?? null });
  }

  @FieldResolver(() => [CountBucket], { description: 'Relationships per relationship type.' })
  relationshipsByType(@Ctx() ctx: GraphContext) {
    return countBuckets(ctx.db, COUNT_RELATIONSHIPS_BY_TYPE);
  }

  @FieldResolver(() => [EntityBreakdown], { description: 'Per country: the entities in it (as the `country` list filter counts them), by type.' })
  entitiesByCountry(@Args() { first }: LimitArgs, @Ctx() ctx: GraphContext) {
    return countPerEntity(ctx.db, COUNT_BY_COUNTRY, first);
  }

  @FieldResolver(() => [EntityBreakdown], { description: 'Per technology domain: the entities working in or promoting it, by type.' })
  entitiesByDomain(@Args() { first }: LimitArgs, @Ctx() ctx: GraphContext) {
    return countPerEntity(ctx.db, COUNT_BY_DOMAIN, first);
  }
}

@Resolver()
export class ConnectivityResolver {
  @Directive(`@cacheControl(maxAge: ${ENTITY_MAX_AGE})`)
  @Authorized(Role.READER)
  @Query(() => [RankedNode], { description: 'The most connected entities ("who are the hubs?"), by degree.' })
  hubs(@Args() { types, first }: TopEntitiesArgs, @Ctx() ctx: GraphContext) {
    return hubs(ctx.db, types ?? null, first);
  }

  @Directive(`@cacheControl(maxAge: ${ENTITY_MAX_AGE})`)
  @Authorized(Role.READER)
  @Query(() => [CommonPartner], { description: 'Entities both `a` and `b` are directly linked to, with the linking evidence.' })
  async commonPartners(@Args() { a, b, first }: CommonPartnersArgs, @Ctx() ctx: GraphContext) {
    const result = await commonPartners(ctx.db, a, b, first);
    if (!result.aExists) throw notFound('entity', a);
    if (!result.bExists) throw notFound('entity', b);
    return result.partners;
  }

  @Directive(`@cacheControl(maxAge: ${ENTITY_MAX_AGE})`)
  @Authorized(Role.READER)
  @Query(() => [MatrixCell], {
    description: 'Who collaborates with whom: pairs of countries or institutions weighted by the projects, platforms, agreements and networks they share.',
  })
  collaborationMatrix(@Args() { by, domain, first }: MatrixArgs, @Ctx() ctx: GraphContext) {
    return collaborationMatrix(ctx.db, by, domain ?? null, first);
  }
}
