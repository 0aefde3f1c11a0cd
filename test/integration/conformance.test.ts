import { serverAudits } from 'graphql-http';
import { useSeededServer } from '../support/graph';

/**
 * graphql-http's GraphQL-over-HTTP audits against the running service: every MUST, SHOULD and MAY.
 * Some audits query `__type`, so this runs in development mode (production turns introspection off).
 */
const fixture = useSeededServer();

describe('GraphQL over HTTP conformance', () => {
  const audits = serverAudits({ url: () => fixture.server.url, fetchFn: fetch });
  for (const audit of audits) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      if (result.status !== 'ok') {
        throw new Error(`${result.status}: ${result.reason}${'response' in result ? ` (${result.response.status})` : ''}`);
      }
    });
  }
});
