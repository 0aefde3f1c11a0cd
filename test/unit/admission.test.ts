import { Deadline } from '../../src/engine/db/deadline';
import { Admission, ClientGoneError, OverloadedError, SLOT_UNITS } from '../../src/app/http/admission';

const later = () => Deadline.after(10_000);

describe('the admission queue', () => {
  it('runs up to the limit, queues up to the queue length in order, and refuses beyond', async () => {
    const admission = new Admission({ maxInFlight: 2, maxQueued: 2, refusalDelayMs: 0 });
    const first = await admission.admit(later());
    await admission.admit(later());
    const order: string[] = [];
    const third = admission.admit(later()).then((release) => (order.push('third'), release));
    const fourth = admission.admit(later()).then((release) => (order.push('fourth'), release));
    await expect(admission.admit(later())).rejects.toMatchObject({ reason: 'queue_full' });
    expect([admission.inFlight, admission.queued]).toEqual([2, 2]);

    first();
    first(); // releasing twice frees one place, once
    const releaseThird = await third;
    expect(order).toEqual(['third']);
    expect([admission.inFlight, admission.queued]).toEqual([2, 1]);
    // A newcomer does not overtake the one still waiting.
    const newcomer = admission.admit(Deadline.after(300));
    releaseThird();
    await fourth;
    expect(order).toEqual(['third', 'fourth']);
    expect(admission.queued).toBe(1);
    await expect(newcomer).rejects.toMatchObject({ reason: 'queue_timeout' });
  });

  it('gives up on a queued request at its deadline with a Retry-After estimate', async () => {
    const admission = new Admission({ maxInFlight: 1, maxQueued: 5, refusalDelayMs: 0 });
    await admission.admit(later());
    const error = await admission.admit(Deadline.after(50)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OverloadedError);
    expect(error).toMatchObject({ reason: 'queue_timeout' });
    expect((error as OverloadedError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(admission.queued).toBe(0);
  });

  it('gives the place of a request whose client left to the next one at once', async () => {
    const admission = new Admission({ maxInFlight: 1, maxQueued: 1, refusalDelayMs: 0 });
    const release = await admission.admit(later());
    const gone = new AbortController();
    const abandoned = admission.admit(later(), gone.signal);
    await expect(admission.admit(later())).rejects.toMatchObject({ reason: 'queue_full' });
    gone.abort();
    await expect(abandoned).rejects.toBeInstanceOf(ClientGoneError);
    expect(admission.queued).toBe(0);
    const next = admission.admit(later());
    release();
    await next;
    expect(admission.inFlight).toBe(1);
  });

  it('runs several cheap requests in one place, and keeps the queue in order when a full one waits', async () => {
    const admission = new Admission({ maxInFlight: 1, maxQueued: 4, refusalDelayMs: 0 });
    const cheap = await Promise.all(Array.from({ length: SLOT_UNITS }, () => admission.admit(later(), undefined, 1)));
    expect(admission.inFlight).toBe(SLOT_UNITS);
    const order: string[] = [];
    const full = admission.admit(later(), undefined, SLOT_UNITS).then((release) => (order.push('full'), release));
    // A cheap newcomer does not overtake the full request waiting ahead of it.
    const cheapAfter = admission.admit(later(), undefined, 1).then((release) => (order.push('cheap'), release));
    cheap.slice(1).forEach((release) => release());
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([]);
    cheap[0]();
    (await full)();
    (await cheapAfter)();
    expect(order).toEqual(['full', 'cheap']);
    expect(admission.inFlight).toBe(0);
  });

  it('with no queue, refuses whatever cannot start at once', async () => {
    const admission = new Admission({ maxInFlight: 1, maxQueued: 0, refusalDelayMs: 0 });
    await admission.admit(later());
    await expect(admission.admit(later())).rejects.toMatchObject({ reason: 'queue_full' });
  });
});
