/** Questions in plain words in the search box: `ask` answers, the answer shows with its quotes, its entities are drawn. */
import { byId, element, messageOf } from '../../assets/browser/page';
import { query } from './api';
import { status, type Explorer } from './explorer';
import { citedSentences, type AskAnswer } from './answer';
import { pickOnly, showEntities } from './views';

const ASK = `query Ask($question: String!) { ask(question: $question) {
  text sentences refused reason suggestions
  citations { sentence quote source { title publisher publishedOn } }
  entities { id name type }
  interpretation { intent reading entities { id name type } }
  query } }`;

/** A refusal: its reason code, why in words, and the questions of fact offered instead, each one click away. */
function refusalBody(explorer: Explorer, answer: AskAnswer): HTMLElement[] {
  const why = element('p', { class: 'refused' }, element('strong', { class: 'refusal-code', text: answer.reason ?? 'REFUSED' }), ` ${answer.text}`);
  if (answer.suggestions.length === 0) return [why];
  const ask = (question: string) => () => {
    byId<HTMLInputElement>('search-input').value = question;
    void askQuestion(explorer, question);
  };
  const offered = answer.suggestions.map((question) => element('li', {}, element('button', { type: 'button', onclick: ask(question), text: question })));
  return [why, element('p', { text: 'You could ask instead:' }), element('ul', { class: 'suggestions' }, ...offered)];
}

function renderAnswer(explorer: Explorer, question: string, answer: AskAnswer): void {
  const details = byId('details');
  const body = answer.refused
    ? refusalBody(explorer, answer)
    : citedSentences(answer).map(({ sentence, quotes }) =>
        element(
          'div',
          { class: 'answer-sentence' },
          element('p', { text: sentence }),
          ...quotes.map((quote) =>
            element('figure', {}, element('blockquote', { text: quote.quote }), element('figcaption', { text: `— ${quote.source.publisher}, ${quote.source.publishedOn}: ${quote.source.title}` })),
          ),
        ),
      );
  const graphiql = answer.query ? [element('p', {}, element('a', { href: `/graphql#query=${encodeURIComponent(answer.query)}`, target: '_blank', text: 'Open the query in GraphiQL' }))] : [];
  details.replaceChildren(element('h2', { text: 'Answer' }), element('p', { class: 'question', text: `“${question}” — read as: ${answer.interpretation.reading}` }), ...body, ...graphiql);
  details.focus();
}

/** Draws what the answer is about: the paths between two linked entities, one entity's neighbourhood, or the entities it names. */
async function drawAnswer(explorer: Explorer, answer: AskAnswer): Promise<void> {
  const linked = answer.interpretation.entities;
  if (answer.interpretation.intent === 'CONNECTION' && linked.length >= 2) return pickOnly(explorer, linked[0], linked[1]);
  if (answer.entities.length > 1) return showEntities(explorer, answer.entities.map((entity) => entity.id));
  if (linked.length > 0) return pickOnly(explorer, linked[0]);
}

export async function askQuestion(explorer: Explorer, question: string): Promise<void> {
  status('Asking the graph…');
  try {
    const { ask } = await query<{ ask: AskAnswer }>(ASK, { question });
    if (!ask.refused) await drawAnswer(explorer, ask);
    renderAnswer(explorer, question, ask);
    status(ask.refused ? `The graph cannot answer that question (${ask.reason}).` : `Answered in ${ask.sentences.length} sentence(s), each with its quotes.`);
  } catch (error) {
    status(`Asking failed: ${messageOf(error)}`);
  }
}
