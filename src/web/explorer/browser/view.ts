/** What the explorer draws: entities and relationships as the API's graph fields answer them. */

/** From this many distinct sources on, a relationship is corroborated and drawn solid; below, dashed. */
export const CORROBORATED = 2;

export interface Evidence {
  quote: string;
  source: { title: string; publisher: string; publishedOn: string } | null;
}

export interface ViewNode {
  id: string;
  label: string;
  type: string;
  kind: string;
  /** Steps from the view's centre (a neighbourhood), or the position on a path. */
  distance: number;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  sourceCount: number;
  evidence?: Evidence[];
  /** A path step's relationship in words. */
  explanation?: string;
}

/** An entity as the API's entity fields name it (`name`, where the graph fields say `label`). */
export interface NamedEntity {
  id: string;
  name: string;
  type: string;
}

/** The ends and type of a relationship: all the pure helpers need of one. */
export type EdgeEnds = Pick<ViewEdge, 'source' | 'target' | 'type'>;

/** An entity as far as the pure helpers need it. */
export type NodeLabel = Pick<ViewNode, 'id' | 'label' | 'type'>;

/** How many relationships of `edges` touch each entity. */
export function degrees(edges: EdgeEnds[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const edge of edges) for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return degree;
}
