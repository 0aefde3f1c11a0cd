import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { AgreementRelationConnection } from '../agreement/agreement.type';
import { Country } from '../country/country.type';
import { DomainRelationConnection } from '../domain/domain.type';
import { relatedConnection, relatedEntity } from '../entity.connections';
import { EntityListResolver } from '../entity.resolver';
import type { EntityRecord } from '../entity.record';
import { EventRelationConnection } from '../event/event.type';
import { EntityType } from '../../../engine/model/model';
import type { GraphContext } from '../../../engine/context';
import { NetworkRelationConnection } from '../network/network.type';
import { NodeRelationConnection } from '../../node/node.resolver';
import { PlatformRelationConnection } from '../platform/platform.type';
import { ProjectRelationConnection } from '../project/project.type';
import { InstitutionListArgs } from './institution.input';
import { Institution, InstitutionConnection, InstitutionRelationConnection } from './institution.type';
import { RelationPageArgs } from '../entity.input';

@Resolver(() => Institution)
export class InstitutionResolver extends EntityListResolver({
  type: EntityType.Institution,
  objectType: Institution,
  connectionType: InstitutionConnection,
  argsType: InstitutionListArgs,
  queryName: 'institutions',
}) {
  @FieldResolver(() => Country, { nullable: true, description: 'The country it is in, directly or through its region.' })
  country(@Root() institution: EntityRecord, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedEntity(ctx, institution, info);
  }

  @FieldResolver(() => NodeRelationConnection, { description: 'Where it is (a region or a country), with the evidence.' })
  locations(@Root() institution: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, institution, page, info);
  }

  @FieldResolver(() => ProjectRelationConnection, { description: 'Projects it takes part in or supports.' })
  projects(@Root() institution: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, institution, page, info);
  }

  @FieldResolver(() => PlatformRelationConnection, { description: 'Platforms it established, supports, belongs to, works with or is a partner in.' })
  platforms(@Root() institution: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, institution, page, info);
  }

  @FieldResolver(() => InstitutionRelationConnection, { description: 'Institutions it cooperates with, guides, is guided by or supports.' })
  partners(@Root() institution: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, institution, page, info);
  }

  @FieldResolver(() => DomainRelationConnection, { description: 'Technology domains it works in or promotes.' })
  domains(@Root() institution: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, institution, page, info);
  }

  @FieldResolver(() => EventRelationConnection, { description: 'Events it hosted.' })
  hostedEvents(@Root() institution: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, institution, page, info);
  }

  @FieldResolver(() => EventRelationConnection, { description: 'Events it organised.' })
  organizedEvents(@Root() institution: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, institution, page, info);
  }

  @FieldResolver(() => EventRelationConnection, { description: 'Events it attended, spoke at or sent a delegation to.' })
  attendedEvents(@Root() institution: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, institution, page, info);
  }

  @FieldResolver(() => AgreementRelationConnection, { description: 'Memoranda, agreements and declarations it signed.' })
  signedAgreements(@Root() institution: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, institution, page, info);
  }

  @FieldResolver(() => NetworkRelationConnection, { description: 'Networks it is a member of.' })
  networks(@Root() institution: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, institution, page, info);
  }
}
