import type { Principal } from '../platform/auth/roles';
import type { QueryRunner, QueryStats } from './db/database';
import type { ChangeFollower } from './changes/change-follower';

/**
 * Everything a resolver may use; made fresh for each request by the assembly (src/app/context.ts).
 * The engine's part is here; each feature adds its own part to FeatureContext with `declare module`.
 */
export interface GraphContext extends FeatureContext {
  requestId: string;
  db: QueryRunner;
  stats: QueryStats;
  principal: Principal;
  /** The graph version this process knows, and the changes it follows; absent outside the service (CLIs, tools). */
  changes?: ChangeFollower;
}

/** What the features add to a request's context (see their `declare module '…/engine/context'`). */
// eslint-disable-next-line @typescript-eslint/no-empty-interface -- filled in by the features
export interface FeatureContext {}
