import fs from 'node:fs';
import path from 'node:path';
import { Role } from '../../src/platform/auth/roles';
import { createContext } from '../../src/app/context';
import { executeCounted, useSeededServer } from '../support/graph';

/**
 * Event and agreement roles end to end: a fictional document with HOSTED, ORGANIZED, ATTENDED, SIGNED,
 * MEMBER_OF (institution or platform → network) and PARTICIPATES_IN (institution → platform) facts,
 * imported into the seeded graph by the curators' `importDocument` mutation, read back through the
 * typed fields with their quotes, and walked by `paths`. Operations run in-process, as in
 * import.test.ts, so a busy test machine cannot turn them into request timeouts.
 */
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'roles', 'orchid-bay-workshop-2026-03-20');
const fixture = useSeededServer();

const SIGNING = 'Mahidol University and the Orchid Bay Institute of Materia Medica signed a Memorandum of Understanding on Herbal Medicine Research.';

beforeAll(async () => {
  const editor = createContext(fixture.db, { principal: { id: 'api-key:test-editor', authenticated: true, role: Role.EDITOR } });
  const response = await fixture.server.apollo.executeOperation(
    {
      query: 'mutation ($input: ImportDocumentInput!) { importDocument(input: $input) { applied created rejected } }',
      variables: { input: { document: fs.readFileSync(`${FIXTURE}.yaml`, 'utf8'), text: fs.readFileSync(`${FIXTURE}.txt`, 'utf8') } },
    },
    { contextValue: editor },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  expect(response.body.singleResult.errors).toBeUndefined();
  expect(response.body.singleResult.data).toEqual({ importDocument: { applied: true, created: 15, rejected: 0 } });
});

describe('event and agreement roles', () => {
  it('reads hosts, organisers, attendees, signatories, members and partners with their evidence, one statement per root field', async () => {
    const query = `{
      workshop: node(id: "orchid-bay-herbal-medicine-workshop") {
        ... on Event {
          kind
          hosts { edges { type node { __typename name } evidence { quote source { publisher publishedOn } } } }
          organizers { edges { node { __typename name } evidence { quote } } }
          attendees { totalCount edges { node { __typename name } evidence { quote } } }
        }
      }
      memorandum: node(id: "orchid-bay-herbal-medicine-memorandum") {
        ... on Agreement { kind signatories { edges { type node { name } evidence { quote } } } }
      }
      network: node(id: "orchid-bay-herbal-research-network") {
        ... on Network { members { edges { type node { __typename name } evidence { quote } } } }
      }
      center: node(id: "orchid-bay-herbal-innovation-center") {
        ... on Platform { partners { edges { type role node { name } evidence { quote } } } }
      }
    }`;
    const { result, roundTrips } = await executeCounted(fixture.server, fixture.db, query);
    expect(result.errors).toBeUndefined();
    expect(roundTrips).toBe(4);
    expect(result.data).toEqual({
      workshop: {
        kind: 'WORKSHOP',
        hosts: {
          edges: [
            {
              type: 'HOSTED',
              node: { __typename: 'Institution', name: 'Orchid Bay Institute of Materia Medica' },
              evidence: [
                {
                  quote: 'The Orchid Bay Institute of Materia Medica hosted the 2nd Orchid Bay Herbal Medicine Workshop from March 16 to 18.',
                  source: { publisher: 'Fictional Wire', publishedOn: '2026-03-20' },
                },
              ],
            },
          ],
        },
        organizers: {
          edges: [{ node: { __typename: 'Network', name: 'Orchid Bay Herbal Research Network' }, evidence: [{ quote: 'The workshop was organised by the Orchid Bay Herbal Research Network.' }] }],
        },
        attendees: {
          totalCount: 2,
          edges: [
            { node: { __typename: 'Country', name: 'Laos' }, evidence: [{ quote: 'a delegation from Laos also attended' }] },
            { node: { __typename: 'Institution', name: 'Mahidol University' }, evidence: [{ quote: 'Mahidol University sent a delegation to the workshop' }] },
          ],
        },
      },
      memorandum: {
        kind: 'MEMORANDUM_OF_UNDERSTANDING',
        signatories: {
          edges: [
            { type: 'SIGNED', node: { name: 'Mahidol University' }, evidence: [{ quote: SIGNING }] },
            { type: 'SIGNED', node: { name: 'Orchid Bay Institute of Materia Medica' }, evidence: [{ quote: SIGNING }] },
          ],
        },
      },
      network: {
        members: {
          edges: [
            {
              type: 'MEMBER_OF',
              node: { __typename: 'Platform', name: 'Orchid Bay Herbal Innovation Center' },
              evidence: [{ quote: 'the Orchid Bay Herbal Innovation Center, which has also joined the network.' }],
            },
            {
              type: 'MEMBER_OF',
              node: { __typename: 'Institution', name: 'Orchid Bay Institute of Materia Medica' },
              evidence: [{ quote: 'The Orchid Bay Institute of Materia Medica is a member of the Orchid Bay Herbal Research Network' }],
            },
          ],
        },
      },
      center: {
        partners: {
          edges: [
            {
              type: 'PARTICIPATES_IN',
              role: 'partner',
              node: { name: 'Orchid Bay Institute of Materia Medica' },
              evidence: [{ quote: 'a partner in the Orchid Bay Herbal Innovation Center' }],
            },
          ],
        },
      },
    });
  });

  it("reads an institution's events by role, its agreements, networks and platforms, and keeps its projects to projects", async () => {
    const query = `{
      institutions(filter: { ids: ["mahidol-university", "orchid-bay-institute-of-materia-medica"] }) {
        nodes {
          name
          hostedEvents { edges { node { name edition startDate endDate } evidence { quote } } }
          organizedEvents { totalCount }
          attendedEvents { edges { node { name } evidence { quote } } }
          signedAgreements { nodes { name kind } }
          networks { edges { node { name } evidence { quote } } }
          platforms { edges { type role node { name } } }
          projects { nodes { name } }
        }
      }
    }`;
    const { result, roundTrips } = await executeCounted(fixture.server, fixture.db, query);
    expect(result.errors).toBeUndefined();
    expect(roundTrips).toBe(1);
    const memorandum = { nodes: [{ name: 'Memorandum of Understanding on Herbal Medicine Research', kind: 'MEMORANDUM_OF_UNDERSTANDING' }] };
    expect((result.data as any).institutions.nodes).toEqual([
      {
        name: 'Mahidol University',
        hostedEvents: { edges: [] },
        organizedEvents: { totalCount: 0 },
        attendedEvents: { edges: [{ node: { name: '2nd Orchid Bay Herbal Medicine Workshop' }, evidence: [{ quote: 'Mahidol University sent a delegation to the workshop' }] }] },
        signedAgreements: memorandum,
        networks: { edges: [] },
        platforms: { edges: [] },
        projects: { nodes: [{ name: 'Research on Anti-Novel Coronavirus Drugs Based on Chinese and Thai Natural Medicinal Materials' }] },
      },
      {
        name: 'Orchid Bay Institute of Materia Medica',
        hostedEvents: {
          edges: [
            {
              node: { name: '2nd Orchid Bay Herbal Medicine Workshop', edition: 2, startDate: '2026-03-16', endDate: '2026-03-18' },
              evidence: [{ quote: 'The Orchid Bay Institute of Materia Medica hosted the 2nd Orchid Bay Herbal Medicine Workshop from March 16 to 18.' }],
            },
          ],
        },
        organizedEvents: { totalCount: 0 },
        attendedEvents: { edges: [] },
        signedAgreements: memorandum,
        networks: {
          edges: [{ node: { name: 'Orchid Bay Herbal Research Network' }, evidence: [{ quote: 'The Orchid Bay Institute of Materia Medica is a member of the Orchid Bay Herbal Research Network' }] }],
        },
        platforms: { edges: [{ type: 'PARTICIPATES_IN', role: 'partner', node: { name: 'Orchid Bay Herbal Innovation Center' } }] },
        // PARTICIPATES_IN also reaches platforms now; `projects` still lists projects only.
        projects: { nodes: [] },
      },
    ]);
  });

  it("reads a country's attended events and a platform's networks: the reverse role fields the model's relations declare", async () => {
    const query = `{
      countries(filter: { ids: ["laos", "thailand"] }) { nodes { id attendedEvents { totalCount edges { direction node { name } evidence { quote } } } } }
      platforms(filter: { ids: ["orchid-bay-herbal-innovation-center"] }) { nodes { networks { edges { type direction node { name } evidence { quote } } } } }
    }`;
    const { result, roundTrips } = await executeCounted(fixture.server, fixture.db, query);
    expect(result.errors).toBeUndefined();
    expect(roundTrips).toBe(2);
    expect(result.data).toEqual({
      countries: {
        nodes: [
          {
            id: 'laos',
            attendedEvents: {
              totalCount: 1,
              edges: [{ direction: 'OUT', node: { name: '2nd Orchid Bay Herbal Medicine Workshop' }, evidence: [{ quote: 'a delegation from Laos also attended' }] }],
            },
          },
          { id: 'thailand', attendedEvents: { totalCount: 0, edges: [] } },
        ],
      },
      platforms: {
        nodes: [
          {
            networks: {
              edges: [
                {
                  type: 'MEMBER_OF',
                  direction: 'OUT',
                  node: { name: 'Orchid Bay Herbal Research Network' },
                  evidence: [{ quote: 'the Orchid Bay Herbal Innovation Center, which has also joined the network.' }],
                },
              ],
            },
          },
        ],
      },
    });
  });

  it('offers the new relationship types on the review page', async () => {
    const response = await fetch(new URL('/curate/model.json', fixture.server.url));
    expect((await response.json()).relationTypes).toEqual(expect.arrayContaining(['HOSTED', 'ORGANIZED', 'SIGNED', 'ATTENDED']));
  });
});

describe('paths through roles', () => {
  const explanations = async (args: string) => {
    const { result, roundTrips } = await executeCounted(fixture.server, fixture.db, `{ paths(${args}) { nodes { id } steps { explanation } } }`);
    expect([result.errors, roundTrips]).toEqual([undefined, 1]);
    return (result.data as any).paths.map((found: any) => ({ through: found.nodes.slice(1, -1).map((node: any) => node.id), steps: found.steps.map((step: any) => step.explanation) }));
  };

  it('reads a path through an agreement as its two signatures, and one through an event as attending and hosting it', async () => {
    expect(await explanations('from: "mahidol-university", to: "orchid-bay-institute-of-materia-medica", first: 2')).toEqual([
      {
        through: ['orchid-bay-herbal-medicine-memorandum'],
        steps: [
          `Mahidol University signed Memorandum of Understanding on Herbal Medicine Research; Fictional Wire, 2026-03-20 says: "${SIGNING}"`,
          `Orchid Bay Institute of Materia Medica signed Memorandum of Understanding on Herbal Medicine Research; Fictional Wire, 2026-03-20 says: "${SIGNING}"`,
        ],
      },
      {
        through: ['orchid-bay-herbal-medicine-workshop'],
        steps: [
          'Mahidol University took part in 2nd Orchid Bay Herbal Medicine Workshop; Fictional Wire, 2026-03-20 says: "Mahidol University sent a delegation to the workshop"',
          'Orchid Bay Institute of Materia Medica hosted 2nd Orchid Bay Herbal Medicine Workshop; Fictional Wire, 2026-03-20 says: "The Orchid Bay Institute of Materia Medica hosted the 2nd Orchid Bay Herbal Medicine Workshop from March 16 to 18."',
        ],
      },
    ]);
  });

  it("reads a path through an event's organiser", async () => {
    expect(await explanations('from: "laos", to: "orchid-bay-herbal-research-network", first: 1')).toEqual([
      {
        through: ['orchid-bay-herbal-medicine-workshop'],
        steps: [
          'Laos took part in 2nd Orchid Bay Herbal Medicine Workshop; Fictional Wire, 2026-03-20 says: "a delegation from Laos also attended"',
          'Orchid Bay Herbal Research Network organised 2nd Orchid Bay Herbal Medicine Workshop; Fictional Wire, 2026-03-20 says: "The workshop was organised by the Orchid Bay Herbal Research Network."',
        ],
      },
    ]);
  });
});
