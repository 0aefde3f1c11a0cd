/** The view as GraphML, written by the service's own GraphML writer, so it has the same keys as GET /export. */
import { toGraphML } from '../../../features/export/graphml';
import type { ViewEdge, ViewNode } from './view';

export function viewGraphML(nodes: Pick<ViewNode, 'id' | 'label' | 'type' | 'kind'>[], edges: Pick<ViewEdge, 'id' | 'source' | 'target' | 'type' | 'evidence'>[]): string {
  return toGraphML(
    'collab-graph-view',
    nodes.map(({ id, label, type, kind }) => ({ id, label, type, kind })),
    edges.map(({ id, source, target, type, evidence }) => ({ id, source, target, type, evidence: evidence ?? [] })),
  );
}
