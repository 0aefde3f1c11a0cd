import { labelProbabilities, NO_RELATION, type RelationModel } from './propose.learned-relations';

/**
 * Training the learned relation model (propose.learned-relations.ts) on curated documents, and choosing, by
 * cross-validation over the corpus sets, which labels it may propose and from what probability.
 */

/** One candidate pair of a curated document, labelled from the curation. */
export interface TrainingPair {
  /** The corpus set and document it comes from: cross-validation leaves one set out at a time. */
  set: string;
  document: string;
  features: string[];
  /** The relationship the curation quotes this sentence for (NONE when it states none between the two). */
  label: string;
  /** The two ends as the curation names them (an end it does not curate keeps the draft's id, with a "?"). */
  from: string;
  to: string;
  /** The relationship types the curation holds from → to anywhere in the document. */
  curated: string[];
  /** The frames related the pair, so the model is not asked. */
  related: boolean;
  /** The curated types from → to the frames already found somewhere in the document. */
  found: string[];
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  /** L2 weight decay per update. */
  decay: number;
  /** A feature seen fewer times than this is dropped. */
  minCount: number;
}

export const TRAINING_DEFAULTS: TrainingOptions = { epochs: 12, learningRate: 0.2, decay: 1e-5, minCount: 2 };

/** A deterministic shuffle (mulberry32), so one corpus always trains the same model. */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

/** Multinomial logistic regression by stochastic gradient descent over the pairs' sparse features. */
export function trainModel(pairs: TrainingPair[], options: TrainingOptions = TRAINING_DEFAULTS): RelationModel {
  const counts = new Map<string, number>();
  for (const pair of pairs) for (const feature of new Set(pair.features)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const labels = [NO_RELATION, ...[...new Set(pairs.map((pair) => pair.label))].filter((label) => label !== NO_RELATION).sort()];
  const weights = new Map<string, Float64Array>();
  const bias = new Float64Array(labels.length);
  const examples = pairs.map((pair) => ({ label: labels.indexOf(pair.label), features: [...new Set(pair.features)].filter((feature) => (counts.get(feature) ?? 0) >= options.minCount) }));
  for (const { features } of examples) for (const feature of features) if (!weights.has(feature)) weights.set(feature, new Float64Array(labels.length));
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    const rate = options.learningRate / (1 + epoch);
    for (const example of shuffled(examples, epoch + 1)) {
      const rows = example.features.map((feature) => weights.get(feature)!);
      const scores = Array.from(bias);
      for (const row of rows) for (let label = 0; label < labels.length; label += 1) scores[label] += row[label];
      const top = Math.max(...scores);
      const exps = scores.map((score) => Math.exp(score - top));
      const sum = exps.reduce((total, value) => total + value, 0);
      for (let label = 0; label < labels.length; label += 1) {
        const gradient = exps[label] / sum - (label === example.label ? 1 : 0);
        bias[label] -= rate * gradient;
        for (const row of rows) row[label] -= rate * (gradient + options.decay * row[label]);
      }
    }
  }
  return packed(labels, weights, bias);
}

/** The weights as the committed file holds them: rounded, and without those too small to matter. */
function packed(labels: string[], weights: Map<string, Float64Array>, bias: Float64Array): RelationModel {
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const kept: Record<string, [number, number][]> = {};
  for (const [feature, row] of [...weights].sort(([one], [other]) => (one < other ? -1 : one > other ? 1 : 0))) {
    const entries = Array.from(row, (weight, label) => [label, round(weight)] as [number, number]).filter(([, weight]) => Math.abs(weight) >= 0.01);
    if (entries.length > 0) kept[feature] = entries;
  }
  return { trainedOn: [], labels, weights: kept, bias: Array.from(bias, round), thresholds: {} };
}

/** What the model would add to one held-out set, by label and threshold: how many, and how many the curation holds. */
export interface HeldOutAdditions {
  /** label → threshold → tallies */
  byLabel: Map<string, Map<number, { added: number; right: number }>>;
}

export const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** Tallies the additions a model makes to pairs of other sets: each fact counted once per document, new facts only. */
export function tallyAdditions(model: RelationModel, pairs: TrainingPair[], into: HeldOutAdditions): void {
  const seen = new Set<string>();
  for (const pair of pairs) {
    if (pair.related) continue;
    const probabilities = labelProbabilities(model, pair.features);
    probabilities.forEach((probability, index) => {
      const label = model.labels[index];
      if (label === NO_RELATION || index !== probabilities.indexOf(Math.max(...probabilities))) return;
      const fact = `${pair.document} ${pair.from} ${label} ${pair.to}`;
      if (seen.has(fact) || pair.found.includes(label)) return;
      seen.add(fact);
      const byThreshold = into.byLabel.get(label) ?? new Map<number, { added: number; right: number }>();
      into.byLabel.set(label, byThreshold);
      for (const threshold of THRESHOLDS.filter((edge) => probability >= edge)) {
        const tally = byThreshold.get(threshold) ?? { added: 0, right: 0 };
        byThreshold.set(threshold, tally);
        tally.added += 1;
        if (pair.curated.includes(label)) tally.right += 1;
      }
    });
  }
}

/** Leave-one-set-out: for each set, a model trained on the others judges it; the tallies add up over the sets. */
export function crossValidate(pairs: TrainingPair[], options: TrainingOptions = TRAINING_DEFAULTS): HeldOutAdditions {
  const tallies: HeldOutAdditions = { byLabel: new Map() };
  for (const set of [...new Set(pairs.map((pair) => pair.set))]) {
    const model = trainModel(pairs.filter((pair) => pair.set !== set), options);
    tallyAdditions(model, pairs.filter((pair) => pair.set === set), tallies);
  }
  return tallies;
}

/** Each label's least threshold whose cross-validated additions are right at least `precision` of the time, `least` right at the least. */
export function chooseThresholds(tallies: HeldOutAdditions, precision: number, least: number): Record<string, number> {
  const chosen: Record<string, number> = {};
  for (const [label, byThreshold] of [...tallies.byLabel].sort(([one], [other]) => one.localeCompare(other))) {
    const threshold = THRESHOLDS.find((edge) => {
      const tally = byThreshold.get(edge);
      return !!tally && tally.right >= least && tally.right / tally.added >= precision;
    });
    if (threshold !== undefined) chosen[label] = threshold;
  }
  return chosen;
}
