import { Resolver } from 'type-graphql';
import { CooperationResolver } from '../entity/cooperation.resolver';
import { EntityType } from '../graph/model';
import { AgreementListArgs } from './agreement.input';
import { Agreement, AgreementConnection } from './agreement.type';

@Resolver(() => Agreement)
export class AgreementResolver extends CooperationResolver({
  type: EntityType.Agreement,
  objectType: Agreement,
  connectionType: AgreementConnection,
  argsType: AgreementListArgs,
  queryName: 'agreements',
}) {}
