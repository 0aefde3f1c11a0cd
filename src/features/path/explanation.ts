import { RelationType } from '../../engine/model/model';

/**
 * How each relationship type reads as a sentence, subject first: the relationship's start entity is
 * the subject. `many` is the form for a collective subject ("Joint laboratories … are located in").
 */
const VERBS: Record<RelationType, { one: string; many: string }> = {
  [RelationType.LOCATED_IN]: { one: 'is located in', many: 'are located in' },
  [RelationType.MEMBER_OF]: { one: 'is a member of', many: 'are members of' },
  [RelationType.PART_OF]: { one: 'is part of', many: 'are part of' },
  [RelationType.HELD_IN]: { one: 'was held in', many: 'were held in' },
  [RelationType.LAUNCHED_AT]: { one: 'was launched at', many: 'were launched at' },
  [RelationType.GUIDED_BY]: { one: 'works under the guidance of', many: 'work under the guidance of' },
  [RelationType.IMPLEMENTS]: { one: 'implements', many: 'implement' },
  [RelationType.SUPPORTS]: { one: 'supports', many: 'support' },
  [RelationType.ESTABLISHED]: { one: 'established', many: 'established' },
  [RelationType.COOPERATES_WITH]: { one: 'cooperates with', many: 'cooperate with' },
  [RelationType.PARTICIPATES_IN]: { one: 'takes part in', many: 'take part in' },
  [RelationType.COVERS]: { one: 'covers', many: 'cover' },
  [RelationType.IN_DOMAIN]: { one: 'works in the domain of', many: 'work in the domain of' },
  [RelationType.SERVES]: { one: 'serves', many: 'serve' },
  [RelationType.PROMOTES]: { one: 'promotes', many: 'promote' },
  [RelationType.HOSTED]: { one: 'hosted', many: 'hosted' },
  [RelationType.ORGANIZED]: { one: 'organised', many: 'organised' },
  [RelationType.SIGNED]: { one: 'signed', many: 'signed' },
  [RelationType.ATTENDED]: { one: 'took part in', many: 'took part in' },
};

export interface ExplainedEntity {
  name: string;
  /** A group the text treats as one party, named in the plural ("Universities and institutes at home and abroad"). */
  collective: boolean;
}

export interface ExplainedStep {
  type: RelationType;
  /** The step's entities in the order the path walks them. */
  from: ExplainedEntity;
  to: ExplainedEntity;
  /** Whether the relationship starts at `from`; when not, `to` is the sentence's subject. */
  forward: boolean;
  role: string | null;
  quote: string | undefined;
  source: string | undefined;
}

/** "participant" → "a participant"; a role that already has its article keeps it. */
function withArticle(role: string): string {
  if (/^(a|an|the)\s/i.test(role)) return role;
  return `${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}`;
}

/**
 * One plain-language sentence: the relationship's start entity as the subject, whichever way the
 * path walks it, the type's own verb in agreement with it, the object and the subject's role, then
 * the quote and where it comes from. The source's `activity` wording is never the verb: it is the
 * quote's verb, often said of another subject ("helped … to carry out"); the quote itself follows.
 */
export function explainStep(step: ExplainedStep): string {
  const [subject, object] = step.forward ? [step.from, step.to] : [step.to, step.from];
  const verb = VERBS[step.type][subject.collective ? 'many' : 'one'];
  const role = step.role ? ` (as ${withArticle(step.role)})` : '';
  const said = step.quote ? `; ${step.source ?? 'the source'} says: "${step.quote}"` : '';
  return `${subject.name} ${verb} ${object.name}${role}${said}`;
}
