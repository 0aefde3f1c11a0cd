import { EntityFilterInput, EntityListArgs } from '../entity/entity.input';
import { EntityType, PlaceKind } from '../graph/model';

export const PlaceFilter = EntityFilterInput(EntityType.Place, PlaceKind);
export const PlaceListArgs = EntityListArgs(PlaceFilter);
