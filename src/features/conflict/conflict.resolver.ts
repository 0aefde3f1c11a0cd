import type { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../platform/auth/roles';
import type { EntityRecord } from '../entity/entity.record';
import { Node } from '../entity/entity.type';
import type { GraphContext } from '../../engine/context';
import { writeChange } from '../../engine/changes/change-log';
import { ConflictsArgs, SettleConflictArgs } from './conflict.input';
import { listConflicts, settleConflict } from './conflict.repository';
import { Conflict, ConflictConnection } from './conflict.type';

/** Curators' work list: facts sources state differently, recorded by the import, settled one by one. */
@Resolver(() => Conflict)
export class ConflictResolver {
  @Authorized(Role.EDITOR)
  @Query(() => ConflictConnection, { description: 'Facts two sources state differently (the graph kept its value), oldest first, with both quotes.' })
  conflicts(@Args() args: ConflictsArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return listConflicts(ctx, args, info);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Conflict, {
    description: 'Settles an open conflict in one transaction: keeps the graph\'s value, or writes the stated one; then closes it. CONFLICT_SETTLED when it was settled before.',
  })
  settleConflict(@Args() { id, keep }: SettleConflictArgs, @Ctx() ctx: GraphContext): Promise<Conflict> {
    return writeChange(ctx.db, { operation: 'settleConflict', by: ctx.principal.id, summary: `settled conflict ${id}, kept the ${keep.toLowerCase()} value` }, (tx) =>
      settleConflict(tx, id, keep, ctx.principal.id),
    );
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The entity, or the relationship\'s start entity; null when it was removed since.' })
  entity(@Root() conflict: Conflict, @Ctx() ctx: GraphContext): Promise<EntityRecord | null> | EntityRecord | null {
    return conflict.entity !== undefined ? conflict.entity : ctx.loaders.entity.load(conflict.entityId);
  }
}
