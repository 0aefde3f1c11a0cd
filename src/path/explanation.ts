import { RelationType } from '../graph/model';

/** How each relationship type reads as a sentence, subject first. */
const VERBS: Record<RelationType, string> = {
  [RelationType.LOCATED_IN]: 'is located in',
  [RelationType.MEMBER_OF]: 'is a member of',
  [RelationType.PART_OF]: 'is part of',
  [RelationType.HELD_IN]: 'was held in',
  [RelationType.LAUNCHED_AT]: 'was launched at',
  [RelationType.GUIDED_BY]: 'works under the guidance of',
  [RelationType.IMPLEMENTS]: 'implements',
  [RelationType.SUPPORTS]: 'supports',
  [RelationType.ESTABLISHED]: 'established',
  [RelationType.COOPERATES_WITH]: 'cooperates with',
  [RelationType.PARTICIPATES_IN]: 'takes part in',
  [RelationType.COVERS]: 'covers',
  [RelationType.IN_DOMAIN]: 'works in the domain of',
  [RelationType.SERVES]: 'serves',
  [RelationType.PROMOTES]: 'promotes',
};

export interface ExplainedRelationship {
  type: RelationType;
  subject: string;
  object: string;
  activity: string | null;
  role: string | null;
  quote: string | undefined;
  source: string | undefined;
}

/**
 * One plain-language line: who relates to whom, in the source's own words where it gives them
 * (`activity`), followed by the quote and where it comes from.
 */
export function explainRelationship(rel: ExplainedRelationship): string {
  const verb = rel.activity ?? VERBS[rel.type];
  const role = rel.role ? ` (as ${rel.role})` : '';
  const said = rel.quote ? `; ${rel.source ?? 'the source'} says: "${rel.quote}"` : '';
  return `${rel.subject} ${verb} ${rel.object}${role}${said}`;
}
