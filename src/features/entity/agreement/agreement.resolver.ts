import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { CooperationResolver } from '../cooperation.resolver';
import type { EntityRecord } from '../entity.record';
import { relatedConnection } from '../entity.connections';
import { RelationPageArgs } from '../entity.input';
import { EntityType } from '../../../engine/model/model';
import type { GraphContext } from '../../../engine/context';
import { NodeRelationConnection } from '../../node/node.resolver';
import { AgreementListArgs } from './agreement.input';
import { Agreement, AgreementConnection } from './agreement.type';

@Resolver(() => Agreement)
export class AgreementResolver extends CooperationResolver({
  type: EntityType.Agreement,
  objectType: Agreement,
  connectionType: AgreementConnection,
  argsType: AgreementListArgs,
  queryName: 'agreements',
}) {
  @FieldResolver(() => NodeRelationConnection, { description: 'The parties that signed it: institutions, countries, country groups, platforms or networks.' })
  signatories(@Root() agreement: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, agreement, page, info);
  }
}
