import fs from 'node:fs';
import neo4j, { type AuthToken } from 'neo4j-driver';
import { loadConfig } from '../../src/platform/config/config';
import { connectGraph } from '../../src/engine/db/connect';
import { embeddedPasswordFile, readEmbeddedPassword } from '../../src/engine/db/embedded-neo4j';
import { testEmbeddedNeo4j } from '../support/embedded';
import { silentLogger } from '../support/graph';


const uri = process.env.NEO4J_URI ?? '';
const port = Number(new URL(uri.replace(/^bolt:/, 'http:')).port);

async function connect(auth?: AuthToken): Promise<string> {
  const driver = neo4j.driver(uri, auth);
  try {
    await driver.verifyConnectivity();
    return 'connected';
  } catch (error) {
    return (error as { code: string }).code;
  } finally {
    await driver.close();
  }
}

/** Where a file descriptor points; undefined when the process closed it after it was listed. */
function fdTarget(pid: number, fd: string): string | undefined {
  try {
    return fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The TCP sockets a process listens on, as address:port, from /proc (IPv4 and IPv6). */
function listeningSockets(pid: number): string[] {
  const inodes = new Set(
    fs
      .readdirSync(`/proc/${pid}/fd`)
      .map((fd) => /^socket:\[(\d+)\]$/.exec(fdTarget(pid, fd) ?? '')?.[1])
      .filter(Boolean),
  );
  // The kernel prints each 32-bit word of an address in host (little-endian) byte order.
  const address = (hex: string) => {
    const [host, portHex] = hex.split(':');
    const bytes = host.match(/.{8}/g)!.flatMap((word) => word.match(/../g)!.reverse());
    const ipv4 = (last4: string[]) => last4.map((byte) => parseInt(byte, 16)).join('.');
    const ipv4Mapped = bytes.length === 16 && bytes.slice(0, 12).join('') === '00000000000000000000FFFF';
    const ip = bytes.length === 4 || ipv4Mapped ? ipv4(bytes.slice(-4)) : `[${bytes.join('').toLowerCase()}]`;
    return `${ip}:${parseInt(portHex, 16)}`;
  };
  return ['tcp', 'tcp6'].flatMap((table) =>
    fs
      .readFileSync(`/proc/${pid}/net/${table}`, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[3] === '0A' && inodes.has(fields[9]))
      .map((fields) => address(fields[1])),
  );
}

(testEmbeddedNeo4j ? describe : describe.skip)('the embedded Neo4j', () => {
  it('refuses connections without credentials, with a wrong password and with the default one', async () => {
    expect(await connect()).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await connect(neo4j.auth.basic('neo4j', 'not-the-password'))).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await connect(neo4j.auth.basic('neo4j', 'neo4j'))).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await connect(neo4j.auth.basic('neo4j', readEmbeddedPassword(testEmbeddedNeo4j!.dataDir)!))).toBe('connected');
  });

  it('keeps its generated password in the data folder, readable by its owner only, and the store private too', () => {
    const password = readEmbeddedPassword(testEmbeddedNeo4j!.dataDir)!;
    expect(password).toMatch(/^[\w-]{43}$/);
    expect(fs.statSync(embeddedPasswordFile(testEmbeddedNeo4j!.dataDir)).mode & 0o777).toBe(0o600);
    expect(fs.statSync(testEmbeddedNeo4j!.dataDir).mode & 0o777).toBe(0o700);
  });

  it('listens on the loopback Bolt port and nowhere else: no HTTP connector', () => {
    expect(listeningSockets(testEmbeddedNeo4j!.pid)).toEqual([`127.0.0.1:${port}`]);
  });

  it('lets a command-line tool use the running one with the password from its data folder', async () => {
    const config = loadConfig({ NEO4J_DATA_DIR: testEmbeddedNeo4j!.dataDir, NEO4J_EMBEDDED_BOLT_PORT: String(port) });
    const graph = await connectGraph(config.neo4j, silentLogger, { reuseRunningEmbedded: true });
    try {
      expect(graph.embedded).toBeUndefined();
      expect(await graph.database.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await graph.close();
    }
  });
});
