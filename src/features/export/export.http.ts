import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { grants, Role, type Principal } from '../../platform/auth/roles';
import type { Logger } from '../../platform/config/logger';
import type { Database } from '../../engine/db/database';
import { ErrorCode } from '../../platform/graphql/errors';
import { writerFor } from './export.formats';
import { exportGraph, ExportRootNotFound } from './export.repository';
import { ExportRequestError, parseExportRequest } from './export.scope';

type ErrorResponder = (status: number, code: string, message: string) => void;

/**
 * GET /export?format=graphml|json|csv-nodes|csv-edges[&root=ID&depth=N|&ids=a,b][&types=T,U]: the graph
 * or a subgraph, streamed as it is read (Neo4j waits for a slow client rather than the server buffering).
 */
export async function serveExport(response: ServerResponse, url: URL, database: Database, principal: Principal, logger: Logger, fail: ErrorResponder): Promise<void> {
  if (!grants(principal, Role.READER)) return fail(401, ErrorCode.UNAUTHENTICATED, 'Exports need the reader role: send an API key or a JWT.');
  let request;
  try {
    request = parseExportRequest((name) => url.searchParams.get(name) ?? undefined);
  } catch (error) {
    if (error instanceof ExportRequestError) return fail(400, ErrorCode.BAD_USER_INPUT, error.message);
    throw error;
  }
  const writer = writerFor(request.format);
  const emit = async (chunk: string) => {
    if (chunk === '') return;
    if (!response.headersSent) {
      response.writeHead(200, {
        'content-type': writer.contentType,
        'content-disposition': `attachment; filename="collab-graph.${writer.extension}"`,
        'cache-control': 'no-store',
      });
    }
    if (!response.write(chunk)) await once(response, 'drain');
  };
  try {
    await exportGraph(database, request.scope, writer, emit);
    response.end();
  } catch (error) {
    if (error instanceof ExportRootNotFound) return fail(404, ErrorCode.NOT_FOUND, error.message);
    if (!response.headersSent) throw error;
    // Mid-stream the status is sent; cutting the connection tells the client the file is incomplete.
    logger.error('export failed mid-stream', { error: (error as Error).message });
    response.destroy();
  }
}
