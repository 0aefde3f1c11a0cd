import { EntityFilterInput, EntityListArgs } from '../entity/entity.input';
import { EntityType, ProjectKind } from '../graph/model';

export const ProjectFilter = EntityFilterInput(EntityType.Project, ProjectKind);
export const ProjectListArgs = EntityListArgs(ProjectFilter);
