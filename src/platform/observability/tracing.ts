import { SpanStatusCode, trace, type Span } from '@opentelemetry/api';

/**
 * OpenTelemetry hooks: spans for GraphQL requests and Cypher round trips. Without an SDK
 * registered by the host process (e.g. `node --require @opentelemetry/auto-instrumentations-node/register`)
 * the API is a no-op and costs next to nothing.
 */
export const tracer = trace.getTracer('collab-graph');

/** Runs `work` inside a span that records failure and always ends. */
export async function traced<T>(name: string, attributes: Record<string, string | number>, work: (span: Span) => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  });
}
