import { EntityFilterInput, EntityListArgs } from '../entity/entity.input';
import { CountryKind, EntityType } from '../graph/model';

export const CountryFilter = EntityFilterInput(EntityType.Country, CountryKind);
export const CountryListArgs = EntityListArgs(CountryFilter);
