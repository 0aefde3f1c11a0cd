/*
 * The review page's pure helpers: cutting the text into marked segments, choosing the confident
 * candidates, and building the import document from the draft and the curator's decisions. Plain JavaScript that runs as a browser script
 * (it defines `window.CurateLib`) and as a CommonJS module (the unit tests load it).
 */
(function (root, factory) {
  const lib = factory();
  if (typeof module === 'object' && module.exports) module.exports = lib;
  else root.CurateLib = lib;
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  /**
   * Cuts `text` at every start and end of `marks` ({start, end, ...}); each segment lists the marks
   * that cover it, so overlapping and nested marks all show.
   */
  function segments(text, marks) {
    const cuts = new Set([0, text.length]);
    for (const mark of marks) {
      if (mark.start >= 0 && mark.end <= text.length && mark.start < mark.end) {
        cuts.add(mark.start);
        cuts.add(mark.end);
      }
    }
    const points = [...cuts].sort((a, b) => a - b);
    const result = [];
    for (let index = 0; index < points.length - 1; index += 1) {
      const start = points[index];
      const end = points[index + 1];
      result.push({ start, end, text: text.slice(start, end), marks: marks.filter((mark) => mark.start <= start && end <= mark.end) });
    }
    return result;
  }

  /**
   * The confidence a new entity or a relationship needs for "Accept all confident": the proposer gives
   * 0.7 and more to names with a telling head or suffix and to relationships a finite verb states, less
   * to its guesses (fields read inside names, infinitives, phrases, bare capitalised names).
   */
  const CONFIDENT = 0.7;

  /** Not yet accepted or rejected by the curator. */
  const undecided = (decision) => !decision || decision.accepted === undefined;

  /**
   * What "Accept all confident" accepts among the undecided candidates: the entities the graph already
   * holds (an ambiguous name once the curator chose its entity), new entities of at least CONFIDENT,
   * and relationships of at least CONFIDENT whose ends are both accepted, counting the entities this
   * accepts. Returns `{entities: [id], relations: [index]}`; the curator's own decisions stand.
   */
  function confidentCandidates(draft, decisions) {
    const known = (entity) => entity.status === 'LINKED' || (entity.status === 'AMBIGUOUS' && !!(decisions.entities[entity.id] || {}).chosenId);
    const entities = draft.entities
      .filter((entity) => undecided(decisions.entities[entity.id]) && (known(entity) || (entity.status === 'NEW' && entity.confidence >= CONFIDENT)))
      .map((entity) => entity.id);
    const accepted = new Set([...entities, ...draft.entities.filter((entity) => (decisions.entities[entity.id] || {}).accepted === true).map((entity) => entity.id)]);
    const relations = [];
    draft.relations.forEach((relation, index) => {
      if (undecided(decisions.relations[index]) && relation.confidence >= CONFIDENT && accepted.has(relation.from) && accepted.has(relation.to)) relations.push(index);
    });
    return { entities, relations };
  }

  /** The entity as the curator decided: an ambiguous one takes the chosen graph entity's id, type, kind and name. */
  function decidedEntity(entity, decision) {
    const chosen = decision.chosenId ? entity.options.find((option) => option.id === decision.chosenId) : undefined;
    if (chosen) return { id: chosen.id, type: chosen.type, kind: chosen.kind, name: chosen.name };
    return { id: entity.id, type: decision.type || entity.type, kind: decision.kind || entity.kind, name: decision.name || entity.name };
  }

  /**
   * The import document (as a plain object; JSON is YAML) from the draft, the source fields and the
   * decisions: `entities[id] = {accepted, name, type, kind, chosenId}`, `relations[index] = {accepted, type}`.
   * Only accepted candidates go in; relationships whose ends were not both accepted are left out.
   */
  function buildDocument(draft, source, decisions) {
    const finalIds = new Map();
    const entities = [];
    for (const entity of draft.entities) {
      const decision = decisions.entities[entity.id] || {};
      if (decision.accepted !== true) continue;
      const decided = decidedEntity(entity, decision);
      finalIds.set(entity.id, decided.id);
      if (entities.some((other) => other.id === decided.id)) continue;
      const quotes = [...new Set([...entity.quotes, ...entity.aliases.map((alias) => alias.quote)])];
      entities.push({
        ...decided,
        aliases: entity.aliases.map((alias) => alias.alias).filter((alias) => alias !== decided.name),
        ...(Object.keys(entity.properties || {}).length > 0 ? { properties: entity.properties } : {}),
        evidence: quotes.map((quote) => ({ quote })),
      });
    }
    const seen = new Set();
    const relations = [];
    draft.relations.forEach((relation, index) => {
      const decision = decisions.relations[index] || {};
      const from = finalIds.get(relation.from);
      const to = finalIds.get(relation.to);
      const type = decision.type || relation.type;
      const key = `${from} ${type} ${to}`;
      if (decision.accepted !== true || !from || !to || from === to || seen.has(key)) return;
      seen.add(key);
      relations.push({ type, from, to, ...(Object.keys(relation.properties || {}).length > 0 ? { properties: relation.properties } : {}), evidence: [{ quote: relation.quote }] });
    });
    const { url, ...rest } = source;
    return { source: { ...rest, ...(url ? { url } : {}) }, entities, relations };
  }

  return { CONFIDENT, segments, confidentCandidates, buildDocument };
});
