/** How the overview groups entities by country, and the cross-border paths it suggests. */
import { degrees, type EdgeEnds, type NodeLabel } from './view';

/** A country's (or group's) region: a compound box in the overview, inside its group's region when it has one. */
export interface Region {
  id: string;
  label: string;
  territory: string;
  parent: string | null;
}

export interface Grouping {
  /** Outermost first. */
  regions: Region[];
  /** Each grouped entity's region id. */
  parents: Map<string, string>;
}

/** Relationships that say where an entity is. */
const WHERE_RELATIONS = new Set(['LOCATED_IN', 'HELD_IN']);
const isTerritory = (node: NodeLabel | undefined) => node !== undefined && (node.type === 'Country' || node.type === 'CountryGroup');
const regionId = (territory: string) => `region:${territory}`;

/** Where each entity is placed (LOCATED_IN, HELD_IN), and which groups each entity is a member of. */
function placements(byId: Map<string, NodeLabel>, edges: EdgeEnds[]) {
  const placedIn = new Map<string, Set<string>>();
  const memberOf = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (!byId.has(edge.source) || !byId.has(edge.target)) continue;
    const targets = WHERE_RELATIONS.has(edge.type) ? placedIn : edge.type === 'MEMBER_OF' && byId.get(edge.target)!.type === 'CountryGroup' ? memberOf : null;
    if (!targets) continue;
    if (!targets.has(edge.source)) targets.set(edge.source, new Set());
    targets.get(edge.source)!.add(edge.target);
  }
  return { placedIn, memberOf };
}

/** Each entity's one territory (directly, or through a place), or none when it has none or several. */
function territoryFinder(byId: Map<string, NodeLabel>, placedIn: Map<string, Set<string>>) {
  const homes = new Map<string, string | null>();
  function home(id: string, visiting: Set<string>): string | null {
    if (homes.has(id)) return homes.get(id)!;
    if (visiting.has(id)) return null;
    visiting.add(id);
    const found = new Set([...(placedIn.get(id) ?? [])].map((target) => (isTerritory(byId.get(target)) ? target : home(target, visiting))).filter((found): found is string => !!found));
    const result = found.size === 1 ? [...found][0] : null;
    homes.set(id, result);
    return result;
  }
  return (id: string) => home(id, new Set());
}

/**
 * Groups the entities of a view by country. Every country (or group such as ASEAN) that holds
 * something gets a region holding itself and whatever is located in it, directly or through a
 * place; a country that is a member of exactly one group in view sits inside that group's region.
 * An entity placed in two territories stays ungrouped.
 */
export function countryRegions(nodes: NodeLabel[], edges: EdgeEnds[]): Grouping {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const { placedIn, memberOf } = placements(byId, edges);
  const territoryOf = territoryFinder(byId, placedIn);
  const parentTerritory = new Map<string, string>();
  for (const node of nodes) {
    if (isTerritory(node)) {
      const groups = memberOf.get(node.id);
      if (node.type === 'Country' && groups && groups.size === 1) parentTerritory.set(node.id, [...groups][0]);
    } else {
      const territory = territoryOf(node.id);
      if (territory) parentTerritory.set(node.id, territory);
    }
  }
  const holding = new Set(parentTerritory.values());
  const regions: Region[] = [...holding].map((territory) => ({
    id: regionId(territory),
    label: byId.get(territory)!.label,
    territory,
    parent: parentTerritory.has(territory) ? regionId(parentTerritory.get(territory)!) : null,
  }));
  regions.sort((a, b) => (a.parent ? 1 : 0) - (b.parent ? 1 : 0) || a.label.localeCompare(b.label));
  const parents = new Map<string, string>();
  for (const [id, territory] of parentTerritory) if (!holding.has(id)) parents.set(id, regionId(territory));
  for (const territory of holding) parents.set(territory, regionId(territory));
  return { regions, parents };
}

/**
 * Cross-border questions to start from: for pairs of regions, the best-connected institution of
 * each (by degree), best-connected pairs first, at most `count`.
 */
export function crossBorderPairs<N extends NodeLabel>(nodes: N[], edges: EdgeEnds[], parents: Map<string, string>, count: number): { from: N; to: N }[] {
  const degree = degrees(edges);
  const degreeOf = (node: N) => degree.get(node.id) ?? 0;
  const best = new Map<string, N>();
  for (const node of nodes) {
    const region = parents.get(node.id);
    if (node.type !== 'Institution' || !region) continue;
    const current = best.get(region);
    if (!current || degreeOf(node) > degreeOf(current)) best.set(region, node);
  }
  const champions = [...best.values()];
  const pairs = champions.flatMap((from, index) => champions.slice(index + 1).map((to) => ({ from, to, weight: degreeOf(from) + degreeOf(to) })));
  pairs.sort((a, b) => b.weight - a.weight || a.from.label.localeCompare(b.from.label) || a.to.label.localeCompare(b.to.label));
  return pairs.slice(0, count).map(({ from, to }) => ({ from, to }));
}
