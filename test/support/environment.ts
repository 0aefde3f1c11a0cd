import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment';
import NodeEnvironment from 'jest-environment-node';
import { useWorkersNeo4j } from './neo4j-servers';

/** Node's test environment, with the worker's own Neo4j in the environment before the file loads. */
export default class WorkerNeo4jEnvironment extends NodeEnvironment {
  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    useWorkersNeo4j();
    super(config, context);
  }
}
