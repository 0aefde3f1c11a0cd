import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Distinct operation names kept as label values; clients choose the names, so the series must be bounded. */
export const OPERATION_LABELS_MAX = 100;
const OPERATION_NAME_MAX_LENGTH = 64;

/**
 * The `operation` label for a request: its operation name, `anonymous` without one, and `other` for a
 * name too long or first seen after {@link OPERATION_LABELS_MAX} names have been, so that a client
 * sending a new name with every request cannot grow /metrics and the process's memory without end.
 */
export class OperationLabels {
  private readonly seen = new Set<string>();

  constructor(private readonly max = OPERATION_LABELS_MAX) {}

  label(operationName: string | null | undefined): string {
    if (!operationName) return 'anonymous';
    if (this.seen.has(operationName)) return operationName;
    if (operationName.length > OPERATION_NAME_MAX_LENGTH || this.seen.size >= this.max) return 'other';
    this.seen.add(operationName);
    return operationName;
  }
}

/**
 * The service's metrics, in a prom-client registry of their own beside Node's process, heap, GC
 * and event-loop metrics (prom-client's defaults). One per process; /metrics renders it.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly operationLabels = new OperationLabels();
  readonly requests = new Counter({ name: 'collab_graph_requests_total', help: 'GraphQL requests, by operation name.', labelNames: ['operation'], registers: [this.registry] });
  readonly requestSeconds = new Histogram({
    name: 'collab_graph_request_duration_seconds',
    help: 'GraphQL request duration, by operation name.',
    labelNames: ['operation'],
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly errors = new Counter({ name: 'collab_graph_errors_total', help: 'Errors returned to clients, by extensions.code.', labelNames: ['code'], registers: [this.registry] });
  readonly cypherRoundTrips = new Counter({ name: 'collab_graph_cypher_round_trips_total', help: 'Cypher statements sent to Neo4j, by access mode.', labelNames: ['mode'], registers: [this.registry] });
  readonly cypherSeconds = new Histogram({
    name: 'collab_graph_cypher_duration_seconds',
    help: 'Time per Cypher round trip, by access mode.',
    labelNames: ['mode'],
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly dataloaderBatchSize = new Histogram({
    name: 'collab_graph_dataloader_batch_size',
    help: 'Keys per DataLoader batch, by loader.',
    labelNames: ['loader'],
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
    registers: [this.registry],
  });
  readonly sessionsActive = new Gauge({ name: 'collab_graph_neo4j_sessions_active', help: 'Neo4j sessions open now (each holds a pooled connection).', registers: [this.registry] });
  readonly notModified = new Counter({
    name: 'collab_graph_not_modified_total',
    help: 'GET GraphQL requests answered 304 Not Modified from their ETag, without reading the graph.',
    registers: [this.registry],
  });
  readonly httpInFlight = new Gauge({ name: 'collab_graph_http_requests_in_flight', help: 'HTTP requests received and not yet answered.', registers: [this.registry] });
  readonly subscriptionStreams = new Gauge({ name: 'collab_graph_subscription_streams', help: 'Subscription streams open now (/graphql/stream).', registers: [this.registry] });
  readonly admissionInFlight = new Gauge({ name: 'collab_graph_admission_in_flight', help: 'GraphQL requests admitted to the database and not yet finished.', registers: [this.registry] });
  readonly admissionQueueLength = new Gauge({ name: 'collab_graph_admission_queue_length', help: 'GraphQL requests waiting for admission.', registers: [this.registry] });
  readonly admissionRejections = new Counter({
    name: 'collab_graph_admission_rejections_total',
    help: 'Requests refused by admission control (HTTP 503 OVERLOADED, researcher Cypher over its cap), by reason.',
    labelNames: ['reason'],
    registers: [this.registry],
  });
  readonly transactionsTerminated = new Counter({
    name: 'collab_graph_neo4j_transactions_terminated_total',
    help: 'Transactions terminated in Neo4j because their request reached its deadline.',
    registers: [this.registry],
  });

  readonly neo4jUp = new Gauge({ name: 'collab_graph_neo4j_embedded_up', help: 'Whether the embedded Neo4j is running (1) or down and being restarted (0).', registers: [this.registry] });
  readonly neo4jWarmSpare = new Gauge({
    name: 'collab_graph_neo4j_embedded_warm_spare',
    help: 'Whether a warm spare JVM waits to take over from the embedded Neo4j (1) or not (0: none configured, or still warming up).',
    registers: [this.registry],
  });
  readonly neo4jUnexpectedExits = new Counter({
    name: 'collab_graph_neo4j_embedded_exits_total',
    help: "Unexpected exits of the embedded Neo4j's JVM (kill -9, out of memory, a crash).",
    registers: [this.registry],
  });
  readonly neo4jRestarts = new Counter({
    name: 'collab_graph_neo4j_embedded_restarts_total',
    help: 'Restart attempts of the embedded Neo4j after an unexpected exit, by outcome (started, failed).',
    labelNames: ['outcome'],
    registers: [this.registry],
  });
  readonly neo4jRestartFailuresInARow = new Gauge({
    name: 'collab_graph_neo4j_embedded_restart_failures_in_a_row',
    help: 'Failed restarts of the embedded Neo4j since it last ran; /health turns 503 at 5.',
    registers: [this.registry],
  });

  /** Each operation label's request counter and duration histogram, looked up once rather than hashed per request. */
  private readonly byOperation = new Map<string, { requests: ReturnType<Counter['labels']>; seconds: ReturnType<Histogram['labels']> }>();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Counts one GraphQL request of `operation` (a label from `operationLabels`) that took `seconds`. */
  recordRequest(operation: string, seconds: number): void {
    let series = this.byOperation.get(operation);
    if (!series) {
      series = { requests: this.requests.labels(operation), seconds: this.requestSeconds.labels(operation) };
      this.byOperation.set(operation, series);
    }
    series.requests.inc();
    series.seconds.observe(seconds);
  }

  /** The exposition format's content type, for the response header. */
  get contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}

export const metrics = new ServiceMetrics();
