import { isRelationType, RelationType } from '../../engine/model/model';
import type { ProposedRelation, TextSpan } from './propose.model';
import type { Mention } from './propose.mentions';
import type { EntityRegistry, SentenceMentions } from './propose.registry';
import type { Token } from './propose.text';
import trainedModel from './relation-model.json';

/**
 * The learned half of relation reading. The hand-written frames (propose.relations.ts) read the constructions the
 * tuning sets showed; a sentence built another way relates nothing. Here every two entities one sentence names are
 * described by what lies between them (words, verbs, the dependency path) and a multinomial logistic regression,
 * trained on the tuning sets' curated relationships (src/app/cli/relation-model.cli.ts), says which relationship, if
 * any, the sentence states. It adds only what the frames left unrelated, and only where the cross-validated precision
 * of its label cleared the bar set at training.
 */

/** Two entities one sentence names, as the model sees them. */
export interface RelationCandidate {
  from: string;
  to: string;
  /** The mentions the features were read from, and the sentence. */
  fromSpan: TextSpan;
  toSpan: TextSpan;
  sentence: TextSpan;
  features: string[];
  /** Whether the frames related the two entities (either way round), in which case the model adds nothing. */
  related: boolean;
}

/** A trained model: weights by feature, one per label; NONE is label 0. */
export interface RelationModel {
  trainedOn: string[];
  labels: string[];
  /** feature → [label index, weight] pairs (absent pairs weigh 0). */
  weights: Record<string, [number, number][]>;
  bias: number[];
  /** The least probability at which a label is proposed; a label absent here is never proposed. */
  thresholds: Record<string, number>;
}

export const NO_RELATION = 'NONE';

/** How a learned relation's reason begins, so a curator (and the trainer) can tell it from a frame's. */
export const LEARNED_REASON = 'learned:';

/** Words between two mentions counted in a feature, and the length buckets of the gap. */
const GAP_BUCKETS = [0, 1, 2, 3, 5, 8, 12, 20];
const bucket = (length: number) => GAP_BUCKETS.filter((edge) => length >= edge).at(-1);

/** A token's word for a feature: its lemma where the parser ran, lower-cased; a number is NUM. */
function wordOf(token: Token, lemma: string | undefined): string {
  if (/^\d[\d.,]*$/.test(token.text)) return 'NUM';
  return (lemma ?? token.lower).toLowerCase();
}

/** The token of a mention its parse hangs the rest on (the one whose head lies outside it). */
function headOf(mention: Mention, heads: number[] | undefined): number {
  if (!heads) return mention.last;
  for (let index = mention.last; index >= mention.first; index -= 1) if (heads[index] < mention.first || heads[index] > mention.last || heads[index] === index) return index;
  return mention.last;
}

/** The dependency path between two tokens: labels up to the common head and down again, and that head's lemma. */
function dependencyPath(from: number, to: number, heads: number[], deps: string[], lemmas: string[]): string[] {
  const upward = (start: number) => {
    const chain = [start];
    for (let at = start; heads[at] !== at && chain.length < 40; at = heads[at]) chain.push(heads[at]);
    return chain;
  };
  const up = upward(from);
  const down = upward(to);
  const common = up.find((index) => down.includes(index));
  if (common === undefined) return ['path:none'];
  const rising = up.slice(0, up.indexOf(common)).map((index) => `${deps[index]}<`);
  const falling = down.slice(0, down.indexOf(common)).reverse().map((index) => `>${deps[index]}`);
  if (rising.length + falling.length > 6) return ['path:long', `pathhead:${lemmas[common]}`];
  const labels = [...rising, ...falling].join('');
  return [`path:${labels}`, `pathhead:${lemmas[common]}`, `pathword:${rising.join('')}${lemmas[common]}${falling.join('')}`];
}

/** What the model reads of `from` → `to` in one sentence. */
function pairFeatures(entry: SentenceMentions, from: Mention, to: Mention, types: [string, string], mentionAt: Map<number, string>): string[] {
  const { tokens } = entry.sentence;
  const lemmas = entry.parse?.lemmas;
  const [left, right] = from.first < to.first ? [from, to] : [to, from];
  const direction = from === left ? 'f' : 'b';
  const pair = `${types[0]}>${types[1]}`;
  const features = [`pair:${pair}`, `dir:${direction}`, `pairdir:${pair}:${direction}`];
  const gap = tokens.slice(left.last + 1, right.first).filter((token) => !mentionAt.has(token.index));
  features.push(`gap:${bucket(gap.length)}`, `between:${new Set(tokens.slice(left.last + 1, right.first).map((token) => mentionAt.get(token.index)).filter(Boolean)).size}`);
  for (const token of gap) {
    const word = wordOf(token, lemmas?.[token.index]);
    features.push(`w:${word}`, `wd:${word}:${direction}`, `wp:${pair}:${word}`);
    if (token.pos?.startsWith('VB')) features.push(`verb:${word}:${direction}`);
  }
  if (gap.length > 0) features.push(`first:${wordOf(gap[0], lemmas?.[gap[0].index])}`, `last:${wordOf(gap.at(-1)!, lemmas?.[gap.at(-1)!.index])}`);
  const before = tokens[left.first - 1];
  const after = tokens[right.last + 1];
  features.push(`before:${before ? wordOf(before, lemmas?.[before.index]) : '^'}`, `after:${after ? wordOf(after, lemmas?.[after.index]) : '$'}`);
  for (const token of tokens) if (token.pos?.startsWith('VB') && !mentionAt.has(token.index)) features.push(`sverb:${wordOf(token, lemmas?.[token.index])}`);
  if (entry.parse) features.push(...dependencyPath(headOf(from, entry.parse.heads), headOf(to, entry.parse.heads), entry.parse.heads, entry.parse.deps, entry.parse.lemmas));
  return features;
}

/** Every ordered pair of entities a sentence names (by their nearest mentions), described for the model. */
export function relationCandidates(sentences: SentenceMentions[], registry: EntityRegistry, relations: ProposedRelation[]): RelationCandidate[] {
  const related = new Set(relations.flatMap((relation) => [`${relation.from} ${relation.to}`, `${relation.to} ${relation.from}`]));
  const candidates: RelationCandidate[] = [];
  for (const entry of sentences) {
    const named = entry.top.filter((mention) => mention.entityId && registry.typeOf(mention));
    const mentionAt = new Map<number, string>();
    for (const mention of named) for (let index = mention.first; index <= mention.last; index += 1) mentionAt.set(index, registry.typeOf(mention)!);
    const nearest = new Map<string, [Mention, Mention]>();
    for (const one of named) {
      for (const other of named) {
        if (one.entityId === other.entityId) continue;
        const key = `${one.entityId} ${other.entityId}`;
        const held = nearest.get(key);
        if (!held || Math.abs(one.first - other.first) < Math.abs(held[0].first - held[1].first)) nearest.set(key, [one, other]);
      }
    }
    for (const [key, [from, to]] of nearest) {
      const types: [string, string] = [registry.typeOf(from)!, registry.typeOf(to)!];
      candidates.push({
        from: from.entityId!,
        to: to.entityId!,
        fromSpan: { start: from.start, end: from.end },
        toSpan: { start: to.start, end: to.end },
        sentence: { start: entry.sentence.start, end: entry.sentence.end },
        features: pairFeatures(entry, from, to, types, mentionAt),
        related: related.has(key),
      });
    }
  }
  return candidates;
}

/** The model's probability of each label for one candidate (a softmax over the labels' scores). */
export function labelProbabilities(model: RelationModel, features: string[]): number[] {
  const scores = [...model.bias];
  for (const feature of new Set(features)) for (const [label, weight] of model.weights[feature] ?? []) scores[label] += weight;
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const sum = exps.reduce((total, value) => total + value, 0);
  return exps.map((value) => value / sum);
}

/** The relationship the model reads in a candidate, with its probability, when it clears its label's threshold. */
export function predictedRelation(model: RelationModel, candidate: RelationCandidate): { type: RelationType; probability: number } | undefined {
  const probabilities = labelProbabilities(model, candidate.features);
  let best = 0;
  probabilities.forEach((probability, label) => {
    if (probability > probabilities[best]) best = label;
  });
  const type = model.labels[best];
  const threshold = model.thresholds[type];
  if (!isRelationType(type) || threshold === undefined || probabilities[best] < threshold) return undefined;
  return { type, probability: probabilities[best] };
}

/** The committed model (trained on the tuning sets only; its `trainedOn` says which). */
export const RELATION_MODEL = trainedModel as RelationModel;

/** What the model adds to the frames' relations: pairs the frames left unrelated, where it is sure enough. */
export function learnedRelations(text: string, candidates: RelationCandidate[], model: RelationModel = RELATION_MODEL): ProposedRelation[] {
  const added: ProposedRelation[] = [];
  for (const candidate of candidates) {
    if (candidate.related) continue;
    const predicted = predictedRelation(model, candidate);
    if (!predicted) continue;
    added.push({
      type: predicted.type,
      from: candidate.from,
      to: candidate.to,
      properties: {},
      quote: text.slice(candidate.sentence.start, candidate.sentence.end),
      span: candidate.sentence,
      confidence: Math.round(50 * predicted.probability) / 100,
      reason: `${LEARNED_REASON} the sentence reads as ${predicted.type} (p = ${predicted.probability.toFixed(2)}, from the curated corpus)`,
    });
  }
  return added;
}
