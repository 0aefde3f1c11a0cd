import { EntityFilterInput, EntityListArgs } from '../entity.input';
import { EntityType, PlatformKind } from '../../../engine/model/model';

export const PlatformFilter = EntityFilterInput(EntityType.Platform, PlatformKind);
export const PlatformListArgs = EntityListArgs(PlatformFilter);
