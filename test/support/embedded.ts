/**
 * The data folder and JVM of the run's embedded Neo4j, set by global-setup when it started one;
 * undefined against an external Neo4j, where there is nothing of ours to inspect.
 */
export const testEmbeddedNeo4j: { dataDir: string; pid: number } | undefined = process.env.NEO4J_TEST_EMBEDDED
  ? (JSON.parse(process.env.NEO4J_TEST_EMBEDDED) as { dataDir: string; pid: number })
  : undefined;
