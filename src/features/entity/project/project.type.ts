import { Field, ObjectType } from 'type-graphql';
import { ProjectKind } from '../../../engine/model/model';
import { Node } from '../entity.type';
import { ListConnection, RelationConnection } from '../connection';

@ObjectType({ implements: Node, description: 'A joint research or cooperation project.' })
export class Project extends Node {
  @Field(() => ProjectKind)
  kind!: ProjectKind;

  @Field(() => [String], { description: 'What the project achieved, in the source\'s words.' })
  outcomes!: string[];
}

export const ProjectConnection = ListConnection(Project, 'Project');
export const ProjectRelationConnection = RelationConnection(Project, 'Project');
