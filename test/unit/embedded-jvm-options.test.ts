import { jvmOptions, jvmOptionsIn, storeArguments } from '../../src/engine/db/embedded-neo4j';

describe("the embedded Neo4j's JVM options", () => {
  it('are the lines of jvm.options that are neither blank nor comments', () => {
    expect(jvmOptionsIn('# why\n-XX:+UseSerialGC\n\n  -XX:TieredStopAtLevel=1  \n# -XX:+UseG1GC\n')).toEqual(['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1']);
  });

  it('give the heap, the shared options, and the class-data archive only when there is one', () => {
    const withoutArchive = jvmOptions('512m', undefined);
    expect(withoutArchive.slice(0, 2)).toEqual(['-Xms512m', '-Xmx512m']);
    expect(withoutArchive.some((option) => option.startsWith('-XX:SharedArchiveFile'))).toBe(false);
    expect(jvmOptions('512m', '/x/app.jsa')).toEqual([...withoutArchive, '-XX:SharedArchiveFile=/x/app.jsa']);
  });

  it('keep both compilers unless asked for the client compiler alone', () => {
    expect(jvmOptions('1g', undefined).some((option) => option.startsWith('-XX:TieredStopAtLevel'))).toBe(false);
    expect(jvmOptions('1g', '/x/app.jsa', 'c1-only')).toEqual([...jvmOptions('1g', undefined), '-XX:TieredStopAtLevel=1', '-XX:SharedArchiveFile=/x/app.jsa']);
  });

  it('end the JVM on an out-of-memory error, so that the supervisor restarts it', () => {
    expect(jvmOptions('1g', undefined)).toContain('-XX:+ExitOnOutOfMemoryError');
  });
});

describe("the embedded Neo4j launcher's arguments", () => {
  it('keep Neo4j replanning on statistics unless asked not to', () => {
    const options = { dataDir: '/x/data' };
    expect(storeArguments(options, 7687)).not.toContain('--replan-on-statistics');
    expect(storeArguments({ ...options, replanOnStatistics: true }, 7687)).toEqual(storeArguments(options, 7687));
    expect(storeArguments({ ...options, replanOnStatistics: false }, 7687)).toEqual(['--replan-on-statistics', 'false', ...storeArguments(options, 7687)]);
  });
});
