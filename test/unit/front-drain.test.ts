import http from 'node:http';
import { startFront } from '../../src/app/http/front';
import { readBody } from '../../src/app/http/graphql-route';
import { createLogger } from '../../src/platform/config/logger';

/** A GET whose client leaves before any answer (its connection destroyed). */
async function requestAndLeave(port: number, path: string, leaveAfterMs: number): Promise<void> {
  const request = http.request({ host: '127.0.0.1', port, path, method: 'GET' });
  request.on('error', () => {});
  request.end();
  await new Promise((resolve) => setTimeout(resolve, leaveAfterMs));
  request.destroy();
}

/**
 * Draining counts a request until its handler is done, not only until its connection closes: a
 * client that leaves does not stop the work it started, and the service must not stop Apollo and the
 * database driver under that work.
 */
describe('the HTTP front, closing', () => {
  it('waits within its grace for the handler of a request whose client already left', async () => {
    let release: (() => void) | undefined;
    let handlerDone = false;
    const slow = { path: '/slow', handle: async () => void (await new Promise<void>((resolve) => (release = resolve)), (handlerDone = true)) };
    const front = await startFront({ host: '127.0.0.1', port: 0, logger: createLogger('silent'), routes: [slow] });
    await requestAndLeave(front.port, '/slow', 100);
    expect(release).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 50));
    setTimeout(() => release!(), 300);
    const started = performance.now();
    await front.close(5_000);
    expect(handlerDone).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('stops waiting at the end of its grace', async () => {
    const never = { path: '/never', handle: () => new Promise<void>(() => {}) };
    const front = await startFront({ host: '127.0.0.1', port: 0, logger: createLogger('silent'), routes: [never] });
    await requestAndLeave(front.port, '/never', 100);
    const started = performance.now();
    await front.close(300);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  // Node ends the body's read with an 'aborted' error when the client leaves: the handler settles and the drain is short.
  it('does not wait for a body its client will never finish', async () => {
    let outcome: string | undefined;
    const upload = { path: '/upload', handle: async ({ request }: { request: http.IncomingMessage }) => void (outcome = await readBody(request, 1_000).then(() => 'read', (error: Error) => error.message)) };
    const front = await startFront({ host: '127.0.0.1', port: 0, logger: createLogger('silent'), routes: [upload] });
    const request = http.request({ host: '127.0.0.1', port: front.port, path: '/upload', method: 'POST', headers: { 'content-length': '100' } });
    request.on('error', () => {});
    request.write('0123456789');
    await new Promise((resolve) => setTimeout(resolve, 100));
    request.destroy();
    const started = performance.now();
    await front.close(5_000);
    expect(outcome).toBe('aborted');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
