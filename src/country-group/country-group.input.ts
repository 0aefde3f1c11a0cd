import { EntityFilterInput, EntityListArgs } from '../entity/entity.input';
import { CountryGroupKind, EntityType } from '../graph/model';

export const CountryGroupFilter = EntityFilterInput(EntityType.CountryGroup, CountryGroupKind);
export const CountryGroupListArgs = EntityListArgs(CountryGroupFilter);
