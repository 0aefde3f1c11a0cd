import { EntityFilterInput, EntityListArgs } from '../entity.input';
import { CountryKind, EntityType } from '../../../engine/model/model';

export const CountryFilter = EntityFilterInput(EntityType.Country, CountryKind);
export const CountryListArgs = EntityListArgs(CountryFilter);
