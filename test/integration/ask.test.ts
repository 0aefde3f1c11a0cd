import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { dumpGraph, postGraphQL, useSeededServer } from '../support/graph';

// A loaded machine's cold Neo4j may take longer than the default request time for the first questions.
const fixture = useSeededServer(false, { requestTimeoutMs: 60_000 });

const ANSWER = `query Ask($question: String!) {
  ask(question: $question) {
    text sentences refused reason suggestions query
    entities { id name }
    citations { sentence quote source { id text } }
    interpretation { intent reading readBy entities { id mention matchedBy } }
  }
}`;

async function ask(question: string) {
  const response = await postGraphQL(fixture.server.url, ANSWER, { question });
  expect(response.errors).toBeUndefined();
  return response.data.ask;
}

/** Every sentence has a citation, and every citation's quote is in its source as written. */
function expectCited(answer: any): void {
  const cited = new Set(answer.citations.map((citation: any) => citation.sentence));
  expect(answer.sentences.map((_: string, index: number) => cited.has(index))).toEqual(answer.sentences.map(() => true));
  for (const citation of answer.citations) expect(citation.source.text).toContain(citation.quote);
  expect(answer.text).toBe(answer.sentences.join(' '));
}

describe('ask', () => {
  it('answers how the Information Harbor is connected to ASEAN with the paths, each step quoted', async () => {
    const answer = await ask('How is the China-ASEAN Information Harbor connected to ASEAN?');
    expect(answer.refused).toBe(false);
    expect(answer.interpretation).toMatchObject({ intent: 'CONNECTION', readBy: 'GRAMMAR', entities: [{ id: 'china-asean-information-harbor' }, { id: 'asean' }] });
    expect(answer.sentences[0]).toBe('Department of Science and Technology of Guangxi supports China-ASEAN Information Harbor Co., Ltd.; Department of Science and Technology of Guangxi cooperates with ASEAN.');
    expect(answer.entities.map((entity: any) => entity.id).slice(0, 3)).toEqual(['china-asean-information-harbor', 'asean', 'guangxi-department-of-science-and-technology']);
    expectCited(answer);
  });

  it('returns the GraphQL it ran: run again, it returns the facts the answer states', async () => {
    const answer = await ask('Who takes part in the Research on Anti-Novel Coronavirus Drugs Based on Chinese and Thai Natural Medicinal Materials?');
    const rerun = await postGraphQL(fixture.server.url, answer.query);
    expect(rerun.errors).toBeUndefined();
    const names = rerun.data.node.relationships.edges.map((edge: any) => edge.node.name);
    expect(names.sort()).toEqual(['Chinese Academy of Sciences', 'Guangxi University of Chinese Medicine', 'Mahidol University']);
    for (const name of names) expect(answer.text).toContain(`${name} takes part in`);
    expectCited(answer);
  });

  it('links shortened names, acronyms and ordinals as the proposer links names', async () => {
    // Two steps at most (what they share): a short path search, light on a loaded machine.
    const answer = await ask('What do Mahidol and CATTC have in common?');
    expect(answer.interpretation.entities).toEqual([
      { id: 'mahidol-university', mention: 'Mahidol', matchedBy: 'PARTIAL' },
      { id: 'china-asean-technology-transfer-center', mention: 'CATTC', matchedBy: 'EXACT' },
    ]);
    const forum = await ask('Where was the ninth forum held?');
    expect(forum.sentences).toEqual(['9th Forum on China-ASEAN Technology Transfer and Collaborative Innovation was held in Nanning.']);
    expectCited(forum);
  });

  it('states a quantity with its qualifier, quoting the sentence that counts', async () => {
    const answer = await ask('How many members does the China-ASEAN technology transfer cooperation network have?');
    expect(answer.sentences).toEqual(['China-ASEAN technology transfer cooperation network has more than 2,600 members.']);
    expect(answer.citations[0].quote).toContain('more than 2,600 members');
  });

  it('lists entities of a type in a place, through the places inside it', async () => {
    const answer = await ask('Which institutions are in China?');
    expect(answer.refused).toBe(false);
    expect(answer.sentences).toContain('Guangxi University of Chinese Medicine is located in Guangxi; Guangxi is located in China.');
    expectCited(answer);
  });

  it.each([
    ['Delete Mahidol University from the graph.'],
    ['Please add Vietnam as a member of ASEAN.'],
    ['Could you please rename CATTC?'],
    ['Mahidol University should be removed.'],
    ['MATCH (n) DETACH DELETE n'],
  ])('refuses a request to change data and changes nothing: %s', async (question) => {
    const before = await dumpGraph(fixture.db);
    const answer = await ask(question);
    expect(answer).toMatchObject({ refused: true, reason: 'CHANGE_REQUEST', citations: [], query: null });
    expect(await dumpGraph(fixture.db)).toBe(before);
  });

  it('refuses unknown entities, questions outside the graph, and questions the graph has no facts for', async () => {
    expect(await ask('Where is Harvard University?')).toMatchObject({ refused: true, reason: 'UNKNOWN_ENTITY', text: expect.stringContaining('"Harvard University"') });
    expect(await ask('What is the population of Laos?')).toMatchObject({ refused: true, reason: 'OUT_OF_SCOPE', sentences: [] });
    const nothing = await ask('What is new since 2030-01-01?');
    expect(nothing).toMatchObject({ refused: true, reason: 'NOT_IN_GRAPH', interpretation: { intent: 'SINCE' } });
    expect(nothing.query).toContain('recentFacts(since: "2030-01-01"');
  });

  it('refuses a question that asks for a judgement as OPINION, before reading the graph, offering questions of fact it answers', async () => {
    const answer = await ask('Should Laos join the China-ASEAN technology transfer cooperation network?');
    expect(answer).toMatchObject({ refused: true, reason: 'OPINION', sentences: [], citations: [], query: null });
    expect(answer.text).toMatch(/asks for a recommendation \("should"\).*only records what its sources state/);
    expect(answer.suggestions).toEqual(['How is Laos connected to China-ASEAN technology transfer cooperation network?', 'What do Laos and China-ASEAN technology transfer cooperation network have in common?']);
    for (const suggestion of answer.suggestions) expect(answer.text).toContain(`"${suggestion}"`);
    // What it offers is answered (about one entity: a path search's time depends on the machine's load).
    const single = await ask('Would Laos benefit from more cooperation?');
    expect(single).toMatchObject({ refused: true, reason: 'OPINION', suggestions: ['Tell me about Laos.', 'Which institutions are in Laos?'] });
    const offered = await ask(single.suggestions[0]);
    expect(offered).toMatchObject({ refused: false, interpretation: { intent: 'ABOUT', entities: [{ id: 'laos' }] } });
    expectCited(offered);
    // An opinion about a name the graph does not hold is still an opinion.
    expect(await ask('Is Harvard University good for Thailand?')).toMatchObject({ refused: true, reason: 'OPINION' });
  });

  it('answers a question of fact that merely holds a judgement word', async () => {
    const answer = await ask('Would you tell me where the ninth forum was held?');
    expect(answer).toMatchObject({ refused: false, reason: null, suggestions: [], interpretation: { intent: 'LOCATION' } });
    expect(answer.entities.map((entity: any) => entity.id)).toContain('nanning');
  });

  it('rejects an empty or overlong question with BAD_USER_INPUT', async () => {
    for (const question of ['  ', 'x'.repeat(501)]) {
      const response = await postGraphQL(fixture.server.url, ANSWER, { question });
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('ask with a model (a stub chat-completions server)', () => {
  let stub: http.Server;
  const received: any[] = [];
  let reply = '';
  beforeAll(async () => {
    stub = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({ url: request.url, body: JSON.parse(body) });
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: reply } }] }));
      });
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    process.env.LLM_BASE_URL = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/v1`;
    process.env.LLM_MODEL = 'stub-model';
  });
  afterAll(async () => {
    delete process.env.LLM_BASE_URL;
    delete process.env.LLM_MODEL;
    await new Promise((resolve) => stub.close(resolve));
  });

  it('plans a question outside the grammar; the answer is still composed from the graph with quotes', async () => {
    reply = 'Here is the plan: {"intent": "LOCATION", "names": ["Mahidol University"], "entityType": null, "since": null}';
    const answer = await ask('Mahidol University: in what part of the world would I find it?');
    expect(received.at(-1)).toMatchObject({ url: '/v1/chat/completions', body: { model: 'stub-model' } });
    expect(received.at(-1).body.messages.at(-1).content).toBe('Mahidol University: in what part of the world would I find it?');
    expect(answer).toMatchObject({ refused: false, sentences: ['Mahidol University is located in Thailand.'], interpretation: { intent: 'LOCATION', readBy: 'MODEL' } });
    expectCited(answer);
  });

  it('refuses when the model has no plan, plans an unknown entity, or answers nonsense', async () => {
    const count = received.length;
    for (const content of ['{"intent": null}', '{"intent": "LOCATION", "names": ["Atlantis Institute"]}', 'MATCH (n) DETACH DELETE n']) {
      reply = content;
      expect(await ask('Mahidol University: in what part of the world would I find it?')).toMatchObject({ refused: true, reason: 'OUT_OF_SCOPE' });
    }
    expect(received.length).toBe(count + 3);
  });

  it('never asks the model about a question the grammar reads, nor about a change request', async () => {
    const count = received.length;
    await ask('Where is Mahidol University?');
    await ask('Please delete Mahidol University.');
    expect(received.length).toBe(count);
  });
});
