import { QueryTimeoutError } from '../../platform/graphql/errors';

/**
 * The moment a request's time is up. Database work started under it is raced against it: at the
 * deadline the caller gets a QueryTimeoutError at once, whatever the database is still doing.
 */
export class Deadline {
  private constructor(
    readonly expiresAt: number,
    /** The budget this deadline was made with, for messages. */
    readonly budgetMs: number,
  ) {}

  static after(ms: number): Deadline {
    return new Deadline(performance.now() + ms, ms);
  }

  remainingMs(): number {
    return this.expiresAt - performance.now();
  }

  expired(): boolean {
    return this.remainingMs() <= 0;
  }

  /** A deadline `ms` from now, or this one if it comes first. */
  within(ms: number): Deadline {
    return performance.now() + ms < this.expiresAt ? Deadline.after(ms) : this;
  }

  /** Throws QueryTimeoutError once the deadline has passed. */
  check(): void {
    if (this.expired()) throw new QueryTimeoutError(this.budgetMs);
  }

  /**
   * Settles like `work`, or rejects with QueryTimeoutError at the deadline (calling `onExpiry` then,
   * so the caller can stop the work it leaves behind).
   */
  race<T>(work: Promise<T>, onExpiry: () => void = () => undefined): Promise<T> {
    this.check();
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new QueryTimeoutError(this.budgetMs));
        onExpiry();
      }, Math.max(0, this.remainingMs()));
      work.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }
}
