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
  // Made on first use: most requests are answered by compiled statements and never batch anything.
  private entityLoader: DataLoader<string, EntityRecord | null> | undefined;
  private sourceLoader: DataLoader<string, Source | null> | undefined;
  private fieldLoaders: Map<string, DataLoader<string, unknown>> | undefined;

  constructor(private readonly db: QueryRunner) {}

  get entity(): DataLoader<string, EntityRecord | null> {
    return (this.entityLoader ??= new DataLoader((ids) => entitiesByIds(this.db, observeBatch('entity', ids))));
  }

  get source(): DataLoader<string, Source | null> {
    return (this.sourceLoader ??= new DataLoader((ids) => sourcesByIds(this.db, observeBatch('source', ids))));
  }

  /** Parents by id, read by a compiled one-field statement (`$ids` → `id`, `node`); parents asking the same share it. */
  compiledField(cypher: string, params: Params): DataLoader<string, unknown> {
    const key = `${cypher}\n${JSON.stringify(params)}`;
    this.fieldLoaders ??= new Map();
    let loader = this.fieldLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.db.read(cypher, { ...params, ids: observeBatch('related', ids) });
        const byId = new Map(rows.map((row) => [row.id as string, row.node]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.fieldLoaders.set(key, loader);
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
