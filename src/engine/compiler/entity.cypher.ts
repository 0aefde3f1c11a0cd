import Cypher from '@neo4j/cypher-builder';
import { Direction } from '../model/enums';
import { ENTITY_LABEL, type EntityType } from '../model/model';
import { chainSourceCountOf, sourceCountOf } from '../model/evidence.cypher';
import { chainFirstStatedOf, chainLastStatedOf, firstStatedOf, lastStatedOf, statedWithin } from '../model/stated.cypher';
import type { EdgePlan, EntityPlan, EvidencePlan, RelationPlan, StatedField } from './selection.plan';

/**
 * Cypher expressions for a plan: an entity as a list of only what is selected, its relationship
 * fields as `COLLECT {}` / `COUNT {}` subqueries paged per parent, evidence with its source inline.
 * Labels, relationship types and property keys come from the plan (schema and allow-lists); page
 * windows are named parameters (`$__r<n>_offset`, `$__r<n>_limit`), bound per request.
 */

const SOURCE_LABEL = 'Source';

/**
 * The evidence items of `owner`: its quotes and source ids, paired by position. Only the quotes when
 * nothing else is selected: each property read is a database hit per item, which made a page of
 * relationships with their quotes read three times what it shows.
 */
export function evidenceOf(owner: Cypher.Variable, plan: EvidencePlan): Cypher.Expr {
  if (plan.quotesOnly) {
    const quote = new Cypher.Variable();
    return new Cypher.ListComprehension(quote).in(Cypher.coalesce(owner.property('evidenceQuotes'), new Cypher.List([]))).map(new Cypher.Map({ quote }));
  }
  const index = new Cypher.Variable();
  const sourceIds = owner.property('evidenceSourceIds');
  const quotes = owner.property('evidenceQuotes');
  const item: Record<string, Cypher.Expr> = { sourceId: sourceIds.property(index), quote: quotes.property(index) };
  if (plan.sourceProperties) {
    const source = new Cypher.Node();
    const match = new Cypher.Match(new Cypher.Pattern(source, { labels: SOURCE_LABEL, properties: { id: sourceIds.property(index) } })).return(
      new Cypher.MapProjection(source, plan.sourceProperties),
    );
    item.source = Cypher.head(new Cypher.Collect(match));
  }
  const last = Cypher.minus(Cypher.size(Cypher.coalesce(quotes, new Cypher.List([]))), new Cypher.Literal(1));
  return new Cypher.ListComprehension(index).in(Cypher.range(new Cypher.Literal(0), last)).map(new Cypher.Map(item));
}

/** `firstStated` / `lastStated` of one entity or relationship, from its evidence's sources. */
export function statedOf(owner: Cypher.Variable, field: StatedField): Cypher.Expr {
  const date = field === 'firstStated' ? firstStatedOf : lastStatedOf;
  return new Cypher.Raw((context) => date(context.compile(owner)));
}

/** `firstStated` / `lastStated` of a chain of relationships (see `chainFirstStatedOf`). */
function chainStatedOf(path: Cypher.PathVariable, field: StatedField): Cypher.Expr {
  const date = field === 'firstStated' ? chainFirstStatedOf : chainLastStatedOf;
  return new Cypher.Raw((context) => date(context.compile(Cypher.relationships(path))));
}

/** `sourceCount` of one entity or relationship: the distinct sources its evidence cites. */
export function sourceCountExpr(owner: Cypher.Variable): Cypher.Expr {
  return new Cypher.Raw((context) => sourceCountOf(context.compile(owner)));
}

/** Whether `owner` was stated within the date range in parameter `range` (null: any). */
export function statedWithinRange(owner: Cypher.Variable, range: Cypher.Param): Cypher.Predicate {
  return new Cypher.Raw((context) => statedWithin(context.compile(owner), context.compile(range)));
}

/** `type`: a literal where the position holds one entity type, else read from the labels. */
function typeOf(node: Cypher.Node, types: readonly EntityType[]): Cypher.Expr {
  if (types.length === 1) return new Cypher.Literal(types[0]);
  const label = new Cypher.Variable();
  return Cypher.head(new Cypher.ListComprehension(label).in(Cypher.labels(node)).where(Cypher.neq(label, new Cypher.Literal(ENTITY_LABEL))));
}

function hasAnyLabel(node: Cypher.Node, types: readonly EntityType[]): Cypher.Predicate {
  return Cypher.or(...types.map((type) => node.hasLabel(type)))!;
}

/** Whether an entity's type is read: when selected, or where the position may hold several types. */
function readsType(plan: EntityPlan): boolean {
  return plan.type || plan.types.length > 1;
}

const keysByPlan = new WeakMap<EntityPlan, string[]>();

/**
 * The names of the values an entity is read as, in order: selected properties, its type, evidence,
 * dates, then its relationship fields' result keys (`entityRow` reads them, `materialize` names them).
 */
export function entityKeys(plan: EntityPlan): string[] {
  let keys = keysByPlan.get(plan);
  if (!keys) {
    keys = [
      ...plan.properties,
      ...(readsType(plan) ? ['type'] : []),
      ...(plan.evidence ? ['evidence'] : []),
      ...plan.stated,
      ...(plan.sourceCount ? ['sourceCount'] : []),
      ...plan.relations.map((relation) => relation.key),
    ];
    keysByPlan.set(plan, keys);
  }
  return keys;
}

/**
 * An entity as a list of its selected values, in `entityKeys` order: a list rather than a map because
 * the driver decodes a map key by key (each a string and an `Object.defineProperty`), which cost the
 * dashboard more than a third of its decoding time; Neo4j sends less too.
 */
export function entityRow(node: Cypher.Node, plan: EntityPlan): Cypher.Expr {
  const values: Cypher.Expr[] = plan.properties.map((name) =>
    name === 'aliases' ? Cypher.coalesce(node.property('aliases'), new Cypher.List([])) : name === 'collective' ? Cypher.coalesce(node.property('collective'), Cypher.false) : node.property(name),
  );
  // A position of one type needs no type read: the plan knows it (see `materialize`).
  if (readsType(plan)) values.push(typeOf(node, plan.types));
  if (plan.evidence) values.push(evidenceOf(node, plan.evidence));
  for (const field of plan.stated) values.push(statedOf(node, field));
  if (plan.sourceCount) values.push(sourceCountExpr(node));
  for (const relation of plan.relations) {
    const value = relationValue(node, relation);
    values.push(plan.types.every((type) => relation.parentTypes.includes(type)) ? value : new Cypher.Case().when(hasAnyLabel(node, relation.parentTypes)).then(value));
  }
  return new Cypher.List(values);
}

/** The relationship field's pattern from `parent` to `other`, `r` naming the single hop (absent for chains). */
function relationPattern(parent: Cypher.Node, other: Cypher.Node, relation: RelationPlan, r: Cypher.Relationship | undefined) {
  const { spec } = relation;
  const direction = spec.direction === Direction.OUT ? 'right' : spec.direction === Direction.IN ? 'left' : 'undirected';
  const type = spec.types.length > 0 ? Cypher.labelExpr.or(...spec.types) : undefined;
  const length = (spec.maxHops ?? 1) > 1 ? { min: 1, max: spec.maxHops! } : undefined;
  return new Cypher.Pattern(parent).related(length ? undefined : r, { type, direction, length }).to(other, { labels: otherEndLabel(relation) });
}

/**
 * The label the other end is matched with: its one target type; none where the model's relationship
 * types are named, as they join entities only (and several target types are checked by
 * `relationCondition`), so the check cost a database hit per row for nothing; `Entity` where any
 * relationship type is followed: there only the label says the other end is an entity.
 */
function otherEndLabel({ spec }: RelationPlan): string | undefined {
  if (spec.targets.length === 1) return spec.targets[0];
  return spec.types.length === 0 && spec.targets.length === 0 ? ENTITY_LABEL : undefined;
}

/**
 * The field's condition on a row: not the parent itself, a target type, and what its arguments ask of
 * the relationship, or of every hop of a chain (`path`): stated within a `stated` range, stated by at
 * least `minSources` sources.
 */
function relationCondition(parent: Cypher.Node, other: Cypher.Node, relation: RelationPlan, related: Cypher.Relationship | Cypher.PathVariable | undefined): Cypher.Predicate {
  const { targets } = relation.spec;
  return Cypher.and(Cypher.neq(other, parent), targets.length > 1 ? hasAnyLabel(other, targets) : undefined, related && hopCondition(relation, related))!;
}

/** What the field's `stated` and `minSources` arguments ask of each relationship (a parameter each). */
function hopCondition(relation: RelationPlan, related: Cypher.Relationship | Cypher.PathVariable): Cypher.Predicate | undefined {
  if (!relation.statedRange && !relation.minSources) return undefined;
  const holds = (hop: Cypher.Relationship) =>
    Cypher.and(
      relation.statedRange ? statedWithinRange(hop, new Cypher.NamedParam(`${relation.key}_stated`)) : undefined,
      relation.minSources ? Cypher.gte(sourceCountExpr(hop), new Cypher.NamedParam(`${relation.key}_minSources`)) : undefined,
    )!;
  if (related instanceof Cypher.Relationship) return holds(related);
  const hop = new Cypher.Relationship();
  return Cypher.all(hop, Cypher.relationships(related), holds(hop));
}

/** A chain's path variable, when its hops need one: to be filtered by its arguments. */
function chainPath(relation: RelationPlan): Cypher.PathVariable | undefined {
  return relation.statedRange || relation.minSources ? new Cypher.PathVariable() : undefined;
}

function withPath(pattern: Cypher.Pattern, path: Cypher.PathVariable | undefined) {
  return path ? pattern.assignTo(path) : pattern;
}

interface EdgeValues {
  hops: Cypher.Expr;
  evidence: (plan: EvidencePlan) => Cypher.Expr;
  stated: (field: StatedField) => Cypher.Expr;
  sourceCount: () => Cypher.Expr;
}

function edgeMap(parent: Cypher.Node, r: Cypher.Relationship, edge: EdgePlan, { hops, evidence, stated, sourceCount }: EdgeValues): Record<string, Cypher.Expr> {
  const fields: Record<string, Cypher.Expr> = {};
  for (const name of edge.properties) fields[name] = r.property(name);
  if (edge.type) fields.type = Cypher.type(r);
  if (edge.direction) fields.direction = new Cypher.Case().when(Cypher.eq(Cypher.startNode(r), parent)).then(new Cypher.Literal('OUT')).else(new Cypher.Literal('IN'));
  if (edge.hops) fields.hops = hops;
  if (edge.evidence) fields.evidence = evidence(edge.evidence);
  for (const field of edge.stated) fields[field] = stated(field);
  if (edge.sourceCount) fields.sourceCount = sourceCount();
  return fields;
}

const byName = (other: Cypher.Node): [Cypher.Expr, 'ASC'][] => [
  [other.property('name'), 'ASC'],
  [other.property('id'), 'ASC'],
];

/**
 * One page of the related entities of `parent`, ordered by name and id: a single hop keeps one edge
 * per relationship; a chain keeps each entity once, reached by its shortest chain (every hop's
 * evidence is the edge's). A single-valued field reads the first entity only.
 */
function relatedRows(parent: Cypher.Node, relation: RelationPlan): Cypher.Clause {
  const other = new Cypher.Node();
  const r = new Cypher.Relationship();
  const window = (clause: Cypher.With) =>
    relation.single ? clause.limit(1) : clause.skip(new Cypher.NamedParam(`${relation.key}_offset`)).limit(new Cypher.NamedParam(`${relation.key}_limit`));
  const node = entityRow(other, relation.node);
  if ((relation.spec.maxHops ?? 1) === 1) {
    const rows = window(new Cypher.Match(relationPattern(parent, other, relation, r)).where(relationCondition(parent, other, relation, r)).with(other, r).orderBy(...byName(other)));
    if (relation.single) return rows.return(node);
    const values: EdgeValues = { hops: new Cypher.Literal(1), evidence: (plan) => evidenceOf(r, plan), stated: (field) => statedOf(r, field), sourceCount: () => sourceCountExpr(r) };
    return rows.return(relation.edge.selected ? new Cypher.Map({ node, ...edgeMap(parent, r, relation.edge, values) }) : node);
  }
  // Each entity once, with its shortest chain. No aggregation: Neo4j 5 refuses one inside a subquery
  // expression that sits in an aggregating projection (a list page, `RETURN id, n {…}`).
  const path = new Cypher.PathVariable();
  const shortestPath = new Cypher.PathVariable();
  const shortestMatch = new Cypher.Match(relationPattern(parent, other, relation, undefined).assignTo(shortestPath));
  const shortestCondition = hopCondition(relation, shortestPath);
  const shortest = (shortestCondition ? shortestMatch.where(shortestCondition) : shortestMatch)
    .return(shortestPath)
    .orderBy(Cypher.length(shortestPath))
    .limit(1);
  const reached = chainPath(relation);
  const entities = window(
    new Cypher.Match(withPath(relationPattern(parent, other, relation, undefined), reached))
      .where(relationCondition(parent, other, relation, reached))
      .with(other)
      .distinct()
      .orderBy(...byName(other)),
  );
  if (relation.single || !relation.edge.selected) return entities.return(node);
  const rows = entities.with(other, [Cypher.head(new Cypher.Collect(shortest)), path]).with(other, path, [Cypher.head(Cypher.relationships(path)), r]);
  const evidence = (plan: EvidencePlan) => {
    const all = new Cypher.Variable();
    const hop = new Cypher.Relationship();
    return Cypher.reduce(all, new Cypher.List([]), hop, Cypher.relationships(path), Cypher.plus(all, evidenceOf(hop, plan)));
  };
  const stated = (field: StatedField) => chainStatedOf(path, field);
  const sourceCount = () => new Cypher.Raw((context) => chainSourceCountOf(context.compile(Cypher.relationships(path))));
  return rows.return(new Cypher.Map({ node, ...edgeMap(parent, r, relation.edge, { hops: Cypher.length(path), evidence, stated, sourceCount }) }));
}

/** How many entries the field's list has in all: relationships for a single hop, entities for a chain. */
function relatedCount(parent: Cypher.Node, relation: RelationPlan): Cypher.Expr {
  const other = new Cypher.Node();
  const r = new Cypher.Relationship();
  const chained = (relation.spec.maxHops ?? 1) > 1;
  const related = chained ? chainPath(relation) : r;
  const pattern = chained ? withPath(relationPattern(parent, other, relation, undefined), related as Cypher.PathVariable | undefined) : relationPattern(parent, other, relation, r);
  const match = new Cypher.Match(pattern).where(relationCondition(parent, other, relation, related));
  return new Cypher.Count(chained ? match.return(other).distinct() : match);
}

/**
 * A relationship field's value, as small as the selection allows (it is most of what travels): the
 * single entity; the page's rows; the total; or both as `{page, total}`. Rows are entities alone
 * when nothing of the relationships is selected.
 */
function relationValue(parent: Cypher.Node, relation: RelationPlan): Cypher.Expr {
  if (relation.single) return Cypher.head(new Cypher.Collect(relatedRows(parent, relation)));
  const page = relation.page ? new Cypher.Collect(relatedRows(parent, relation)) : undefined;
  const total = relation.totalCount ? relatedCount(parent, relation) : undefined;
  if (page && total) return new Cypher.Map({ page, total });
  return page ?? total ?? new Cypher.Literal(null);
}
