import type { GraphQLResolveInfo } from 'graphql';
import { ENTITY_TYPES } from '../../engine/model/model';
import { RELATION_PROPERTY_NAMES } from '../../engine/model/relations';
import { entityPlan, fieldsAt, isSelected, type PlanContext, type RelationKeys } from '../../engine/compiler/selection.plan';
import type { PathProjection } from './path.repository';

/**
 * What a `paths` query reads: its entities (`nodes`, `steps.from`, `steps.to`) as the selection
 * compiler plans them, the steps' relationship properties, what the explanation needs (names,
 * whether the subject is collective, the role, the first quote and its source's label), and every
 * the steps' dates (their evidence's sources' publication dates), and every field of the steps'
 * evidence sources only when a `source` is selected there.
 */
export function pathProjection(info: GraphQLResolveInfo, context: PlanContext, keys: RelationKeys): PathProjection {
  const explained = isSelected(info, ['steps', 'explanation']);
  const entityFields = [...fieldsAt(info, ['nodes']), ...fieldsAt(info, ['steps', 'from']), ...fieldsAt(info, ['steps', 'to'])];
  const node = entityPlan(ENTITY_TYPES, entityFields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : [])), context, keys);
  if (explained && !node.properties.includes('collective')) node.properties.push('collective');
  const stepFields = new Set(fieldsAt(info, ['steps', '*']).map((field) => field.name.value));
  const edgeProperties = [...stepFields].filter((name) => RELATION_PROPERTY_NAMES.has(name));
  if (explained && !edgeProperties.includes('role')) edgeProperties.push('role');
  // A step's dates are its evidence's sources' publication dates, which the label projection holds.
  const dated = stepFields.has('firstStated') || stepFields.has('lastStated');
  return {
    node,
    edgeProperties,
    // A step's source count is counted from its evidence's source ids.
    edgeEvidence: explained || dated || stepFields.has('evidence') || stepFields.has('sourceCount'),
    sources: isSelected(info, ['steps', 'evidence', 'source']) ? 'full' : explained || dated ? 'label' : 'none',
  };
}
