import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/platform/config/config';

/** The project's own texts (the seed source and the proposer's fixtures), read again and again. */
const SOURCE_TEXTS = [
  path.join(PROJECT_ROOT, 'seeds', 'sources', 'china-asean-tech-transfer-2021-09-27.txt'),
  path.join(PROJECT_ROOT, 'test', 'fixtures', 'proposer', 'lotus-valley-forum-2026-03-14.txt'),
  path.join(PROJECT_ROOT, 'test', 'fixtures', 'proposer', 'silver-heron-summit-2025-11-20.txt'),
];

/** A long text to propose: the project's texts over and over, cut at a paragraph to at most `length` characters. */
export function longProposalText(length: number): string {
  const parts = SOURCE_TEXTS.map((file) => fs.readFileSync(file, 'utf8').trim());
  let text = '';
  while (text.length < length) text += `${parts.join('\n\n')}\n\n`;
  const paragraphEnd = text.lastIndexOf('\n\n', length);
  return text.slice(0, paragraphEnd > 0 ? paragraphEnd : length).trim();
}

export interface ProposalRun {
  proposalMs: number;
  entities: number;
  /** Each light read's time, sent one after the other while the proposal ran. */
  readMs: number[];
}

/** A GraphQL request's data; anything but an answer stops the run. */
async function post(graphqlUrl: string, query: string, variables: object = {}, headers: Record<string, string> = {}): Promise<any> {
  const response = await fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!response.ok || body.errors) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

/** How long `lightRead` takes, `count` times one after the other. */
export async function readTimes(graphqlUrl: string, lightRead: string, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const sent = performance.now();
    await post(graphqlUrl, lightRead);
    times.push(performance.now() - sent);
  }
  return times;
}

/**
 * Proposes `text` as an editor and, until it is answered, sends `lightRead` again and again from one
 * client: how long other users wait while a text is read.
 */
export async function readsDuringProposal(graphqlUrl: string, editorKey: string, lightRead: string, text: string): Promise<ProposalRun> {
  let answered = false;
  const started = performance.now();
  const proposal = post(graphqlUrl, 'query ($input: ProposeDocumentInput!) { proposeDocument(input: $input) { entities { id } } }', { input: { text } }, { 'x-api-key': editorKey })
    .then((data: any) => ({ proposalMs: performance.now() - started, entities: data.proposeDocument.entities.length as number }))
    .finally(() => (answered = true));
  const readMs: number[] = [];
  while (!answered) {
    const [time] = await readTimes(graphqlUrl, lightRead, 1);
    if (!answered) readMs.push(time);
  }
  return { ...(await proposal), readMs };
}
