import { EntityFilterInput, EntityListArgs } from '../entity.input';
import { DomainKind, EntityType } from '../../../engine/model/model';

export const DomainFilter = EntityFilterInput(EntityType.Domain, DomainKind);
export const DomainListArgs = EntityListArgs(DomainFilter);
