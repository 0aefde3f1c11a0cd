import { EntityFilterInput, EntityListArgs } from '../entity.input';
import { EntityType, ProjectKind } from '../../../engine/model/model';

export const ProjectFilter = EntityFilterInput(EntityType.Project, ProjectKind);
export const ProjectListArgs = EntityListArgs(ProjectFilter);
