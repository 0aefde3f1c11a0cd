import path from 'node:path';
import { MessageChannel, type Worker } from 'node:worker_threads';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import Piscina from 'piscina';
import { CONFIG_DEFAULTS } from '../../platform/config/config';
import type { Logger } from '../../platform/config/logger';
import type { QueryRunner } from '../../engine/db/database';
import { ErrorCode, QueryTimeoutError } from '../../platform/graphql/errors';
import { metrics } from '../../platform/observability/metrics';
import { DependencyParser, parserPython } from './propose.parser';
import { proposerGraph, type NameQuery } from './propose.repository';
import type { DocumentDraft, ProposeRequest } from './propose.service';
import type { LookupReply, LookupRequest, LookupRows, ProposalTask } from './propose.worker';

/** How many texts are read at once, and how many may wait for a thread. */
export interface ProposerLimits {
  threads: number;
  /** Beyond these, a proposal is refused with 503 OVERLOADED. */
  maxQueued: number;
}

/** PROPOSER_THREADS and PROPOSER_MAX_QUEUED at their defaults. */
export const DEFAULT_PROPOSER_LIMITS: ProposerLimits = CONFIG_DEFAULTS.proposer;

/** The compiled worker beside this file; run from the TypeScript sources (the tests), tsx compiles it as the worker loads it. */
const WORKER_FILE = path.join(__dirname, `propose.worker${path.extname(__filename)}`);
const WORKER_EXEC_ARGV = path.extname(__filename) === '.ts' ? ['--require', require.resolve('tsx/cjs')] : [];

/**
 * Reads texts into drafts in worker threads, so that a long text's seconds of language analysis never
 * hold up the event loop that serves every other request. The threads start with the first proposal
 * (the language model costs each ~33 MB) and stop with the server; one that dies is replaced.
 */
export class ProposerPool {
  private pool: Piscina<ProposalTask, DocumentDraft> | undefined;
  /** Proposals running or waiting for a thread. */
  private active = 0;

  constructor(
    private readonly limits: ProposerLimits,
    private readonly logger: Logger,
  ) {}

  /** The live worker threads: for tests that stop one mid-proposal, as a crash would. */
  get threads(): readonly Worker[] {
    return this.pool?.threads ?? [];
  }

  /**
   * The draft for `request`, read in a worker thread; its look-ups run here on `db`. Refused with
   * OVERLOADED when every thread is busy and the queue is full, QUERY_TIMEOUT at `db`'s deadline (the
   * thread reading it is stopped), INTERNAL with an explanation when reading fails or the thread dies.
   */
  async propose(db: QueryRunner, request: ProposeRequest): Promise<DocumentDraft> {
    if (this.active >= this.limits.threads + this.limits.maxQueued) throw this.refuse();
    const pool = this.started();
    const channel = new MessageChannel();
    const graph = proposerGraph(db);
    let lookupError: unknown;
    const answer = ({ lookup, argument }: LookupRequest): Promise<LookupRows> =>
      lookup === 'entitiesWithWords' ? graph.entitiesWithWords(argument as NameQuery[]) : graph.entitiesWithAlias(argument as string[]);
    channel.port1.on('message', (request: LookupRequest) => {
      answer(request).then(
        (rows) => channel.port1.postMessage({ rows } satisfies LookupReply),
        (error: unknown) => {
          lookupError = error;
          channel.port1.postMessage({ failed: true } satisfies LookupReply);
        },
      );
    });
    const stop = new AbortController();
    this.active += 1;
    try {
      const task = pool.run({ request, graph: channel.port2 }, { transferList: [channel.port2], signal: stop.signal });
      return await db.deadline.race(task, () => stop.abort());
    } catch (error) {
      if (lookupError !== undefined) throw lookupError;
      if (error instanceof QueryTimeoutError) throw error;
      this.logger.error('a proposal failed in its worker thread', { error: (error as Error).message, stack: (error as Error).stack });
      throw new GraphQLError('The proposer failed while reading this text. The service is unharmed and reads the next proposal afresh (a thread that stopped is replaced); if this text fails again, report it with the requestId.', {
        extensions: { code: ErrorCode.INTERNAL },
      });
    } finally {
      this.active -= 1;
      channel.port1.close();
    }
  }

  /** Stops the threads; a proposal still running fails. */
  async close(): Promise<void> {
    await this.pool?.destroy();
    this.pool = undefined;
  }

  private started(): Piscina<ProposalTask, DocumentDraft> {
    if (this.pool) return this.pool;
    const pool = new Piscina<ProposalTask, DocumentDraft>({
      filename: WORKER_FILE,
      execArgv: WORKER_EXEC_ARGV,
      minThreads: this.limits.threads,
      maxThreads: this.limits.threads,
      // A task waits on a message from this thread (the look-up), so threads wait for tasks on their event loop.
      atomics: 'disabled',
    });
    // A thread that fails between tasks is replaced by the pool; without a listener its error would end the process.
    pool.on('error', (error: Error) => this.logger.error('a proposer thread failed', { error: error.message }));
    // Without its parser the proposer still reads texts, with its patterns alone: the operator should know.
    if (!DependencyParser.available()) this.logger.warn('the proposer\'s dependency parser is not installed: texts are read with patterns alone (npm run nlp:build)', { python: parserPython() });
    this.pool = pool;
    return pool;
  }

  /** 503 OVERLOADED with Retry-After, as admission control answers (http/admission.ts). */
  private refuse(): GraphQLError {
    metrics.admissionRejections.inc({ reason: 'proposer_queue_full' });
    const averageMs = this.pool?.histogram.runTime.mean || 1_000;
    const retryAfterSeconds = Math.max(1, Math.ceil((this.active * averageMs) / this.limits.threads / 1000));
    return new GraphQLError(
      `The proposer is at capacity (${this.limits.threads} texts being read, ${this.limits.maxQueued} waiting: PROPOSER_THREADS, PROPOSER_MAX_QUEUED); retry after the time in Retry-After.`,
      { extensions: { code: ErrorCode.OVERLOADED, http: { status: 503, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) } } },
    );
  }
}

declare module '../../engine/context' {
  interface FeatureContext {
    /** Shared by every request of a server: the threads that read texts into drafts (none in some tools). */
    proposer: ProposerPool | undefined;
  }
}
