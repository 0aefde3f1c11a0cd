import { IsDate, IsOptional, IsString, MaxLength } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { recordChange } from '../../engine/changes/change-log';
import type { GraphContext } from '../../engine/context';
import { Role } from '../../platform/auth/roles';
import { notFound } from '../../platform/graphql/errors';
import { PageArgs } from '../../platform/graphql/pagination';
import { changeById, changedItems, listChanges, revertChange } from './history.repository';
import { Change, ChangeConnection, ChangedItem } from './history.type';

@ArgsType()
export class ChangesArgs extends PageArgs {
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Only changes committed at or after this time.' })
  @IsOptional()
  @IsDate()
  since?: Date;
}

@ArgsType()
export class HistoryArgs extends PageArgs {
  @Field(() => ID, { description: 'An entity, source or conflict id.' })
  @IsString()
  @MaxLength(200)
  id!: string;
}

/** The change log as the API shows it: every write, who made it and what it changed; and undo. */
@Resolver(() => Change)
export class HistoryResolver {
  @Authorized(Role.READER)
  @Query(() => ChangeConnection, { description: 'Every recorded change, newest first.' })
  changes(@Args() args: ChangesArgs, @Ctx() ctx: GraphContext) {
    return listChanges(ctx.db, args);
  }

  @Authorized(Role.READER)
  @Query(() => ChangeConnection, { description: 'The changes that touched one entity (its relationships included), source or conflict, newest first.' })
  history(@Args() { id, ...page }: HistoryArgs, @Ctx() ctx: GraphContext) {
    return listChanges(ctx.db, page, id);
  }

  @Authorized(Role.READER)
  @Query(() => Change, { nullable: true, description: 'One change, by its id (the graph version it made).' })
  change(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext): Promise<Change | null> {
    return changeById(ctx.db, id);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Change, {
    description:
      'Undoes a change exactly (a merge: the duplicates come back with their aliases, evidence and relationships), as a new change that can itself be reverted. ' +
      'Refuses with CHANGE_DEPENDED_ON when later changes built on it (named in extensions.dependents), CHANGE_ALREADY_REVERTED, or CHANGE_NOT_REVERTIBLE (a restore, or a change before it).',
  })
  async revertChange(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext): Promise<Change> {
    const meta = (reverted: Change) => ({ operation: 'revertChange', by: ctx.principal.id, summary: `reverted change ${reverted.id} (${reverted.summary})`, revertOf: reverted.id });
    const { change } = await recordChange(ctx.db, meta, (tx) => revertChange(tx, id));
    const recorded = change && (await changeById(ctx.db, change.id));
    if (!recorded) throw notFound('change', id);
    return recorded;
  }

  @FieldResolver(() => [ChangedItem], { description: 'What the change did, item by item, with the properties before and after (evidence included).' })
  async items(@Root() change: Change, @Ctx() ctx: GraphContext): Promise<ChangedItem[]> {
    const states = change.states ?? (await changeById(ctx.db, change.id))?.states;
    return states ? changedItems(states) : [];
  }
}
