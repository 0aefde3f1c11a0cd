import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../../platform/auth/roles';
import type { EntityRecord } from '../entity/entity.record';
import { Node } from '../entity/entity.type';
import { RelationshipEvidenceResolver } from '../entity/stated.resolver';
import type { GraphContext } from '../../engine/context';
import { writeChange } from '../../engine/changes/change-log';
import { AddAliasesArgs, CreateEntityInput, LinkInput, MergeEntitiesArgs, RelationKeyInput, UpdateEntityArgs } from './curation.input';
import { addAliases, createEntity, linkEntities, mergeEntities, unlinkEntities, updateEntity } from './curation.repository';
import { Link, MergeResult } from './curation.type';

/** Editors' writes: each mutation is one transaction, stamped with who made it and when, and recorded in the change log. */
@Resolver()
export class CurationResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => Node, { description: 'Creates an entity with the evidence that it exists. CONFLICT when the id is taken.' })
  createEntity(@Arg('input', () => CreateEntityInput) input: CreateEntityInput, @Ctx() ctx: GraphContext): Promise<EntityRecord> {
    return writeChange(ctx.db, { operation: 'createEntity', by: ctx.principal.id, summary: `created ${input.type} ${input.id}` }, (tx) => createEntity(tx, input, ctx.principal.id));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Node, { description: "Changes an entity's name, kind or properties, adding the quotes that support the change." })
  updateEntity(@Args() { id, input }: UpdateEntityArgs, @Ctx() ctx: GraphContext): Promise<EntityRecord> {
    return writeChange(ctx.db, { operation: 'updateEntity', by: ctx.principal.id, summary: `updated ${id}` }, (tx) => updateEntity(tx, id, input, ctx.principal.id));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Node, { description: 'Adds aliases (other names, abbreviations) to an entity; ones it has are skipped.' })
  addAliases(@Args() { id, aliases, evidence }: AddAliasesArgs, @Ctx() ctx: GraphContext): Promise<EntityRecord> {
    return writeChange(ctx.db, { operation: 'addAliases', by: ctx.principal.id, summary: `added aliases ${aliases.join(', ')} to ${id}` }, (tx) =>
      addAliases(tx, id, aliases, evidence, ctx.principal.id),
    );
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Link, { description: 'Links two entities with the quotes that state the link; an existing link of that type gains the evidence.' })
  linkEntities(@Arg('input', () => LinkInput) input: LinkInput, @Ctx() ctx: GraphContext): Promise<Link> {
    return writeChange(ctx.db, { operation: 'linkEntities', by: ctx.principal.id, summary: `linked ${input.from} ${input.type} ${input.to}` }, (tx) =>
      linkEntities(tx, input, ctx.principal.id),
    );
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Link, { description: 'Removes one relationship and returns it as it was. NOT_FOUND when there is none.' })
  unlinkEntities(@Arg('input', () => RelationKeyInput) { from, type, to }: RelationKeyInput, @Ctx() ctx: GraphContext): Promise<Link> {
    return writeChange(ctx.db, { operation: 'unlinkEntities', by: ctx.principal.id, summary: `unlinked ${from} ${type} ${to}` }, (tx) => unlinkEntities(tx, from, type, to));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => MergeResult, {
    description: 'Folds duplicates into one entity, keeping every alias, every piece of evidence and every relationship; the duplicates are removed.',
  })
  mergeEntities(@Args() { keep, duplicates }: MergeEntitiesArgs, @Ctx() ctx: GraphContext) {
    return writeChange(ctx.db, { operation: 'mergeEntities', by: ctx.principal.id, summary: `merged ${duplicates.join(', ')} into ${keep}` }, (tx) =>
      mergeEntities(tx, keep, duplicates, ctx.principal.id),
    );
  }
}

@Resolver(() => Link)
export class LinkResolver extends RelationshipEvidenceResolver(Link) {
  @FieldResolver(() => Node, { nullable: true, description: 'The start entity.' })
  from(@Root() link: Link, @Ctx() ctx: GraphContext): Promise<EntityRecord | null> {
    return ctx.loaders.entity.load(link.fromId);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The end entity.' })
  to(@Root() link: Link, @Ctx() ctx: GraphContext): Promise<EntityRecord | null> {
    return ctx.loaders.entity.load(link.toId);
  }
}
