/** What of a view was stated by an "as of" date (YYYY-MM-DD; ISO dates compare as text). */

interface Stated {
  source: { publishedOn: string } | null;
}

/** Whether a relationship with this evidence was stated on or before `asOf`: as the API's `stated: {to: asOf}` counts it. */
export function statedBy(evidence: Stated[], asOf: string): boolean {
  return evidence.some((item) => !!item.source && item.source.publishedOn <= asOf);
}

/** The paths every step of which was stated by `asOf` (all of them when there is no date). */
export function pathsAsOf<P extends { steps: { evidence: Stated[] }[] }>(paths: P[], asOf: string): P[] {
  return asOf ? paths.filter((path) => path.steps.every((step) => statedBy(step.evidence, asOf))) : paths;
}

/** The nodes an edge touches, and those in `keep`: what an overview as of a date draws. */
export function touchedNodes<N extends { id: string }>(nodes: N[], edges: { source: string; target: string }[], keep: string[]): N[] {
  const ends = new Set([...keep, ...edges.flatMap((edge) => [edge.source, edge.target])]);
  return nodes.filter((node) => ends.has(node.id));
}
