import { RelationType, RELATION_TYPES } from '../../src/engine/model/model';
import { explainStep } from '../../src/features/path/explanation';

const university = { name: 'Mahidol University', collective: false };
const labs = { name: 'Joint laboratories in ASEAN countries', collective: true };
const other = { name: 'X', collective: false };

/** The sentence for `type` with `subject` as the relationship's start, walked forward and backward. */
function bothWays(type: RelationType, subject = university) {
  const base = { type, role: null, quote: undefined, source: undefined };
  return [explainStep({ ...base, from: subject, to: other, forward: true }), explainStep({ ...base, from: other, to: subject, forward: false })];
}

describe('path explanations', () => {
  it('reads every relationship type as a sentence about its start entity, in both walking directions', () => {
    const sentences = Object.fromEntries(RELATION_TYPES.map((type) => [type, bothWays(type)]));
    for (const [forward, backward] of Object.values(sentences)) expect(backward).toBe(forward);
    expect(Object.fromEntries(Object.entries(sentences).map(([type, [sentence]]) => [type, sentence]))).toEqual({
      LOCATED_IN: 'Mahidol University is located in X',
      MEMBER_OF: 'Mahidol University is a member of X',
      PART_OF: 'Mahidol University is part of X',
      HELD_IN: 'Mahidol University was held in X',
      LAUNCHED_AT: 'Mahidol University was launched at X',
      GUIDED_BY: 'Mahidol University works under the guidance of X',
      IMPLEMENTS: 'Mahidol University implements X',
      SUPPORTS: 'Mahidol University supports X',
      ESTABLISHED: 'Mahidol University established X',
      COOPERATES_WITH: 'Mahidol University cooperates with X',
      PARTICIPATES_IN: 'Mahidol University takes part in X',
      COVERS: 'Mahidol University covers X',
      IN_DOMAIN: 'Mahidol University works in the domain of X',
      SERVES: 'Mahidol University serves X',
      PROMOTES: 'Mahidol University promotes X',
      HOSTED: 'Mahidol University hosted X',
      ORGANIZED: 'Mahidol University organised X',
      SIGNED: 'Mahidol University signed X',
      ATTENDED: 'Mahidol University took part in X',
    });
  });

  it('agrees the verb with a collective subject', () => {
    expect(Object.fromEntries(RELATION_TYPES.map((type) => [type, bothWays(type, labs)[1]]))).toEqual({
      LOCATED_IN: 'Joint laboratories in ASEAN countries are located in X',
      MEMBER_OF: 'Joint laboratories in ASEAN countries are members of X',
      PART_OF: 'Joint laboratories in ASEAN countries are part of X',
      HELD_IN: 'Joint laboratories in ASEAN countries were held in X',
      LAUNCHED_AT: 'Joint laboratories in ASEAN countries were launched at X',
      GUIDED_BY: 'Joint laboratories in ASEAN countries work under the guidance of X',
      IMPLEMENTS: 'Joint laboratories in ASEAN countries implement X',
      SUPPORTS: 'Joint laboratories in ASEAN countries support X',
      ESTABLISHED: 'Joint laboratories in ASEAN countries established X',
      COOPERATES_WITH: 'Joint laboratories in ASEAN countries cooperate with X',
      PARTICIPATES_IN: 'Joint laboratories in ASEAN countries take part in X',
      COVERS: 'Joint laboratories in ASEAN countries cover X',
      IN_DOMAIN: 'Joint laboratories in ASEAN countries work in the domain of X',
      SERVES: 'Joint laboratories in ASEAN countries serve X',
      PROMOTES: 'Joint laboratories in ASEAN countries promote X',
      HOSTED: 'Joint laboratories in ASEAN countries hosted X',
      ORGANIZED: 'Joint laboratories in ASEAN countries organised X',
      SIGNED: 'Joint laboratories in ASEAN countries signed X',
      ATTENDED: 'Joint laboratories in ASEAN countries took part in X',
    });
  });

  it("gives the subject's role with its article and ends with the quote and its source", () => {
    const project = { name: 'Research on Anti-Novel Coronavirus Drugs', collective: false };
    const step = { type: RelationType.PARTICIPATES_IN, from: project, to: university, forward: false, quote: 'to carry out "Research"', source: 'PR Newswire, 2021-09-27' };
    expect(explainStep({ ...step, role: 'participant' })).toBe(
      'Mahidol University takes part in Research on Anti-Novel Coronavirus Drugs (as a participant); PR Newswire, 2021-09-27 says: "to carry out "Research""',
    );
    expect(explainStep({ ...step, role: 'observer', source: undefined })).toBe(
      'Mahidol University takes part in Research on Anti-Novel Coronavirus Drugs (as an observer); the source says: "to carry out "Research""',
    );
    expect(explainStep({ ...step, role: 'the lead partner', quote: undefined })).toBe('Mahidol University takes part in Research on Anti-Novel Coronavirus Drugs (as the lead partner)');
  });
});
