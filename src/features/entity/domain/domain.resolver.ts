import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { relatedConnection } from '../entity.connections';
import { EntityListResolver } from '../entity.resolver';
import type { EntityRecord } from '../entity.record';
import { EntityType } from '../../../engine/model/model';
import type { GraphContext } from '../../../engine/context';
import { NodeRelationConnection } from '../../node/node.resolver';
import { PlatformRelationConnection } from '../platform/platform.type';
import { ProjectRelationConnection } from '../project/project.type';
import { DomainListArgs } from './domain.input';
import { Domain, DomainConnection } from './domain.type';
import { RelationPageArgs } from '../entity.input';

@Resolver(() => Domain)
export class DomainResolver extends EntityListResolver({
  type: EntityType.Domain,
  objectType: Domain,
  connectionType: DomainConnection,
  argsType: DomainListArgs,
  queryName: 'domains',
}) {
  @FieldResolver(() => ProjectRelationConnection, { description: 'Projects in this domain.' })
  projects(@Root() domain: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, domain, page, info);
  }

  @FieldResolver(() => PlatformRelationConnection, { description: 'Platforms working in or promoting this domain.' })
  platforms(@Root() domain: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, domain, page, info);
  }

  @FieldResolver(() => NodeRelationConnection, { description: 'Institutions and initiatives working in or promoting this domain.' })
  promoters(@Root() domain: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, domain, page, info);
  }
}
