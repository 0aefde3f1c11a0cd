import { AskIntent, factualQuestionsAbout, readIntent, templated } from '../../src/features/ask/ask.grammar';
import { JudgementKind, judgementAsked } from '../../src/features/ask/ask.judgement';
import type { LinkedMention } from '../../src/features/ask/ask.linking';
import { NameMatch } from '../../src/features/propose/propose.names';
import { EntityType } from '../../src/engine/model/model';

/** The names of a question as linking would find them (each given name, where it first occurs). */
function mentionsIn(question: string, names: [string, EntityType][]): LinkedMention[] {
  return names
    .map(([name, type]) => {
      const start = question.indexOf(name);
      if (start < 0) throw new Error(`"${name}" is not in "${question}"`);
      return { text: name, start, end: start + name.length, id: name.toLowerCase().replace(/\W+/g, '-'), name, type, matchedBy: NameMatch.EXACT };
    })
    .sort((a, b) => a.start - b.start);
}

const C = EntityType.Country;
const I = EntityType.Institution;
const judged = (question: string, names: [string, EntityType][] = []) => judgementAsked(templated(question, mentionsIn(question, names)))?.kind;

describe('ask: questions that ask for a judgement', () => {
  it.each<[string, [string, EntityType][], JudgementKind]>([
    ['Should Vietnam join the Mekong Alliance?', [['Vietnam', C]], JudgementKind.RECOMMENDATION],
    ['Ought Laos to sign it?', [['Laos', C]], JudgementKind.RECOMMENDATION],
    ['Shall we partner with Mahidol University?', [['Mahidol University', I]], JudgementKind.RECOMMENDATION],
    ['Which university do you recommend for vaccine research?', [], JudgementKind.RECOMMENDATION],
    ['What is the best way to reach ASEAN?', [['ASEAN', EntityType.CountryGroup]], JudgementKind.RECOMMENDATION],
    ['How best can Thailand use the platform?', [['Thailand', C]], JudgementKind.RECOMMENDATION],
    ['Is it advisable to fund the center?', [], JudgementKind.RECOMMENDATION],
    ['Would it be wise for Laos to leave?', [['Laos', C]], JudgementKind.VALUE_JUDGEMENT],
    ['Is the Belt and Road Initiative good for Laos?', [['Belt and Road Initiative', EntityType.Initiative], ['Laos', C]], JudgementKind.VALUE_JUDGEMENT],
    ['Is the forum bad for small firms?', [], JudgementKind.VALUE_JUDGEMENT],
    ['Which is better, Mahidol or Guangxi University?', [], JudgementKind.VALUE_JUDGEMENT],
    ['What are the pros and cons of the network?', [], JudgementKind.VALUE_JUDGEMENT],
    ['Who is the most influential member of ASEAN?', [['ASEAN', EntityType.CountryGroup]], JudgementKind.VALUE_JUDGEMENT],
    ['Is it fair that Guangxi leads?', [], JudgementKind.VALUE_JUDGEMENT],
    ['Was the ninth forum successful?', [], JudgementKind.VALUE_JUDGEMENT],
    ['Is it smart for Laos to join?', [['Laos', C]], JudgementKind.VALUE_JUDGEMENT],
    ['Would joining be a good idea for Laos?', [['Laos', C]], JudgementKind.VALUE_JUDGEMENT],
    ['Which institutions are good partners for Mahidol University?', [['Mahidol University', I]], JudgementKind.VALUE_JUDGEMENT],
    ['Is the research worth funding?', [], JudgementKind.VALUE_JUDGEMENT],
    ['What will happen to the network?', [], JudgementKind.PREDICTION],
    ['Will Cambodia sign the agreement?', [['Cambodia', C]], JudgementKind.PREDICTION],
    ['How will the platform change trade?', [], JudgementKind.PREDICTION],
    ['Is ASEAN likely to grow?', [['ASEAN', EntityType.CountryGroup]], JudgementKind.PREDICTION],
    ['Which countries will join in the next five years?', [], JudgementKind.PREDICTION],
    ['Can you forecast the number of members?', [], JudgementKind.PREDICTION],
    ['What if China had not joined?', [['China', C]], JudgementKind.COUNTERFACTUAL],
    ['If Thailand had left, who would have led?', [['Thailand', C]], JudgementKind.COUNTERFACTUAL],
    ['Suppose Laos joins: what changes?', [['Laos', C]], JudgementKind.COUNTERFACTUAL],
    ['Which countries would benefit from the network?', [], JudgementKind.COUNTERFACTUAL],
    ['Do you think the forum mattered?', [], JudgementKind.OPINION],
    ['In your view, who leads ASEAN?', [['ASEAN', EntityType.CountryGroup]], JudgementKind.OPINION],
    ['What do you make of the Information Harbor?', [], JudgementKind.OPINION],
    // The asker's view stays a judgement even when a source is named.
    ['According to the release, do you think Laos should join?', [['Laos', C]], JudgementKind.OPINION],
  ])('%s → %s', (question, names, kind) => expect(judged(question, names)).toBe(kind));

  it.each<[string, [string, EntityType][]]>([
    ['Who takes part in ASEAN?', [['ASEAN', EntityType.CountryGroup]]],
    // A source's own recommendation or prediction is a fact about the source.
    ['What does the Action Plan recommend?', [['Action Plan', EntityType.Initiative]]],
    ['What does the plan recommend?', []],
    ['According to the release, which countries should join the network?', []],
    ['What does the Ministry of Science and Technology say Guangxi should do?', [['Ministry of Science and Technology', I], ['Guangxi', EntityType.Place]]],
    // Trigger words inside a linked or quoted name are the name's, not the asker's.
    ['Who takes part in the Better Cities Alliance?', [['Better Cities Alliance', EntityType.Network]]],
    ['What works on smart city?', [['smart city', EntityType.Domain]]],
    // A verdict word that names a thing, even when linking missed the name.
    ['What works on smart cities?', []],
    ['Which platforms promote good governance?', []],
    ['Who signed "Which Institutions Should Lead the Transfer"?', []],
    ['Who signed “What Will Happen Next”?', []],
    // Polite requests and the asker's own hedging.
    ['Would you tell me where the forum was held?', []],
    ['Would you please list the members of ASEAN?', [['ASEAN', EntityType.CountryGroup]]],
    ['Will you show me what was launched?', []],
    ['Where would I find Mahidol University?', [['Mahidol University', I]]],
    ['Where will I find Mahidol University?', [['Mahidol University', I]]],
    ['I would like to know who guides the department.', []],
    ['Do you know who cooperates with ASEAN?', [['ASEAN', EntityType.CountryGroup]]],
    ['I think I know, but who has CAS worked with?', [['CAS', I]]],
    ['Which is the location of Mahidol University?', [['Mahidol University', I]]],
    ['Which goods does China export?', [['China', C]]],
    ['When did the agreement become effective?', []],
    ['Which platforms were launched to better serve ASEAN?', [['ASEAN', EntityType.CountryGroup]]],
    ['Which institution is best known for traditional medicine?', []],
    ['What is new since 1 September 2021?', []],
  ])('%s is a question of fact', (question, names) => expect(judged(question, names)).toBeUndefined());

  it('names the words that ask for the judgement', () => {
    expect(judgementAsked(templated('Should Cambodia join ASEAN?', mentionsIn('Should Cambodia join ASEAN?', [['Cambodia', C], ['ASEAN', EntityType.CountryGroup]])))).toEqual({
      kind: JudgementKind.RECOMMENDATION,
      cue: 'should',
    });
  });
});

describe('ask: questions of fact offered instead', () => {
  const readBack = (question: string, names: [string, EntityType][]) => {
    const mentions = mentionsIn(question, names);
    return readIntent(templated(question, mentions), mentions)?.intent;
  };

  it('offers, for two entities, how they are connected and what they share, each read by the grammar', () => {
    const names: [string, EntityType][] = [['Cambodia', C], ['Belt and Road Initiative', EntityType.Initiative]];
    const offered = factualQuestionsAbout(mentionsIn('Should Cambodia join the Belt and Road Initiative?', names));
    expect(offered).toEqual(['How is Cambodia connected to Belt and Road Initiative?', 'What do Cambodia and Belt and Road Initiative have in common?']);
    expect(offered.map((question) => readBack(question, names))).toEqual([AskIntent.CONNECTION, AskIntent.COMMON_PARTNERS]);
  });

  it.each<[string, EntityType, AskIntent]>([
    ['Thailand', C, AskIntent.IN_PLACE],
    ['ASEAN', EntityType.CountryGroup, AskIntent.IN_PLACE],
    ['Belt and Road Initiative', EntityType.Initiative, AskIntent.PARTICIPANTS],
    ['Mahidol University', I, AskIntent.PARTNERS],
  ])('offers, for %s, what the graph states and one relation of its type', (name, type, intent) => {
    const offered = factualQuestionsAbout([{ id: 'x', name, type }, { id: 'x', name, type }]);
    expect(offered).toHaveLength(2);
    expect(offered.map((question) => readBack(question, [[name, type]]))).toEqual([AskIntent.ABOUT, intent]);
  });

  it('offers nothing when the question named nothing', () => expect(factualQuestionsAbout([])).toEqual([]));
});
