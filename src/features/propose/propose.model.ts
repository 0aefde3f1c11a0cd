import type { EntityType, RelationType } from '../../engine/model/model';
import type { PropertyMap } from '../../engine/documents/document.format';

/** How a proposed entity relates to the graph. */
export enum LinkStatus {
  NEW = 'NEW',
  LINKED = 'LINKED',
  AMBIGUOUS = 'AMBIGUOUS',
}

/** Where something is in the text: character offsets, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** What the proposer thinks, how sure it is (0–1) and why. */
export interface Judged {
  confidence: number;
  reason: string;
}

export interface ProposedAlias extends Judged {
  alias: string;
  /** The sentence that defines it. */
  quote: string;
  span: TextSpan;
}

export interface ProposedEntity extends Judged {
  /** The draft's id: a slug of the name, or the graph's id once linked. */
  id: string;
  type: EntityType;
  kind: string;
  name: string;
  aliases: ProposedAlias[];
  properties: PropertyMap;
  /** Every place the text names it. */
  mentions: TextSpan[];
  quotes: string[];
  /** An unnamed agreement named after its parties ("Memorandum of understanding between A and B"): renamed once they are linked. */
  namedAfter?: { phrase: string; parties: string[] };
}

export interface ProposedRelation extends Judged {
  type: RelationType;
  from: string;
  to: string;
  properties: PropertyMap;
  quote: string;
  span: TextSpan;
}

export interface ProposedQuantity extends Judged {
  text: string;
  value: number;
  /** EXACT, MORE_THAN, AT_LEAST, ABOUT or AT_MOST, as the text qualifies it. */
  qualifier: string;
  /** What is counted ("members", "ASEAN countries"). */
  counted: string;
  span: TextSpan;
  /** The entity and property it is proposed for, when one fits. */
  entityId: string | null;
  property: string | null;
}

export interface ProposedDate extends Judged {
  text: string;
  /** YYYY-MM-DD */
  date: string;
  endDate: string | null;
  span: TextSpan;
  /** What the date is proposed as: the publication date, or an entity's property. */
  entityId: string | null;
  property: string | null;
}

/** What a text states, before it is compared with the graph. */
export interface Extraction {
  entities: ProposedEntity[];
  relations: ProposedRelation[];
  quantities: ProposedQuantity[];
  dates: ProposedDate[];
  /**
   * The entities only described in small letters, never named ("the processing station", "a working group"): a mention of
   * one the graph knows is linked, but an unnamed one is proposed as new only when the text states several facts of it.
   */
  describedOnly: string[];
  /** Capitalised names the text uses that no rule could type: the graph may know them. */
  unresolved: { name: string; span: TextSpan }[];
  /** From a press release's dateline ("NANNING, China, Sept. 27, 2021 /PRNewswire/"). */
  dateline: { place: string; date: string | null; publisher: string | null } | null;
}

