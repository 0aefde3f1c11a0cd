import { IsString, MaxLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '../../platform/graphql/pagination';
import { ConflictSide, ConflictStatus } from './conflict.type';

@ArgsType()
export class ConflictsArgs extends PageArgs {
  @Field(() => ConflictStatus, { defaultValue: ConflictStatus.OPEN, description: 'Open conflicts (the default) or settled ones.' })
  status: ConflictStatus = ConflictStatus.OPEN;
}

@ArgsType()
export class SettleConflictArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  id!: string;

  @Field(() => ConflictSide, { description: "GRAPH keeps the graph's value; STATED writes the value the conflicting source states." })
  keep!: ConflictSide;
}
