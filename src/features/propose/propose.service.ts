import { EntityType, RelationType } from '../../engine/model/model';
import YAML, { type YAMLMap, type YAMLSeq } from 'yaml';
import { crossCheck, validateDocument } from '../../engine/documents/document.validation';
import { dedupeRelations, extract } from './propose.extract';
import { LinkStatus, type Judged, type ProposedDate, type ProposedEntity, type ProposedQuantity, type ProposedRelation, type TextSpan } from './propose.model';
import { acronymExpansions, bestOptions, existingMatches, lookupsOf, MATCH_RANK, type ExistingOption } from './propose.linking';
import { NameMatch, nameKey, slug, wordsPattern } from './propose.names';
import type { ProposerGraph } from './propose.repository';
import { classify } from './propose.mentions';
import { agreementName } from './propose.signing';
import { sharedParser } from './propose.parser';
import { headlines, readText } from './propose.text';

/** A raw text and what is known about its source; what is not given is read from the text where it can be. */
export interface ProposeRequest {
  text: string;
  title?: string | null;
  publisher?: string | null;
  place?: string | null;
  publishedOn?: string | null;
  url?: string | null;
  /** The name the draft gives the text's file (`source.file`), relative to where the draft is saved. */
  file?: string | null;
}

export interface DraftEntity extends ProposedEntity {
  status: LinkStatus;
  /** For LINKED: the graph's entity; for AMBIGUOUS: every candidate, best first. */
  options: ExistingOption[];
}

export interface DraftSource {
  id: string;
  title: string;
  publisher: string;
  place: string;
  publishedOn: string;
  file: string;
  url: string | null;
}

export interface DocumentDraft {
  source: DraftSource;
  /** Source fields neither given nor found in the text: the import needs them. */
  missing: string[];
  entities: DraftEntity[];
  relations: ProposedRelation[];
  quantities: ProposedQuantity[];
  dates: ProposedDate[];
  /** The draft in the import format (YAML), every candidate included with its confidence and reason as a comment. */
  document: string;
  /** What the import would refuse in the draft as it stands (missing source fields, ambiguous entities). */
  problems: string[];
}

const spanText = (text: string, span: TextSpan) => text.slice(span.start, span.end);

/**
 * Links the extraction to the graph: an entity whose name, alias or variant names exactly one graph
 * entity takes its id (and several proposals naming the same one become one); one that names several
 * is AMBIGUOUS, with the options; a name no rule typed that names a graph entity becomes a mention of it.
 */
/** The country the text puts each entity in, by id ("Vietnam's Ministry of …", "X, based in Laos"). */
function statedCountries(extraction: ReturnType<typeof extract>): Map<string, string> {
  const byId = new Map(extraction.entities.map((entity) => [entity.id, entity]));
  const stated = new Map<string, string>();
  for (const relation of extraction.relations) {
    const place = byId.get(relation.to);
    if (relation.type === RelationType.LOCATED_IN && place?.type === EntityType.Country) stated.set(relation.from, place.name);
  }
  return stated;
}

async function link(graph: ProposerGraph, text: string, extraction: ReturnType<typeof extract>): Promise<{ entities: DraftEntity[]; relations: ProposedRelation[]; renamed: Map<string, string> }> {
  const namesOf = (entity: ProposedEntity) => [entity.name, ...entity.aliases.map((alias) => alias.alias), ...entity.mentions.map((span) => spanText(text, span))];
  const names = [...new Set([...extraction.entities.flatMap(namesOf), ...extraction.unresolved.map((item) => item.name)])];
  const expansions = await acronymExpansions(graph, extraction.entities, names);
  const matches = await existingMatches(graph, names.flatMap((name) => lookupsOf(name, expansions)));
  const stated = statedCountries(extraction);
  const entities: DraftEntity[] = [];
  const renamed = new Map<string, string>();
  for (const entity of extraction.entities) {
    const options = bestOptions(namesOf(entity), matches, stated.get(entity.id));
    const best = options.filter((option) => MATCH_RANK[option.matchedBy] === MATCH_RANK[options[0]?.matchedBy]);
    if (best.length === 1) {
      const [option] = best;
      const held = entities.find((other) => other.status === LinkStatus.LINKED && other.id === option.id);
      const linked: DraftEntity = held ?? { ...entity, id: option.id, type: option.type, kind: option.kind, name: option.name, status: LinkStatus.LINKED, options: [option], confidence: option.matchedBy === NameMatch.REORDERED ? 0.75 : 0.95, reason: `names ${option.id} in the graph (${option.matchedBy.toLowerCase()} match)` };
      if (held) absorb(held, entity);
      else {
        // The text's own reordered form becomes an alias; mere variants (case, "the", suffix) do not.
        if (option.matchedBy === NameMatch.REORDERED && !linked.aliases.some((alias) => alias.alias === entity.name)) {
          linked.aliases = [...linked.aliases, { alias: entity.name, quote: entity.quotes[0], span: entity.mentions[0], confidence: 0.7, reason: `the text's name for ${option.id}, its words reordered` }];
        }
        entities.push(linked);
      }
      renamed.set(entity.id, option.id);
    } else {
      entities.push({ ...entity, status: options.length > 1 ? LinkStatus.AMBIGUOUS : LinkStatus.NEW, options: options.length > 1 ? options : [], ...(options.length > 1 ? { reason: `${entity.reason}; its name matches ${options.length} entities of the graph: choose one` } : {}) });
    }
  }
  for (const item of extraction.unresolved) {
    const options = bestOptions([item.name], matches);
    if (options.length !== 1) continue;
    const [option] = options;
    const held = entities.find((entity) => entity.id === option.id);
    if (held) {
      if (!held.mentions.some((span) => span.start === item.span.start)) held.mentions.push(item.span);
      continue;
    }
    const sentenceQuote = spanText(text, item.span);
    entities.push({ id: option.id, type: option.type, kind: option.kind, name: option.name, aliases: [], properties: {}, mentions: [item.span], quotes: [sentenceQuote], status: LinkStatus.LINKED, options: [option], confidence: 0.85, reason: `names ${option.id} in the graph (${option.matchedBy.toLowerCase()} match)` });
  }
  unitsNamedShort(entities, renamed);
  renameAfterParties(entities, renamed);
  const parts = await partsByAcronym(graph, text, entities, expansions);
  const unsaid = unsaidEntities(text, extraction, entities);
  entities.splice(0, entities.length, ...entities.filter((entity) => !unsaid.has(entity.id)));
  // A fact read off a graph entity's own name, written as the graph has it ("China-ASEAN Technology Transfer Center"
  // COVERS China): its quote is that name alone, and the text states nothing new of it. A longer form the text writes
  // ("Mahidol University of Thailand") does say more.
  const graphNames = new Map(entities.filter((entity) => entity.status === LinkStatus.LINKED).map((entity) => [entity.id, nameKey(entity.name)]));
  const graphNamed = (id: string, span: TextSpan) => graphNames.get(renamed.get(id) ?? id) === nameKey(spanText(text, span));
  // ("the Department of Science and Technology of Guangxi …, a delegation of the Department of Science and Technology of
  // Guangxi Zhuang Autonomous Region": the longer form the text also writes says it, and is its quote.)
  const saidAtLength = (relation: ProposedRelation): ProposedRelation | undefined => {
    if (!graphNamed(relation.from, relation.span)) return relation;
    const [from, to] = [relation.from, relation.to].map((id) => entities.find((entity) => entity.id === (renamed.get(id) ?? id)));
    const names = to ? [to.name, ...to.aliases.map((alias) => alias.alias)].map(nameKey) : [];
    const longer = from?.mentions.find((span) => !graphNamed(relation.from, span) && names.some((name) => nameKey(spanText(text, span)).includes(name)));
    return longer ? { ...relation, span: longer, quote: spanText(text, longer) } : undefined;
  };
  const moved = [...extraction.relations, ...parts]
    .filter((relation) => !unsaid.has(relation.from) && !unsaid.has(relation.to))
    .flatMap((relation) => saidAtLength(relation) ?? [])
    .map((relation) => ({ ...relation, from: renamed.get(relation.from) ?? relation.from, to: renamed.get(relation.to) ?? relation.to }))
    // Two names that turned out to be one entity ("Hongda Lithium Energy Technology Co., Ltd." and its short name) relate to nothing.
    .filter((relation) => relation.from !== relation.to);
  // Two names the text gives may be one graph entity ("… Bangkok Innovation Center", its host, and "the Bangkok
  // Innovation Center", which speaks): deduplicated again once they are.
  return { entities, relations: dedupeRelations(moved), renamed };
}

/**
 * The new entities the text never names on their own, which the draft leaves out. A field or place read only from
 * inside the name of a platform or organisation ("… Laboratory for Corrosion-Resistant Materials") is proposed when the
 * graph knows it or the text names it on its own too; otherwise it is part of that name, not a new entity. So is a
 * country a name opens ("the Myanmar Solar Industry Association"), unless a fact is read of it ("fisheries agencies in
 * Thailand and Viet Nam"). A project's title states its topics ("Research on X Based on Y"), and they stay. Nor is a
 * name that only a headline holds (`headlineOnly`), nor a place that only says where an unnamed body is based,
 * nor one thing the text only describes in small letters and never names ("the quality laboratory", "a working group").
 */
function unsaidEntities(text: string, extraction: ReturnType<typeof extract>, entities: DraftEntity[]): Set<string> {
  const insideAName = (entity: DraftEntity) => entity.mentions.every((span) => extraction.entities.some((other) => other.id !== entity.id && other.type !== EntityType.Project && other.mentions.some((outer) => outer.start <= span.start && span.end <= outer.end && outer.end - outer.start > span.end - span.start)));
  const outerSpans = extraction.entities.filter((entity) => entity.type !== EntityType.Domain).flatMap((entity) => entity.mentions);
  const saidOnItsOwn = (entity: DraftEntity) =>
    [...text.matchAll(wordsPattern(entity.name))].some((found) => !outerSpans.some((outer) => outer.start <= found.index && found.index < outer.end) && (entity.type !== EntityType.Domain || statedAsField(text, found)));
  const headlineWords = headlineOnly(text, extraction.relations);
  const related = new Set(extraction.relations.flatMap((relation) => [relation.from, relation.to]));
  const readOffAName = (entity: DraftEntity) =>
    (entity.type === EntityType.Domain || entity.type === EntityType.Place || (entity.type === EntityType.Country && !related.has(entity.id))) && entity.status === LinkStatus.NEW && entity.mentions.length > 0 && insideAName(entity) && !saidOnItsOwn(entity);
  // ("a Manila-based carbon developer": where a body the text does not name is based describes it; no fact is read of it.)
  const describesUnnamed = (entity: DraftEntity) =>
    entity.type === EntityType.Place && entity.status === LinkStatus.NEW && !related.has(entity.id) && entity.mentions.length > 0 && entity.mentions.every((span) => /^-based\b/.test(text.slice(span.end, span.end + 7)) && /\b(?:a|an)\s+(?:[\p{Ll}-]+\s+)?$/u.test(text.slice(Math.max(0, span.start - 20), span.start)));
  // ("set up a Lotus Valley smart farming cooperation network covering 6 ASEAN countries": one the text states several
  // facts of is worth a curator's naming; one said in passing is not.)
  const described = new Set(extraction.describedOnly);
  const factsOf = (entity: DraftEntity) => extraction.relations.filter((relation) => relation.from === entity.id || relation.to === entity.id).length;
  const neverNamed = (entity: DraftEntity) => entity.status === LinkStatus.NEW && described.has(entity.id) && factsOf(entity) < 2;
  return new Set(entities.filter((entity) => readOffAName(entity) || headlineWords(entity) || describesUnnamed(entity) || neverNamed(entity)).map((entity) => entity.id));
}

/**
 * A field's words outside the name they came from state it when a sentence of the text ends them ("opened a joint laboratory
 * for dengue diagnostics at …"): not a headline that restates the name in small letters ("UTBB and CAS institute open
 * joint laboratory for volcano remote sensing", a line with no full stop), nor the start of a longer phrase
 * ("a memorandum on agricultural technology transfer").
 */
function statedAsField(text: string, found: RegExpMatchArray): boolean {
  const end = found.index! + found[0].length;
  const next = /^\s*([\p{L}-]+)?/u.exec(text.slice(end))![1]?.toLowerCase();
  const lineEnd = text.indexOf('\n', end);
  const inSentence = /[.!?;:]["'’”)]*\s*$/.test(text.slice(end, lineEnd < 0 ? undefined : lineEnd));
  return inSentence && (next === undefined || PHRASE_ENDS.has(next));
}

/** Words that a field's name never runs on into: what may follow it in a sentence. */
const PHRASE_ENDS = new Set(['and', 'or', 'in', 'on', 'at', 'for', 'to', 'with', 'by', 'of', 'from', 'as', 'through', 'across', 'along', 'between', 'among', 'under', 'within', 'near', 'around', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'will', 'has', 'have']);

/**
 * "CAIH AND KVDI FORM JOINT VENTURE FOR LIQUID-COOLED EDGE DATA CENTRES": a headline in capitals is read in title case,
 * so its words may look like a name ("KVDI Form Joint Venture"), as a headline's in title case do. A new name only a
 * heading holds, with no short name, is one only if the text writes it with a capital elsewhere too, or speaks of it
 * below the heading ("The Alliance …").
 */
function headlineOnly(text: string, relations: ProposedRelation[]): (entity: DraftEntity) => boolean {
  const headings = headlines(text);
  const inHeading = (at: number) => headings.some((heading) => heading.start <= at && at < heading.end);
  // ("to operate liquid-cooled edge data centres": the headline's words in small letters below it are no reference to a name.)
  const inSmallLetters = (entity: DraftEntity, quote: string) => [...quote.matchAll(wordsPattern(entity.name))].some((found) => /^\p{Ll}/u.test(found[0]));
  const spokenOfBelow = (entity: DraftEntity) => relations.some((relation) => [relation.from, relation.to].includes(entity.id) && !inHeading(relation.span.start) && !inSmallLetters(entity, relation.quote));
  const writtenAsName = (entity: DraftEntity) => [...text.matchAll(wordsPattern(entity.name))].some((found) => !inHeading(found.index) && /^\p{Lu}/u.test(found[0]));
  // (A place is named wherever it is written: "… Open Rice Laboratory in Phnom Penh".)
  return (entity) =>
    entity.status === LinkStatus.NEW && entity.type !== EntityType.Place && entity.aliases.length === 0 && entity.mentions.length > 0 && entity.mentions.every((span) => inHeading(span.start)) && !spokenOfBelow(entity) && !writtenAsName(entity);
}

/**
 * "CATTC Hanoi Service Station", "ABC Bangkok Innovation Center": a new unit whose name opens with another organisation's
 * acronym (defined in the text or known to the graph) is part of that organisation, which joins the draft if only the
 * graph held it.
 */
async function partsByAcronym(graph: ProposerGraph, text: string, entities: DraftEntity[], expansions: Map<string, string>): Promise<ProposedRelation[]> {
  const parts: ProposedRelation[] = [];
  for (const entity of [...entities]) {
    const [first, ...rest] = entity.name.split(/\s+/);
    const parentName = entity.status === LinkStatus.NEW && UNIT_TYPES.has(entity.type) && rest.length > 0 && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(first) ? expansions.get(first) : undefined;
    const span = entity.mentions[0];
    if (!parentName || !span || !spanText(text, span).startsWith(first)) continue;
    let parent = entities.find((other) => other !== entity && nameKey(other.name) === nameKey(parentName));
    if (!parent) {
      const [option] = bestOptions([parentName], await existingMatches(graph, [{ name: parentName, lookup: parentName, locatedIn: null }]));
      if (!option) continue;
      parent = { id: option.id, type: option.type, kind: option.kind, name: option.name, aliases: [], properties: {}, mentions: [{ start: span.start, end: span.start + first.length }], quotes: [spanText(text, span)], status: LinkStatus.LINKED, options: [option], confidence: 0.8, reason: `"${first}" names ${option.id} in the graph` };
      entities.push(parent);
    }
    parts.push({ type: RelationType.PART_OF, from: entity.id, to: parent.id, properties: {}, quote: spanText(text, span), span, confidence: 0.6, reason: `its name opens with "${first}", a name of ${parent.name}` });
  }
  return parts;
}

/**
 * "Host: China-ASEAN Technology Transfer Center Bangkok Innovation Center … the Director of the Bangkok Innovation Center":
 * a unit the text names in full after its parent organisation, and again without the parent, is one entity, with the short
 * name as its alias, when only one name of the draft ends so.
 */
function unitsNamedShort(entities: DraftEntity[], renamed: Map<string, string>): void {
  // (The parent's name ends in its head, right before the unit's: not "Institute of Tropical Materials of the …".)
  const parentNamed = (name: string) => {
    const words = name.toLowerCase().split(/\s+/);
    const parent = classify(words);
    return name !== '' && ORGANISATION_TYPES.has(parent?.type) && parent?.head === words.at(-1);
  };
  for (const short of [...entities]) {
    if (short.status !== LinkStatus.NEW || !UNIT_TYPES.has(short.type) || short.name.split(/\s+/).length < 2) continue;
    const key = nameKey(short.name);
    const fuller = entities.filter((full) => full !== short && full.type === short.type && nameKey(full.name).endsWith(` ${key}`) && parentNamed(full.name.slice(0, full.name.length - short.name.length).trim()));
    if (fuller.length !== 1) continue;
    const [full] = fuller;
    absorb(full, short);
    full.aliases.push({ alias: short.name, quote: short.quotes[0], span: short.mentions[0], confidence: 0.7, reason: `${full.name} without its parent's name` });
    for (const [from, to] of renamed) if (to === short.id) renamed.set(from, full.id);
    renamed.set(short.id, full.id);
    entities.splice(entities.indexOf(short), 1);
  }
}

/** Takes `other`'s mentions, quotes and aliases into `entity`: two names of the draft turned out to be one entity. */
function absorb(entity: ProposedEntity, other: ProposedEntity): void {
  entity.mentions.push(...other.mentions);
  entity.quotes.push(...other.quotes.filter((quote) => !entity.quotes.includes(quote)));
  entity.aliases.push(...other.aliases);
}

/** Organisations, which may have units named after them. */
const ORGANISATION_TYPES = new Set<EntityType | undefined>([EntityType.Institution, EntityType.Platform, EntityType.Network]);

/** What may be a unit of another organisation, named with its acronym. */
const UNIT_TYPES = new Set<EntityType>([EntityType.Platform, EntityType.Institution]);

/** An agreement named after its parties takes the names they have in the graph ("… between Ministry of Science and Technology and …"). */
function renameAfterParties(entities: DraftEntity[], renamed: Map<string, string>): void {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  for (const entity of entities) {
    if (entity.status !== LinkStatus.NEW || !entity.namedAfter) continue;
    const names = entity.namedAfter.parties.map((id) => byId.get(renamed.get(id) ?? id)?.name);
    if (names.every((name): name is string => !!name)) entity.name = agreementName(entity.namedAfter.phrase, names);
  }
}

const comment = (item: Judged) => ` ${item.confidence.toFixed(2)}: ${item.reason}`;

/** The draft as the import reads it, each candidate preceded by its confidence and reason. */
function formatDraft(source: DraftSource, entities: DraftEntity[], relations: ProposedRelation[]): string {
  const plain = {
    source: { ...source, url: source.url ?? undefined },
    entities: entities.map((entity) => ({
      id: entity.id,
      type: entity.type,
      kind: entity.kind,
      name: entity.name,
      aliases: entity.aliases.map((alias) => alias.alias),
      ...(Object.keys(entity.properties).length > 0 ? { properties: entity.properties } : {}),
      evidence: [...new Set([...entity.quotes, ...entity.aliases.map((alias) => alias.quote)])].map((quote) => ({ quote })),
    })),
    relations: relations.map((relation) => ({
      type: relation.type,
      from: relation.from,
      to: relation.to,
      ...(Object.keys(relation.properties).length > 0 ? { properties: relation.properties } : {}),
      evidence: [{ quote: relation.quote }],
    })),
  };
  const document = new YAML.Document(plain, { aliasDuplicateObjects: false });
  document.commentBefore = ' A draft proposed from the text: review every entry (confidence: reason), then import it.';
  ((document.get('entities') as YAMLSeq).items as YAMLMap[]).forEach((node, index) => {
    const entity = entities[index];
    const options = entity.status === LinkStatus.AMBIGUOUS ? ` AMBIGUOUS, use the id of one of: ${entity.options.map((option) => option.id).join(', ')}` : '';
    node.commentBefore = `${comment(entity)}${options}`;
  });
  ((document.get('relations') as YAMLSeq).items as YAMLMap[]).forEach((node, index) => (node.commentBefore = comment(relations[index])));
  return document.toString({ lineWidth: 0 });
}

/**
 * Reads a text into a draft document for the import: candidates linked to the graph, each with
 * confidence and reason. All of it is CPU work but the `graph` look-ups, so the service runs it in the
 * proposer's worker threads (propose.pool.ts) and the CLI in its own thread.
 */
export async function proposeDocument(request: ProposeRequest, graph: ProposerGraph): Promise<DocumentDraft> {
  const sentences = readText(request.text);
  const extraction = extract(request.text, request.publishedOn ?? undefined, sentences, await sharedParser().parse(sentences));
  const { entities, relations, renamed } = await link(graph, request.text, extraction);
  const relink = <T extends { entityId: string | null }>(item: T): T => ({ ...item, entityId: item.entityId && (renamed.get(item.entityId) ?? item.entityId) });
  const publishedOn = request.publishedOn ?? extraction.dateline?.date ?? '';
  const title = request.title ?? '';
  const idBase = slug(title || request.text.slice(0, 60));
  const source: DraftSource = {
    id: `${idBase}${publishedOn && !idBase.endsWith(publishedOn) ? `-${publishedOn}` : ''}`.replace(/^-/, ''),
    title,
    publisher: request.publisher ?? extraction.dateline?.publisher ?? '',
    place: request.place ?? extraction.dateline?.place ?? '',
    publishedOn,
    file: request.file ?? `${idBase}.txt`,
    url: request.url ?? null,
  };
  const missing = (['title', 'publisher', 'place', 'publishedOn'] as const).filter((field) => source[field] === '');
  const document = formatDraft(source, entities, relations);
  const { document: parsed, problems: fieldProblems } = validateDocument(YAML.parse(document));
  const knownIds = new Set(entities.filter((entity) => entity.status === LinkStatus.LINKED).map((entity) => entity.id));
  const problems = [...fieldProblems, ...(fieldProblems.length === 0 ? crossCheck(parsed, request.text, knownIds) : [])].map((problem) => `${problem.path || '(document)'}: ${problem.reason}`);
  problems.push(...entities.filter((entity) => entity.status === LinkStatus.AMBIGUOUS).map((entity) => `entity ${entity.id}: its name matches ${entity.options.map((option) => option.id).join(', ')}; choose one`));
  return { source, missing, entities, relations, quantities: extraction.quantities.map(relink), dates: extraction.dates.map(relink), document, problems };
}
