import { graphSchema } from '../../src/app/schema';
import { parse, validate } from 'graphql';
import { AskIntent, asksToChange, dateIn, readIntent, templated } from '../../src/features/ask/ask.grammar';
import type { LinkedMention } from '../../src/features/ask/ask.linking';
import { modelSettingsFromEnv, parsePlan } from '../../src/features/ask/ask.model';
import { planQuery } from '../../src/features/ask/ask.plans';
import { NameMatch } from '../../src/features/propose/propose.names';
import { EntityType } from '../../src/engine/model/model';

const mention = (text: string, question: string, type = EntityType.Institution): LinkedMention => {
  const start = question.indexOf(text);
  return { text, start, end: start + text.length, id: 'x', name: text, type, matchedBy: NameMatch.EXACT };
};

describe('ask grammar', () => {
  it.each([
    'Delete Mahidol University.',
    'please remove the link between Thailand and ASEAN',
    'Can you update the member count?',
    "I'd like you to add a new partner",
    'Let\'s merge CATTC and the network',
    'The Ministry should be renamed.',
    'MATCH (n) SET n.name = "x"',
  ])('reads a request to change data: %s', (question) => expect(asksToChange(question)).toBe(true));

  it.each(['Who established CATTC?', 'What was set up in Bangkok?', 'Which agreements were signed?', 'What changed since 2021?'])('reads a question as no change request: %s', (question) =>
    expect(asksToChange(question)).toBe(false),
  );

  it.each([
    ['since 2021-09-01', '2021-09-01'],
    ['since 1 September 2021', '2021-09-01'],
    ['after September 27, 2021', '2021-09-27'],
    ['since Sept. 2021', '2021-09-01'],
    ['since 2022', '2022-01-01'],
    ['since yesterday', undefined],
  ])('reads the date in "%s"', (text, date) => expect(dateIn(text)).toBe(date));

  it('reads intents around the linked names', () => {
    const read = (question: string, names: [string, EntityType][]) => {
      const mentions = names.map(([name, type]) => mention(name, question, type));
      return readIntent(templated(question, mentions), mentions)?.intent;
    };
    expect(read('Where is Mahidol University?', [['Mahidol University', EntityType.Institution]])).toBe(AskIntent.LOCATION);
    expect(read('Which institutions are in Guangxi?', [['Guangxi', EntityType.Place]])).toBe(AskIntent.IN_PLACE);
    expect(read('Which events were held in Nanning?', [['Nanning', EntityType.Place]])).toBe(AskIntent.HELD_IN);
    expect(read('What do A and B have in common?', [['A', EntityType.Institution], ['B', EntityType.Institution]])).toBe(AskIntent.COMMON_PARTNERS);
    expect(read('How is A connected to B?', [['A', EntityType.Institution], ['B', EntityType.Institution]])).toBe(AskIntent.CONNECTION);
    expect(read('What is the population of Laos?', [['Laos', EntityType.Country]])).toBeUndefined();
  });
});

describe('ask model plans', () => {
  it('reads the first JSON object of a reply, keeping only known intents and types', () => {
    expect(parsePlan('Plan: {"intent": "CONNECTION", "names": ["A", "B", "C"], "entityType": "Nonsense", "since": "soon"}')).toEqual({ intent: AskIntent.CONNECTION, names: ['A', 'B'], entityType: undefined, since: undefined });
    expect(parsePlan('{"intent": "DELETE_ALL", "names": []}')).toBeUndefined();
    expect(parsePlan('{"intent": null}')).toBeUndefined();
    expect(parsePlan('not json {')).toBeUndefined();
  });

  it('is configured only when both LLM_BASE_URL and LLM_MODEL are set', () => {
    expect(modelSettingsFromEnv({ LLM_MODEL: 'm' })).toBeUndefined();
    expect(modelSettingsFromEnv({ LLM_BASE_URL: 'http://localhost:8080/v1/', LLM_MODEL: 'm' })).toEqual({ baseUrl: 'http://localhost:8080/v1', model: 'm', apiKey: undefined, timeoutMs: 10_000 });
  });
});

describe('ask plans', () => {
  it('builds for every intent a query the schema validates, with literal values only', async () => {
    const schema = await graphSchema();
    for (const intent of Object.values(AskIntent)) {
      const query = planQuery({ intent, ids: ['a-b', 'c"d'], entityType: EntityType.Institution, since: '2021-01-01', measure: '' });
      expect({ intent, problems: validate(schema, parse(query)).map((problem) => problem.message) }).toEqual({ intent, problems: [] });
      expect(query).not.toContain('$');
    }
  });
});
