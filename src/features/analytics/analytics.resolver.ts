import { getArgumentValues, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, Directive, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { prefetched, withPrefetched } from '../../engine/compiler/prefetched';
import { selectedFields } from '../../engine/compiler/selection.plan';
import { Role } from '../../platform/auth/roles';
import { ENTITY_MAX_AGE } from '../../platform/graphql/cache-control';
import { notFound } from '../../platform/graphql/errors';
import type { GraphContext } from '../../engine/context';
import { LimitArgs } from '../../platform/graphql/pagination';
import { TopEntitiesArgs } from '../entity/entity.input';
import { RelationshipEvidenceResolver } from '../entity/stated.resolver';
import { CommonPartnersArgs, KindCountArgs, MatrixArgs, StatisticsArgs } from './analytics.input';
import { collaborationMatrix, commonPartners, hubs, statistics, STATISTICS, type StatisticsField } from './analytics.repository';
import { CommonPartner, CountBucket, EntityBreakdown, GraphStatistics, KindBucket, MatrixCell, PartnerLink, RankedNode } from './analytics.type';

@Resolver(() => GraphStatistics)
export class StatisticsResolver {
  @Authorized(Role.READER)
  @Query(() => GraphStatistics, { description: 'Counts for dashboards: by type, kind, country and domain; whatever is selected is read in one statement.' })
  async statistics(@Args() { stated }: StatisticsArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Promise<GraphStatistics> {
    const type = info.schema.getType('GraphStatistics') as GraphQLObjectType;
    const selected = [...selectedFields(info)].filter(([, [node]]) => node.name.value in STATISTICS);
    const requests = selected.map(([, [node]]) => ({
      field: node.name.value as StatisticsField,
      args: getArgumentValues(type.getFields()[node.name.value], node, info.variableValues),
    }));
    const values = await statistics(ctx.db, requests, stated);
    return withPrefetched(new GraphStatistics(), Object.fromEntries(selected.map(([key], index) => [key, values[index]])));
  }

  @FieldResolver(() => [CountBucket], { description: 'Entities per entity type.' })
  entitiesByType(@Root() counts: GraphStatistics, @Info() info: GraphQLResolveInfo) {
    return prefetched(counts, info);
  }

  @FieldResolver(() => [KindBucket], { description: 'Entities per kind, within each type.' })
  entitiesByKind(@Args() _args: KindCountArgs, @Root() counts: GraphStatistics, @Info() info: GraphQLResolveInfo) {
    return prefetched(counts, info);
  }

  @FieldResolver(() => [CountBucket], { description: 'Relationships per relationship type.' })
  relationshipsByType(@Root() counts: GraphStatistics, @Info() info: GraphQLResolveInfo) {
    return prefetched(counts, info);
  }

  @FieldResolver(() => [EntityBreakdown], { description: 'Per country: the entities in it (as the `country` list filter counts them), by type.' })
  entitiesByCountry(@Args() _args: LimitArgs, @Root() counts: GraphStatistics, @Info() info: GraphQLResolveInfo) {
    return prefetched(counts, info);
  }

  @FieldResolver(() => [EntityBreakdown], { description: 'Per technology domain: the entities working in or promoting it, by type.' })
  entitiesByDomain(@Args() _args: LimitArgs, @Root() counts: GraphStatistics, @Info() info: GraphQLResolveInfo) {
    return prefetched(counts, info);
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
  collaborationMatrix(@Args() { by, domain, stated, first }: MatrixArgs, @Ctx() ctx: GraphContext) {
    return collaborationMatrix(ctx.db, by, domain ?? null, stated, first);
  }
}

@Resolver(() => PartnerLink)
export class PartnerLinkResolver extends RelationshipEvidenceResolver(PartnerLink) {}
