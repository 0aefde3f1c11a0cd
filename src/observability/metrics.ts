/**
 * A small Prometheus registry: counters, gauges and histograms with labels, rendered in the text
 * exposition format. Enough for /metrics without a dependency; updates are O(1) map writes.
 */
type Labels = Record<string, string>;

function labelKey(labels: Labels): string {
  return Object.keys(labels)
    .sort()
    .map((name) => `${name}="${labels[name].replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`)
    .join(',');
}

abstract class Metric {
  constructor(
    readonly name: string,
    readonly help: string,
    readonly kind: 'counter' | 'gauge' | 'histogram',
  ) {}
  abstract samples(): string[];
  render(): string {
    return [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} ${this.kind}`, ...this.samples()].join('\n');
  }
}

export class Counter extends Metric {
  private readonly values = new Map<string, number>();
  constructor(name: string, help: string) {
    super(name, help, 'counter');
  }
  inc(labels: Labels = {}, by = 1): void {
    const key = labelKey(labels);
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }
  samples(): string[] {
    return [...this.values].map(([key, value]) => `${this.name}${key ? `{${key}}` : ''} ${value}`);
  }
}

export class Gauge extends Metric {
  private readonly values = new Map<string, number>();
  constructor(name: string, help: string) {
    super(name, help, 'gauge');
  }
  add(by: number, labels: Labels = {}): void {
    const key = labelKey(labels);
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }
  samples(): string[] {
    return [...this.values].map(([key, value]) => `${this.name}${key ? `{${key}}` : ''} ${value}`);
  }
}

export class Histogram extends Metric {
  private readonly series = new Map<string, { counts: number[]; sum: number; count: number }>();
  constructor(
    name: string,
    help: string,
    private readonly buckets: number[],
  ) {
    super(name, help, 'histogram');
  }
  observe(value: number, labels: Labels = {}): void {
    const key = labelKey(labels);
    let entry = this.series.get(key);
    if (!entry) {
      entry = { counts: this.buckets.map(() => 0), sum: 0, count: 0 };
      this.series.set(key, entry);
    }
    const bucket = this.buckets.findIndex((bound) => value <= bound);
    if (bucket >= 0) entry.counts[bucket] += 1;
    entry.sum += value;
    entry.count += 1;
  }
  samples(): string[] {
    return [...this.series].flatMap(([key, entry]) => {
      const prefix = key ? `${key},` : '';
      let cumulative = 0;
      const lines = this.buckets.map((bound, index) => {
        cumulative += entry.counts[index];
        return `${this.name}_bucket{${prefix}le="${bound}"} ${cumulative}`;
      });
      const labels = key ? `{${key}}` : '';
      return [...lines, `${this.name}_bucket{${prefix}le="+Inf"} ${entry.count}`, `${this.name}_sum${labels} ${entry.sum}`, `${this.name}_count${labels} ${entry.count}`];
    });
  }
}

const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The service's metrics; one registry per process. */
export class ServiceMetrics {
  readonly requests = new Counter('collab_graph_requests_total', 'GraphQL requests, by operation name.');
  readonly requestSeconds = new Histogram('collab_graph_request_duration_seconds', 'GraphQL request duration, by operation name.', SECONDS);
  readonly errors = new Counter('collab_graph_errors_total', 'Errors returned to clients, by extensions.code.');
  readonly cypherRoundTrips = new Counter('collab_graph_cypher_round_trips_total', 'Cypher statements sent to Neo4j.');
  readonly cypherSeconds = new Histogram('collab_graph_cypher_duration_seconds', 'Time per Cypher round trip, by access mode.', SECONDS);
  readonly dataloaderBatchSize = new Histogram('collab_graph_dataloader_batch_size', 'Keys per DataLoader batch, by loader.', [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]);
  readonly sessionsActive = new Gauge('collab_graph_neo4j_sessions_active', 'Neo4j sessions open now (each holds a pooled connection).');
  readonly httpInFlight = new Gauge('collab_graph_http_requests_in_flight', 'HTTP requests received and not yet answered.');
  readonly admissionInFlight = new Gauge('collab_graph_admission_in_flight', 'GraphQL requests admitted to the database and not yet finished.');
  readonly admissionQueueLength = new Gauge('collab_graph_admission_queue_length', 'GraphQL requests waiting for admission.');
  readonly admissionRejections = new Counter('collab_graph_admission_rejections_total', 'Requests refused by admission control (HTTP 503 OVERLOADED, researcher Cypher over its cap), by reason.');
  readonly transactionsTerminated = new Counter('collab_graph_neo4j_transactions_terminated_total', 'Transactions terminated in Neo4j because their request reached its deadline.');

  render(): string {
    const all = [
      this.requests,
      this.requestSeconds,
      this.errors,
      this.cypherRoundTrips,
      this.cypherSeconds,
      this.dataloaderBatchSize,
      this.sessionsActive,
      this.httpInFlight,
      this.admissionInFlight,
      this.admissionQueueLength,
      this.admissionRejections,
      this.transactionsTerminated,
    ];
    return all.map((metric) => metric.render()).join('\n') + '\n';
  }
}

export const metrics = new ServiceMetrics();
