import { QUESTION_SETS, hashTestQuestions, loadQuestions, readTestQuestionsManifest } from '../../src/features/ask/ask-questions';
import { loadSeedFiles, seedFilesIn } from '../../src/engine/seed/seed.loader';

const seedIds = new Set(loadSeedFiles(seedFilesIn()).flatMap((seed) => seed.document.entities.map((entity) => entity.id)));

describe('the frozen ask test set', () => {
  it('has exactly the contents its SHA-256 manifest records', () => {
    // A failure here means the frozen questions changed: the test set must stay as it was written, blind.
    expect(Object.fromEntries(hashTestQuestions())).toEqual(Object.fromEntries(readTestQuestionsManifest()));
  });
});

describe.each(QUESTION_SETS)('the ask %s set', (set) => {
  const questions = loadQuestions(set);

  it('holds enough questions, a quarter or more of them to be refused', () => {
    expect(questions.length).toBeGreaterThanOrEqual(20);
    expect(questions.filter((question) => question.refused).length / questions.length).toBeGreaterThanOrEqual(0.25);
  });

  it('has unique ids and names only entities of the seed graph', () => {
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
    const unknown = questions.flatMap((question) => (question.refused ? [] : [...question.entities, ...question.answer])).filter((id) => !seedIds.has(id));
    expect(unknown).toEqual([]);
  });
});

it('the two sets together hold at least 40 questions', () => {
  expect(QUESTION_SETS.map((set) => loadQuestions(set).length).reduce((a, b) => a + b)).toBeGreaterThanOrEqual(40);
});
