/**
 * Questions that ask for a judgement rather than a fact: an opinion, a recommendation, a prediction, a value
 * judgement or a counterfactual. The graph records what its sources state, so `ask` refuses these whatever
 * entities they name ("Should Laos join ASEAN?" is not "Who takes part in ASEAN?"), and says what it can answer.
 *
 * The classifier reads the templated question (linked names are "@e", so a name that holds "should" or "best"
 * never counts) with quoted text set aside. A normative word reported from a source ("What does the plan
 * recommend?", "According to the release, which countries should join?") asks what the source states: a fact.
 * Only the asker's own view ("do you think", "your opinion") is a judgement however it is attributed.
 */

export enum JudgementKind {
  OPINION = 'an opinion',
  RECOMMENDATION = 'a recommendation',
  PREDICTION = 'a prediction',
  VALUE_JUDGEMENT = 'a value judgement',
  COUNTERFACTUAL = 'a counterfactual (what would have been, or would be, if things were otherwise)',
}

export interface Judgement {
  kind: JudgementKind;
  /** The words that ask for it, as the question writes them (lower case). */
  cue: string;
}

type Cue = [RegExp, JudgementKind];

const K = JudgementKind;

/** The asker's view, asked of the service: a judgement even when a source is named. */
const ASKED_OF_YOU: Cue[] = [
  [/\b(?:do|did|would|will|can|could)\s+you\s+(?:recommend|advise|suggest|propose)\b|\bwhat\s+(?:would|do)\s+you\s+(?:recommend|advise|suggest|propose)\b/, K.RECOMMENDATION],
  [/\b(?:do|did|would|will)\s+you\s+(?:expect|predict|foresee|anticipate)\b/, K.PREDICTION],
  [/\b(?:do|did|would|will|don't|doesn't)\s+you\s+(?:think|believe|feel|reckon|suppose|agree|prefer|consider)\b|\bhow\s+do\s+you\s+(?:feel|see|rate|judge|assess)\b|\bwhat\s+(?:do|would)\s+you\s+(?:make\s+of|say)\b/, K.OPINION],
  [/\b(?:in\s+)?your\s+(?:(?:own|honest|personal)\s+)?(?:opinion|view|take|judg(?:e)?ment|assessment|advice|recommendation|prediction|guess|verdict|stance)\b/, K.OPINION],
];

/**
 * A verdict word said of something ("is it wise", "was @e successful", "good for", "a bad idea"), not one
 * that names a thing ("smart city", "good governance" as a domain's words).
 */
const VERDICT = String.raw`(?:good|bad|wise|unwise|smart|sensible|worthwhile|beneficial|harmful|advantageous|detrimental|desirable|successful|useful)`;
const VERDICT_SAID =
  String.raw`\b(?:is|are|was|were|be|been|being|seems?|looks?|proves?|proved)\s+(?:it\s+|@e\s+|this\s+|that\s+|they\s+)?(?:an?\s+)?(?:really\s+|very\s+|truly\s+)?${VERDICT}\b` +
  String.raw`|\b${VERDICT}\s+(?:for|to|idea|move|choice|decision|bet|partners?|investment|thing)\b` +
  // "Was the ninth forum successful?": the verdict is what a yes-or-no question asks.
  String.raw`|^(?:is|are|was|were)\s+(?:\S+\s+){0,6}?${VERDICT}$`;

/** Words that ask for a judgement unless the question attributes them to a source. */
const JUDGEMENT_WORDS: Cue[] = [
  [/\bwhat\s+if\b|\bif\s+(?:@e|it|they|he|she|we|there)\s+(?:had|hadn't|were|weren't)\b|\bhad\s+@e\s+(?:not|never)\b|\bwere\s+@e\s+to\b|\b(?:suppose|supposing|imagine|hypothetically|hypothetical)\b|\bwould\s+(?:\S+\s+){0,4}have\s+(?:been|happened|\w+ed)\b/, K.COUNTERFACTUAL],
  [/\bwhat\s+(?:will|would)\s+(?:happen|become|come\s+of|change)\b|\bhow\s+will\b(?!\s+(?:i|we)\b)|^will\s+(?!you\b)|\b(?:going\s+to\s+(?:happen|succeed|fail|grow|last)|(?:un)?likely|probably|chances?\s+(?:of|that|are)|odds)\b|\b(?:predict\w*|forecast\w*|foresee\w*|prospects?)\b|\b(?:in|over)\s+the\s+(?:future|coming|next)\b|\bnext\s+(?:year|decade|few\s+years)\b/, K.PREDICTION],
  [/\bshould\b|\bought\b|\bshall\s+(?:i|we)\b|\brecommend\w*|\badvis(?:e|es|ed|able|ing)\b|\bsuggest(?:ion)?s?\b|\bbest\s+(?:way|approach|option|choice|strategy|course|place|time|partner)s?\b|\bhow\s+best\b/, K.RECOMMENDATION],
  [
    new RegExp(String.raw`\b(?:best|worst|worse|preferable)\b(?![-\s]known)|\bbetter\b(?![-\s]known)(?<!\bto\s+better)|${VERDICT_SAID}|\b(?:worth\s+(?:it|\w+ing)|a\s+(?:success|failure|mistake)|pros\s+and\s+cons|(?:dis)?advantages)\b|\b(?:most|more|less|least)\s+(?:important|significant|influential|valuable|useful|promising|reliable|trustworthy|credible|impressive)\b|\bis\s+(?:it|this|that|@e)\s+(?:fair|right|wrong|ethical|moral|justified|acceptable)\b`),
    K.VALUE_JUDGEMENT,
  ],
  // Any other "would" is hypothetical, bar a polite request ("would you list …"), a wish ("I would like") and
  // where one would find something ("where would I find …").
  [/\bwould\b(?!\s+(?:you\s+)?(?:please\s+)?(?:tell|show|list|give|name|find|explain|describe|let|like|kindly)\b|\s+(?:i|we|one)\s+(?:find|see|locate|look|read|learn)\b)/, K.COUNTERFACTUAL],
];

/** Who a question may report: a linked name, or a source it points at ("the plan", "this agreement"). */
const REPORTED_SUBJECT = String.raw`(?:@e|(?:the|this|that|its|their|each)\s+[\w-]+(?:\s+[\w-]+){0,3}?)`;
const REPORTING_VERB = String.raw`(?:say|state|recommend|advise|suggest|propose|call\s+for|plan|predict|forecast|expect|envisage)`;
const REPORTED_VERB = String.raw`(?:says|said|states|stated|recommends|recommended|advises|advised|suggests|suggested|proposes|proposed|calls\s+for|called\s+for|predicts|predicted|forecasts|envisages)`;

/** The question reports what a source states: "according to …", "what does the plan recommend", "@e suggests …". */
const ATTRIBUTED = new RegExp(
  String.raw`\baccording\s+to\b|\b(?:as|what)\s+(?:the\s+)?(?:sources?|release|document|text|graph|records?)\s+(?:says?|states?|shows?)\b|\b(?:in|by)\s+the\s+(?:sources?|release|document|text|graph|records?)\b` +
    String.raw`|\b(?:does|did|do)\s+${REPORTED_SUBJECT}\s+${REPORTING_VERB}\b|${REPORTED_SUBJECT}\s+${REPORTED_VERB}\b`,
);

/** Quoted text is a name or a title the question cites, not its own words. */
const QUOTED = /"[^"]*"|“[^”]*”|«[^»]*»/g;

/** The judgement a templated question (see `templated`) asks for, or undefined for a question of fact. */
export function judgementAsked(templatedQuestion: string): Judgement | undefined {
  const text = templatedQuestion.replace(QUOTED, '@e');
  const cueOf = ([pattern, kind]: Cue): Judgement | undefined => {
    const match = pattern.exec(text);
    return match ? { kind, cue: match[0].trim() } : undefined;
  };
  for (const cue of ASKED_OF_YOU) {
    const found = cueOf(cue);
    if (found) return found;
  }
  if (ATTRIBUTED.test(text)) return undefined;
  for (const cue of JUDGEMENT_WORDS) {
    const found = cueOf(cue);
    if (found) return found;
  }
  return undefined;
}
