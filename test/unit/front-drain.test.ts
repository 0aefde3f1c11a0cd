import http from 'node:http';
import { startFront } from '../../src/app/http/front';
import { readBody } from '../../src/app/http/graphql-route';
import { createLogger } from '../../src/platform/config/logger';

/**
 * A GET whose client leaves before any answer (its connection destroyed), once its handler has started: waiting a fixed
 * time instead let a loaded machine drop the connection before the request reached its handler.
 */
async function requestAndLeave(port: number, path: string, handlerStarted: Promise<void>): Promise<void> {
  const request = http.request({ host: '127.0.0.1', port, path, method: 'GET' });
  request.on('error', () => {});
  request.end();
  await handlerStarted;
  request.destroy();
}

/** A promise and the function that settles it: resolved when a route's handler starts. */
function signal(): { reached: Promise<void>; reach: () => void } {
  let reach = () => {};
  const reached = new Promise<void>((resolve) => (reach = resolve));
  return { reached, reach };
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
    const handling = signal();
    const slow = { path: '/slow', handle: async () => void (await new Promise<void>((resolve) => ((release = resolve), handling.reach())), (handlerDone = true)) };
    const front = await startFront({ host: '127.0.0.1', port: 0, logger: createLogger('silent'), routes: [slow] });
    await requestAndLeave(front.port, '/slow', handling.reached);
    expect(release).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 50));
    setTimeout(() => release!(), 300);
    const started = performance.now();
    await front.close(5_000);
    expect(handlerDone).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('stops waiting at the end of its grace', async () => {
    const handling = signal();
    const never = { path: '/never', handle: () => new Promise<void>(() => handling.reach()) };
    const front = await startFront({ host: '127.0.0.1', port: 0, logger: createLogger('silent'), routes: [never] });
    await requestAndLeave(front.port, '/never', handling.reached);
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
