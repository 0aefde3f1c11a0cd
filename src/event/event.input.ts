import { EntityFilterInput, EntityListArgs } from '../entity/entity.input';
import { EntityType, EventKind } from '../graph/model';

export const EventFilter = EntityFilterInput(EntityType.Event, EventKind);
export const EventListArgs = EntityListArgs(EventFilter);
