import { EntityFilterInput, EntityListArgs } from '../entity/entity.input';
import { EntityType, PlatformKind } from '../graph/model';

export const PlatformFilter = EntityFilterInput(EntityType.Platform, PlatformKind);
export const PlatformListArgs = EntityListArgs(PlatformFilter);
