import { EntityType, KINDS_BY_TYPE, RelationType } from '../src/engine/model/model';
// mulberry32, as the explorer seeds its layout: every run builds the same graph.
import { seededRandom as random } from '../src/web/explorer/browser/seeded-random';

/**
 * A deterministic synthetic graph with the seed graph's shape: institutions in countries and
 * regions, taking part in projects, founding platforms and agreements, working in domains. Degrees
 * are skewed (a few hubs, many leaves) by drawing targets with a power-law bias.
 */
export const SCALES = {
  tiny: { entities: 300, relationsPerEntity: 5 },
  small: { entities: 10_000, relationsPerEntity: 10 },
  large: { entities: 100_000, relationsPerEntity: 10 },
} as const;

export type Scale = keyof typeof SCALES;

export interface SyntheticEntity {
  id: string;
  type: EntityType;
  kind: string;
  name: string;
  aliases: string[];
}

export interface SyntheticRelation {
  from: string;
  type: RelationType;
  to: string;
}

/** Share of entities per type, roughly as in a corpus of many such press releases. */
const TYPE_SHARES: [EntityType, number][] = [
  [EntityType.Institution, 0.4],
  [EntityType.Project, 0.2],
  [EntityType.Platform, 0.15],
  [EntityType.Domain, 0.03],
  [EntityType.Country, 0.01],
  [EntityType.Place, 0.05],
  [EntityType.Event, 0.06],
  [EntityType.Agreement, 0.05],
  [EntityType.Network, 0.02],
  [EntityType.Initiative, 0.03],
];

/** Which relationships each type starts, to which types, and how often. */
const RELATION_MIX: { from: EntityType; type: RelationType; to: EntityType; weight: number }[] = [
  { from: EntityType.Institution, type: RelationType.PARTICIPATES_IN, to: EntityType.Project, weight: 0.3 },
  { from: EntityType.Institution, type: RelationType.COOPERATES_WITH, to: EntityType.Institution, weight: 0.1 },
  { from: EntityType.Institution, type: RelationType.ESTABLISHED, to: EntityType.Platform, weight: 0.1 },
  { from: EntityType.Institution, type: RelationType.SUPPORTS, to: EntityType.Project, weight: 0.05 },
  { from: EntityType.Project, type: RelationType.IN_DOMAIN, to: EntityType.Domain, weight: 0.15 },
  { from: EntityType.Platform, type: RelationType.IN_DOMAIN, to: EntityType.Domain, weight: 0.08 },
  { from: EntityType.Platform, type: RelationType.COVERS, to: EntityType.Country, weight: 0.05 },
  { from: EntityType.Agreement, type: RelationType.COVERS, to: EntityType.Country, weight: 0.05 },
  { from: EntityType.Platform, type: RelationType.LAUNCHED_AT, to: EntityType.Event, weight: 0.04 },
  { from: EntityType.Institution, type: RelationType.PROMOTES, to: EntityType.Initiative, weight: 0.04 },
  { from: EntityType.Network, type: RelationType.COVERS, to: EntityType.Country, weight: 0.04 },
];

export function generateGraph(scale: Scale, seed = 42): { entities: SyntheticEntity[]; relations: SyntheticRelation[] } {
  const next = random(seed);
  const { entities: total, relationsPerEntity } = SCALES[scale];
  const byType = new Map<EntityType, SyntheticEntity[]>();
  const entities: SyntheticEntity[] = [];
  for (const [type, share] of TYPE_SHARES) {
    const kinds = Object.values(KINDS_BY_TYPE[type]);
    const group = Array.from({ length: Math.max(3, Math.round(total * share)) }, (_, index): SyntheticEntity => ({
      id: `${type.toLowerCase()}-${index}`,
      type,
      kind: kinds[Math.floor(next() * kinds.length)],
      name: `${type} ${index}`,
      aliases: index % 10 === 0 ? [`${type.slice(0, 3).toUpperCase()}${index}`] : [],
    }));
    byType.set(type, group);
    entities.push(...group);
  }
  // Skewed choice: index ~ n * u^3 puts most relationships on the first few entities (the hubs).
  const pick = (group: SyntheticEntity[]) => group[Math.floor(group.length * next() ** 3)];
  const relations: SyntheticRelation[] = [];
  const seen = new Set<string>();
  // Every institution and place is somewhere: the shape analysts' country questions rely on.
  for (const institution of byType.get(EntityType.Institution)!) relations.push({ from: institution.id, type: RelationType.LOCATED_IN, to: pick(byType.get(EntityType.Country)!).id });
  for (const place of byType.get(EntityType.Place)!) relations.push({ from: place.id, type: RelationType.LOCATED_IN, to: pick(byType.get(EntityType.Country)!).id });
  const target = total * relationsPerEntity;
  const totalWeight = RELATION_MIX.reduce((sum, mix) => sum + mix.weight, 0);
  while (relations.length < target) {
    let roll = next() * totalWeight;
    const mix = RELATION_MIX.find((candidate) => (roll -= candidate.weight) <= 0) ?? RELATION_MIX[0];
    const fromGroup = byType.get(mix.from)!;
    const from = fromGroup[Math.floor(next() * fromGroup.length)];
    const to = pick(byType.get(mix.to)!);
    const key = `${from.id} ${mix.type} ${to.id}`;
    if (from.id === to.id || seen.has(key)) continue;
    seen.add(key);
    relations.push({ from: from.id, type: mix.type, to: to.id });
  }
  return { entities, relations };
}
