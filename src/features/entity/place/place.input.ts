import { EntityFilterInput, EntityListArgs } from '../entity.input';
import { EntityType, PlaceKind } from '../../../engine/model/model';

export const PlaceFilter = EntityFilterInput(EntityType.Place, PlaceKind);
export const PlaceListArgs = EntityListArgs(PlaceFilter);
