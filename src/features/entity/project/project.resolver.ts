import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { DomainRelationConnection } from '../domain/domain.type';
import { relatedConnection } from '../entity.connections';
import { EntityListResolver } from '../entity.resolver';
import type { EntityRecord } from '../entity.record';
import { EntityType } from '../../../engine/model/model';
import type { GraphContext } from '../../../engine/context';
import { InstitutionRelationConnection } from '../institution/institution.type';
import { NodeRelationConnection } from '../../node/node.resolver';
import { ProjectListArgs } from './project.input';
import { Project, ProjectConnection } from './project.type';
import { RelationPageArgs } from '../entity.input';

@Resolver(() => Project)
export class ProjectResolver extends EntityListResolver({
  type: EntityType.Project,
  objectType: Project,
  connectionType: ProjectConnection,
  argsType: ProjectListArgs,
  queryName: 'projects',
}) {
  @FieldResolver(() => [String])
  outcomes(@Root() project: EntityRecord): string[] {
    return (project.outcomes as string[] | undefined) ?? [];
  }

  @FieldResolver(() => InstitutionRelationConnection, { description: 'Institutions carrying out the project (edge role and evidence).' })
  participants(@Root() project: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, project, page, info);
  }

  @FieldResolver(() => NodeRelationConnection, { description: 'Bodies that helped or backed the project.' })
  supporters(@Root() project: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, project, page, info);
  }

  @FieldResolver(() => DomainRelationConnection, { description: 'Technology domains the project covers.' })
  domains(@Root() project: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, project, page, info);
  }
}
