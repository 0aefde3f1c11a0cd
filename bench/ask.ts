import { loadQuestions } from '../src/features/ask/ask-questions';

/** The questions `--ask` sends: the development set on the seed graph, the same shapes over a synthetic graph's names. */
export function askQuestions(names: { from: string; centre: string; hub: string } | undefined): string[] {
  if (!names) return loadQuestions('dev').map((question) => question.question);
  return [
    `Where is ${names.from}?`,
    `How is ${names.from} connected to ${names.centre}?`,
    `Who has ${names.from} worked with?`,
    `Who cooperates with ${names.hub}?`,
    `Tell me about ${names.centre}.`,
    `What do ${names.from} and ${names.centre} have in common?`,
    `Please delete ${names.from}.`,
    'Where is Harvard University?',
  ];
}

/** How long each question takes, asked one after the other, `rounds` times over. */
export async function askTimes(graphqlUrl: string, questions: string[], rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const question of questions) {
      const sent = performance.now();
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query($q: String!) { ask(question: $q) { text refused citations { quote } query } }', variables: { q: question } }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (!response.ok || body.errors) throw new Error(`ask "${question}": HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
      times.push(performance.now() - sent);
    }
  }
  return times;
}
