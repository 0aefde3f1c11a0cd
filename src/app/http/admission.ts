import { CONFIG_DEFAULTS } from '../../platform/config/config';
import type { Deadline } from '../../engine/db/deadline';
import { metrics } from '../../platform/observability/metrics';

/**
 * One of MAX_IN_FLIGHT_REQUESTS's places, in units: a request takes from one unit (a page of a few
 * hundred objects, a search) to all of them (a nested dashboard), so that up to SLOT_UNITS cheap
 * reads run in the place of one expensive request instead of queueing behind it.
 */
export const SLOT_UNITS = 4;

/** How much GraphQL work may reach the database at once, and how much may wait for it. */
export interface AdmissionLimits {
  maxInFlight: number;
  /** 0: a request that cannot start at once is refused. */
  maxQueued: number;
  /**
   * How long a refusal waits before it is sent. A client that asks again at once, ignoring
   * Retry-After, then costs a timer per pause instead of a core spent refusing it.
   */
  refusalDelayMs: number;
}

/** MAX_IN_FLIGHT_REQUESTS, MAX_QUEUED_REQUESTS and OVERLOAD_REFUSAL_DELAY_MS at their defaults. */
export const DEFAULT_ADMISSION_LIMITS: AdmissionLimits = CONFIG_DEFAULTS.admission;

/** No capacity: the client gets HTTP 503 OVERLOADED with `Retry-After: retryAfterSeconds`. */
export class OverloadedError extends Error {
  constructor(
    readonly reason: 'queue_full' | 'queue_timeout',
    readonly retryAfterSeconds: number,
  ) {
    super(
      reason === 'queue_full'
        ? 'The service is at capacity and its queue is full; retry after the time in Retry-After.'
        : 'The request waited for capacity until its deadline; retry after the time in Retry-After.',
    );
    this.name = 'OverloadedError';
  }
}

/** The client closed its connection while its request waited for admission; nobody is left to answer. */
export class ClientGoneError extends Error {
  constructor() {
    super('The client went away while its request waited for admission.');
    this.name = 'ClientGoneError';
  }
}

interface Waiter {
  /** Of SLOT_UNITS per place. */
  units: number;
  /** Hands the waiter a slot already counted as running. */
  admit(release: () => void): void;
}

/**
 * A bounded queue in front of the database: at most `maxInFlight` requests run, at most `maxQueued`
 * wait (first come, first served), and the rest are refused at once, so that under overload latency
 * stays bounded by the queue and memory by the requests actually running.
 */
export class Admission {
  private running = 0;
  /** Units held by the running requests. */
  private used = 0;
  private readonly waiting: Waiter[] = [];
  /** Smoothed time one admitted request holds its slot, for Retry-After. */
  private averageMs = 100;

  constructor(private readonly limits: AdmissionLimits) {
    metrics.admissionInFlight.set(0);
    metrics.admissionQueueLength.set(0);
  }

  get inFlight(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Whether a newcomer would be refused now: every slot taken and the queue full. Checked before reading a body. */
  get saturated(): boolean {
    return this.used >= this.capacity && this.waiting.length >= this.limits.maxQueued;
  }

  /** Refuses a newcomer without queueing it (the queue was full when it arrived). */
  refuseNewcomer(): OverloadedError {
    return this.refuse('queue_full');
  }

  /**
   * Resolves with a release function once the request may run; rejects with OverloadedError when it
   * may not, and with ClientGoneError when `abandoned` fires while it waits (its client went away:
   * its place goes to the next newcomer instead of to work nobody will read).
   */
  async admit(deadline: Deadline, abandoned?: AbortSignal, units = SLOT_UNITS): Promise<() => void> {
    const now = this.admitNow(units);
    if (now) return now;
    if (this.waiting.length >= this.limits.maxQueued) throw this.refuse('queue_full');
    metrics.admissionQueueLength.inc();
    try {
      return await new Promise<() => void>((resolve, reject) => {
        const leave = (error: Error) => {
          clearTimeout(timer);
          abandoned?.removeEventListener('abort', onAbandoned);
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(error);
        };
        const onAbandoned = () => leave(new ClientGoneError());
        const waiter: Waiter = {
          units,
          admit: (release) => {
            clearTimeout(timer);
            abandoned?.removeEventListener('abort', onAbandoned);
            resolve(release);
          },
        };
        const timer = setTimeout(() => leave(this.refuse('queue_timeout')), Math.max(0, deadline.remainingMs()));
        abandoned?.addEventListener('abort', onAbandoned);
        this.waiting.push(waiter);
      });
    } finally {
      metrics.admissionQueueLength.dec();
    }
  }

  /** The release of a place taken at once, or undefined when the request would have to wait (or be refused). */
  admitNow(units = SLOT_UNITS): (() => void) | undefined {
    return this.fits(units) && this.waiting.length === 0 ? this.start(units) : undefined;
  }

  /** The pause before a refusal is sent (see AdmissionLimits.refusalDelayMs). */
  async pauseBeforeRefusal(): Promise<void> {
    if (this.limits.refusalDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.limits.refusalDelayMs));
  }

  /** Seconds until a slot is likely free for a newcomer: the work ahead of it, spread over the slots. */
  retryAfterSeconds(): number {
    const ahead = this.running + this.waiting.length;
    return Math.max(1, Math.ceil((ahead * this.averageMs) / this.limits.maxInFlight / 1000));
  }

  private refuse(reason: OverloadedError['reason']): OverloadedError {
    metrics.admissionRejections.inc({ reason });
    return new OverloadedError(reason, this.retryAfterSeconds());
  }

  private get capacity(): number {
    return this.limits.maxInFlight * SLOT_UNITS;
  }

  /** Whether `units` more fit; a request larger than what is free still runs alone. */
  private fits(units: number): boolean {
    return this.used === 0 || this.used + units <= this.capacity;
  }

  private start(units: number): () => void {
    this.running += 1;
    this.used += units;
    metrics.admissionInFlight.inc();
    const started = performance.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.averageMs = 0.8 * this.averageMs + 0.2 * (performance.now() - started);
      this.running -= 1;
      this.used -= units;
      metrics.admissionInFlight.dec();
      // The units pass straight to the oldest waiters that fit, in order, so newcomers cannot overtake the queue.
      while (this.waiting.length > 0 && this.fits(this.waiting[0].units)) {
        const next = this.waiting.shift()!;
        next.admit(this.start(next.units));
      }
    };
  }
}
