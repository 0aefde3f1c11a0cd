import { EntityFilterInput, EntityListArgs } from '../entity.input';
import { EntityType, EventKind } from '../../../engine/model/model';

export const EventFilter = EntityFilterInput(EntityType.Event, EventKind);
export const EventListArgs = EntityListArgs(EventFilter);
