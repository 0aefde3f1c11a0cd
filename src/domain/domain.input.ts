import { EntityFilterInput, EntityListArgs } from '../entity/entity.input';
import { DomainKind, EntityType } from '../graph/model';

export const DomainFilter = EntityFilterInput(EntityType.Domain, DomainKind);
export const DomainListArgs = EntityListArgs(DomainFilter);
