import { Direction } from '../../engine/model/enums';
import { EntityType, type RelationType } from '../../engine/model/model';
import { explainStep } from '../path/explanation';
import { AskIntent, DIRECT_WORK_TYPES, RELATION_INTENTS, SHARED_WORK_TYPES } from './ask.grammar';

/**
 * Each intent as one GraphQL query over the public schema, and the answer's sentences composed from what
 * that query returned: every sentence states only relationships the result holds, with their quotes.
 */

export interface EvidenceData {
  quote: string;
  sourceId: string;
}
export interface EntityData {
  id: string;
  name: string;
  type: EntityType;
  collective: boolean;
}
interface EdgeData {
  type: RelationType;
  direction: Direction;
  role: string | null;
  countryCount?: number | null;
  node: EntityData;
  evidence: EvidenceData[];
}
interface StepData {
  type: RelationType;
  direction: Direction;
  role: string | null;
  from: EntityData;
  to: EntityData;
  evidence: EvidenceData[];
}

export interface Sentence {
  text: string;
  evidence: EvidenceData[];
  entities: string[];
}

/** What the plan needs besides the linked entities. */
export interface PlanInput {
  intent: AskIntent;
  ids: string[];
  entityType?: EntityType;
  since?: string;
  /** For COUNT: the words after "how many" ("members", "countries"). */
  measure?: string;
  maxHops?: number;
}

/** The fragments plans use, each after those it spreads; a query carries only the ones it spreads. */
const FRAGMENTS: [string, string][] = [
  ['AskEdge', 'fragment AskEdge on NodeRelationEdge { type direction role node { ...AskEntity } evidence { ...AskEvidence } }'],
  ['AskEntity', 'fragment AskEntity on Node { id name type collective }'],
  ['AskEvidence', 'fragment AskEvidence on Evidence { quote sourceId source { title publisher publishedOn } }'],
];

function withFragments(operation: string): string {
  let text = operation;
  for (const [name, fragment] of FRAGMENTS) if (text.includes(`...${name}`)) text += `\n${fragment}`;
  return `${text}\n`;
}

const literal = (value: string) => JSON.stringify(value);
const list = (values: readonly string[]) => `[${values.join(', ')}]`;
const MAX_ITEMS = 25;

function relationships(types: readonly RelationType[], direction: Direction, extra = ''): string {
  const typeArgument = types.length > 0 ? `types: ${list(types)}, ` : '';
  return `relationships(${typeArgument}direction: ${direction}, first: ${MAX_ITEMS}${extra})`;
}

/** The GraphQL the answer is computed from: literal values only, so it runs as it is in GraphiQL. */
export function planQuery(input: PlanInput): string {
  const [a, b] = input.ids.map(literal);
  const body = (() => {
    switch (input.intent) {
      case AskIntent.CONNECTION:
      case AskIntent.COMMON_PARTNERS:
        return `paths(from: ${a}, to: ${b}, maxHops: ${input.maxHops ?? (input.intent === AskIntent.CONNECTION ? 3 : 2)}, first: ${input.intent === AskIntent.CONNECTION ? 3 : 10}) {
    length
    steps { type direction role from { ...AskEntity } to { ...AskEntity } evidence { ...AskEvidence } }
  }`;
      case AskIntent.PARTNERS:
        return `node(id: ${a}) {
    ...AskEntity
    direct: ${relationships(DIRECT_WORK_TYPES, Direction.BOTH)} { edges { ...AskEdge } }
    shared: ${relationships(SHARED_WORK_TYPES, Direction.OUT)} {
      edges { ...AskEdge node { others: ${relationships(SHARED_WORK_TYPES, Direction.IN)} { edges { ...AskEdge } } } }
    }
  }`;
      case AskIntent.IN_PLACE: {
        const here = relationships(['LOCATED_IN' as RelationType], Direction.IN, `, nodeTypes: [${input.entityType}]`);
        const within = relationships(['LOCATED_IN', 'MEMBER_OF'] as RelationType[], Direction.IN, `, nodeTypes: [Place, Country]`);
        return `node(id: ${a}) {
    ...AskEntity
    here: ${here} { edges { ...AskEdge } }
    within: ${within} { edges { ...AskEdge node { here: ${here} { edges { ...AskEdge } } } } }
  }`;
      }
      case AskIntent.COUNT:
        return `node(id: ${a}) {
    ...AskEntity
    count
    countQualifier
    evidence { ...AskEvidence }
    ... on Network { memberCount memberCountQualifier countryCount }
    ... on Platform { countryCount }
    ... on Agreement { countryCount }
    reach: ${relationships(['COVERS', 'LOCATED_IN'] as RelationType[], Direction.OUT)} { edges { ...AskEdge countryCount } }
  }`;
      case AskIntent.SINCE:
        return `recentFacts(since: ${literal(input.since!)}, first: ${MAX_ITEMS}) {
    totalCount
    nodes { type role firstStated from { ...AskEntity } to { ...AskEntity } evidence { ...AskEvidence } }
  }`;
      default: {
        const spec = RELATION_INTENTS[input.intent]!;
        return `node(id: ${a}) {
    ...AskEntity
    ${relationships(spec.types, spec.direction)} { totalCount edges { ...AskEdge } }
  }`;
      }
    }
  })();
  return withFragments(`query Ask {\n  ${body}\n}`);
}

const sentenceOf = (clauses: string[]) => `${clauses.join('; ')}.`;

function edgeClause(parent: EntityData, edge: EdgeData): string {
  return explainStep({ type: edge.type, from: parent, to: edge.node, forward: edge.direction === Direction.OUT, role: edge.role, quote: undefined, source: undefined });
}

function edgeSentences(parent: EntityData, edges: EdgeData[]): Sentence[] {
  return edges.map((edge) => ({ text: sentenceOf([edgeClause(parent, edge)]), evidence: edge.evidence, entities: [parent.id, edge.node.id] }));
}

function pathSentences(paths: { length: number; steps: StepData[] }[], onlyLength?: number): Sentence[] {
  return paths
    .filter((path) => onlyLength === undefined || path.length === onlyLength)
    .map((path) => ({
      text: sentenceOf(path.steps.map((step) => explainStep({ type: step.type, from: step.from, to: step.to, forward: step.direction === Direction.OUT, role: step.role, quote: undefined, source: undefined }))),
      evidence: path.steps.flatMap((step) => step.evidence.slice(0, 1)),
      entities: path.steps.flatMap((step, index) => (index === 0 ? [step.from.id, step.to.id] : [step.to.id])),
    }));
}

const QUALIFIER: Record<string, string> = { EXACT: '', MORE_THAN: 'more than ' };

/** The quote that writes the number ("2,600" or "2600"), else the first. */
function quoteWithNumber(evidence: EvidenceData[], value: number): EvidenceData[] {
  const written = [value.toLocaleString('en-US'), String(value)];
  const holding = evidence.find((item) => written.some((form) => new RegExp(`(?<![\\d,])${form.replace(/,/g, ',')}(?![\\d,])`).test(item.quote)));
  return holding ? [holding] : [];
}

interface CountNode extends EntityData {
  count: number | null;
  countQualifier: string | null;
  memberCount?: number | null;
  memberCountQualifier?: string | null;
  countryCount?: number | null;
  evidence: EvidenceData[];
  reach: { edges: EdgeData[] };
}

function countSentences(node: CountNode, measure: string): Sentence[] {
  const entities = [node.id];
  const say = (value: number, qualifier: string | null | undefined, text: (amount: string) => string, evidence: EvidenceData[]): Sentence[] => {
    const quoted = quoteWithNumber(evidence, value);
    return quoted.length > 0 ? [{ text: text(`${QUALIFIER[qualifier ?? 'EXACT']}${value.toLocaleString('en-US')}`), evidence: quoted, entities }] : [];
  };
  const verb = node.collective ? 'cover' : 'covers';
  if (/\bmembers?\b/.test(measure) && node.memberCount != null) return say(node.memberCount, node.memberCountQualifier, (amount) => `${node.name} has ${amount} members.`, node.evidence);
  if (/\bcountr(y|ies)|nations?\b/.test(measure)) {
    if (node.countryCount != null) return say(node.countryCount, 'EXACT', (amount) => `${node.name} ${verb} ${amount} countries.`, [...node.evidence, ...node.reach.edges.flatMap((edge) => edge.evidence)]);
    const edge = node.reach.edges.find((item) => item.countryCount != null);
    if (edge) return say(edge.countryCount!, 'EXACT', (amount) => `${node.name} ${verb} ${amount} countries of ${edge.node.name}.`, edge.evidence);
    return [];
  }
  if (node.count != null) return say(node.count, node.countQualifier, (amount) => `There ${node.count === 1 ? 'is' : 'are'} ${amount} ${node.name.charAt(0).toLowerCase()}${node.name.slice(1)}.`, node.evidence);
  if (node.memberCount != null) return say(node.memberCount, node.memberCountQualifier, (amount) => `${node.name} has ${amount} members.`, node.evidence);
  return [];
}

interface PlaceNode extends EntityData {
  here: { edges: EdgeData[] };
  within: { edges: (EdgeData & { node: EntityData & { here: { edges: EdgeData[] } } })[] };
}

function inPlaceSentences(place: PlaceNode): Sentence[] {
  const direct = edgeSentences(place, place.here.edges);
  const nested = place.within.edges.flatMap((outer) =>
    outer.node.here.edges.map((inner) => ({
      text: sentenceOf([edgeClause(outer.node, inner), edgeClause(place, outer)]),
      evidence: [...inner.evidence.slice(0, 1), ...outer.evidence.slice(0, 1)],
      entities: [inner.node.id, outer.node.id, place.id],
    })),
  );
  return [...direct, ...nested];
}

interface PartnerNode extends EntityData {
  direct: { edges: EdgeData[] };
  shared: { edges: (EdgeData & { node: EntityData & { others: { edges: EdgeData[] } } })[] };
}

function partnerSentences(node: PartnerNode): Sentence[] {
  const shared = node.shared.edges.flatMap((work) =>
    work.node.others.edges
      .filter((other) => other.node.id !== node.id)
      .map((other) => ({
        text: sentenceOf([edgeClause(node, work), edgeClause(work.node, other)]),
        evidence: [...work.evidence.slice(0, 1), ...other.evidence.slice(0, 1)],
        entities: [node.id, other.node.id, work.node.id],
      })),
  );
  return [...edgeSentences(node, node.direct.edges), ...shared];
}

interface FactData {
  type: RelationType;
  role: string | null;
  firstStated: string;
  from: EntityData;
  to: EntityData;
  evidence: EvidenceData[];
}

/** The answer's sentences from the query's result. */
export function composeSentences(input: PlanInput, data: Record<string, any>): Sentence[] {
  switch (input.intent) {
    case AskIntent.CONNECTION:
      return pathSentences(data.paths);
    case AskIntent.COMMON_PARTNERS:
      return pathSentences(data.paths, 2);
    case AskIntent.SINCE:
      return (data.recentFacts.nodes as FactData[]).map((fact) => ({
        text: `${explainStep({ type: fact.type, from: fact.from, to: fact.to, forward: true, role: fact.role, quote: undefined, source: undefined })} (first stated ${fact.firstStated}).`,
        evidence: fact.evidence,
        entities: [fact.from.id, fact.to.id],
      }));
    default: {
      const node = data.node;
      if (!node) return [];
      if (input.intent === AskIntent.PARTNERS) return partnerSentences(node);
      if (input.intent === AskIntent.IN_PLACE) return inPlaceSentences(node);
      if (input.intent === AskIntent.COUNT) return countSentences(node, input.measure ?? '');
      return edgeSentences(node, node.relationships.edges);
    }
  }
}
