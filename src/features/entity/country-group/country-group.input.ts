import { EntityFilterInput, EntityListArgs } from '../entity.input';
import { CountryGroupKind, EntityType } from '../../../engine/model/model';

export const CountryGroupFilter = EntityFilterInput(EntityType.CountryGroup, CountryGroupKind);
export const CountryGroupListArgs = EntityListArgs(CountryGroupFilter);
