import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import '../../engine/model/enums';
import { EntityType, RelationType } from '../../engine/model/model';

export enum ImportAction {
  CREATE = 'CREATE',
  MERGE = 'MERGE',
  UNCHANGED = 'UNCHANGED',
  REJECT = 'REJECT',
  CONFLICT = 'CONFLICT',
}

export enum MatchBasis {
  ID = 'ID',
  ALIAS = 'ALIAS',
}

registerEnumType(ImportAction, {
  name: 'ImportAction',
  description: 'What an import does (or, in a dry run, would do) with one item.',
  valuesConfig: {
    CREATE: { description: 'New to the graph.' },
    MERGE: { description: 'Already in the graph; gains new aliases, properties or evidence.' },
    UNCHANGED: { description: 'Already in the graph with everything the document says.' },
    REJECT: { description: 'Not valid; see `reason`. A real run then writes nothing at all.' },
    CONFLICT: { description: 'Contradicts the graph (another place for an event): the graph is kept and a conflict recorded for curators.' },
  },
});
registerEnumType(MatchBasis, { name: 'MatchBasis', description: 'How a document entity was matched to one in the graph.' });

@ObjectType()
export class ImportSourceOutcome {
  @Field(() => ID)
  id!: string;

  @Field(() => ImportAction)
  action!: ImportAction;

  @Field(() => [String], { description: 'Why the document or its source was rejected.' })
  reasons!: string[];
}

@ObjectType()
export class ImportEntityOutcome {
  @Field(() => ID, { description: "The document's id for the entity." })
  id!: string;

  @Field(() => EntityType, { nullable: true })
  type!: EntityType | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => ImportAction)
  action!: ImportAction;

  @Field(() => ID, { nullable: true, description: 'The entity in the graph it merges into.' })
  matchedId!: string | null;

  @Field(() => MatchBasis, { nullable: true })
  matchedBy!: MatchBasis | null;

  @Field(() => [String])
  reasons!: string[];
}

@ObjectType()
export class ImportRelationOutcome {
  @Field(() => ID, { description: 'The start entity, as the graph will know it.' })
  from!: string;

  @Field(() => RelationType, { nullable: true })
  type!: RelationType | null;

  @Field(() => ID)
  to!: string;

  @Field(() => ImportAction)
  action!: ImportAction;

  @Field(() => [String])
  reasons!: string[];
}

@ObjectType({ description: 'What an import did, or in a dry run would do.' })
export class ImportReport {
  @Field()
  dryRun!: boolean;

  @Field({ description: 'True when the changes were written (a real run without rejections).' })
  applied!: boolean;

  @Field(() => ImportSourceOutcome)
  source!: ImportSourceOutcome;

  @Field(() => [ImportEntityOutcome])
  entities!: ImportEntityOutcome[];

  @Field(() => [ImportRelationOutcome])
  relations!: ImportRelationOutcome[];

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  merged!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Int, { description: 'Conflicts with the graph this import records (or would), new ones only: see `conflicts`.' })
  conflicts!: number;
}
