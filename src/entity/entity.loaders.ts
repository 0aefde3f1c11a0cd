import DataLoader from 'dataloader';
import { metrics } from '../observability/metrics';
import type { QueryRunner } from '../db/database';
import type { EntityRecord } from './entity.record';
import { entitiesByIds } from './entity.repository';
import type { Source } from './entity.type';
import type { RelatedProjection } from './entity.record';
import { relatedEntities, relationSpecKey, type RelatedPage, type RelationSpec } from './relation.repository';
import { sourcesByIds } from './source.repository';

function observeBatch<K>(loader: string, keys: readonly K[]): readonly K[] {
  metrics.dataloaderBatchSize.observe({ loader }, keys.length);
  return keys;
}

/**
 * The DataLoaders of one request: each relationship field (with its page arguments) batches all
 * parents of a level into one `UNWIND $ids` query. Made per request, so nothing is cached across users.
 */
export class EntityLoaders {
  readonly entity: DataLoader<string, EntityRecord | null>;
  readonly source: DataLoader<string, Source | null>;
  private readonly related = new Map<string, DataLoader<string, RelatedPage>>();

  constructor(private readonly db: QueryRunner) {
    this.entity = new DataLoader((ids) => entitiesByIds(db, observeBatch('entity', ids)));
    this.source = new DataLoader((ids) => sourcesByIds(db, observeBatch('source', ids)));
  }

  /** The loader for one relationship field, page window and selection; parents asking the same share it. */
  relatedPage(spec: RelationSpec, projection: RelatedProjection, offset: number, limit: number): DataLoader<string, RelatedPage> {
    const key = `${relationSpecKey(spec)}@${offset}+${limit}#${projection.key}`;
    let loader = this.related.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => relatedEntities(this.db, spec, projection, observeBatch('related', ids), offset, limit));
      this.related.set(key, loader);
    }
    return loader;
  }
}
