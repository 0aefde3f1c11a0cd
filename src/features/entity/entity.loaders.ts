import DataLoader from 'dataloader';
import { metrics } from '../../platform/observability/metrics';
import type { Params, QueryRunner } from '../../engine/db/database';
import type { EntityRecord } from './entity.record';
import { entitiesByIds } from './entity.repository';
import type { Source } from './entity.type';
import { sourcesByIds } from './source.repository';

function observeBatch<K>(loader: string, keys: readonly K[]): readonly K[] {
  metrics.dataloaderBatchSize.observe({ loader }, keys.length);
  return keys;
}

/**
 * The DataLoaders of one request, for what the selection compiler does not reach (entities a mutation
 * returns, their relationship fields): each batches all parents of a level into one `UNWIND $ids`
 * statement. Made per request, so nothing is cached across users.
 */
export class EntityLoaders {
  readonly entity: DataLoader<string, EntityRecord | null>;
  readonly source: DataLoader<string, Source | null>;
  private readonly fields = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly db: QueryRunner) {
    this.entity = new DataLoader((ids) => entitiesByIds(db, observeBatch('entity', ids)));
    this.source = new DataLoader((ids) => sourcesByIds(db, observeBatch('source', ids)));
  }

  /** Parents by id, read by a compiled one-field statement (`$ids` → `id`, `node`); parents asking the same share it. */
  compiledField(cypher: string, params: Params): DataLoader<string, unknown> {
    const key = `${cypher}\n${JSON.stringify(params)}`;
    let loader = this.fields.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.db.read(cypher, { ...params, ids: observeBatch('related', ids) });
        const byId = new Map(rows.map((row) => [row.id as string, row.node]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.fields.set(key, loader);
    }
    return loader;
  }
}

declare module '../../engine/context' {
  interface FeatureContext {
    /** This request's DataLoaders (entities, sources, compiled one-field reads). */
    loaders: EntityLoaders;
  }
}
