import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { PROJECT_ROOT } from '../../src/platform/config/config';

/** Docker cannot run here: these checks keep the Compose file's replicas profile consistent instead. */
const compose = YAML.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, { profiles?: string[]; environment?: Record<string, unknown>; volumes?: string[]; depends_on?: Record<string, unknown>; ports?: string[] }>;
};
const { services } = compose;

describe('the Compose replicas profile', () => {
  const replicas = Object.keys(services).filter((name) => /^collab-graph-[a-z]$/.test(name));

  it('runs two replicas with the single service settings, one seeding', () => {
    expect(replicas).toEqual(['collab-graph-a', 'collab-graph-b']);
    for (const name of replicas) {
      expect(services[name].profiles).toEqual(['replicas']);
      const { SEED_ON_EMPTY, ...environment } = services[name].environment!;
      expect(environment).toEqual(services['collab-graph'].environment);
      expect(SEED_ON_EMPTY).toBe(name === 'collab-graph-a' ? undefined : 'false');
      expect(services[name].ports).toEqual([]);
    }
  });

  it('puts a proxy in front whose upstream names exactly those replicas on the service port', () => {
    const proxy = services['collab-graph-proxy'];
    expect(proxy.profiles).toEqual(['replicas']);
    expect(Object.keys(proxy.depends_on!).sort()).toEqual(replicas);
    const [file, target] = proxy.volumes![0].split(':');
    expect(target).toBe('/etc/nginx/nginx.conf');
    const config = fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
    const upstream = [...config.matchAll(/^\s*server (\S+):(\d+)/gm)].map((match) => [match[1], match[2]]);
    expect(upstream).toEqual(replicas.map((name) => [name, String(services['collab-graph'].environment!.PORT)]));
    expect(config).toContain(`listen ${services['collab-graph'].environment!.PORT};`);
    expect(proxy.ports).toEqual([`127.0.0.1:4080:${services['collab-graph'].environment!.PORT}`]);
  });
});
