import neo4j, { Session, Transaction, type Driver } from 'neo4j-driver';
import { FOLLOWER_STATEMENTS } from '../src/engine/changes/change-follower';

/** A Cypher statement as a server sent it, with its driver-typed parameters. */
interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * Records the statements a server sends to Neo4j while `recording` is on, by wrapping the driver's
 * transaction and session `run` (every path goes through one of them: executeRead, executeWrite,
 * explicit and auto-commit transactions, for our service, the floor and @neo4j/graphql alike). Off,
 * it costs one boolean test per statement.
 */
export class StatementRecorder {
  private recording = false;
  private statements: Statement[] = [];

  constructor() {
    const recorder = this;
    for (const prototype of [Transaction.prototype, Session.prototype] as { run: (...args: unknown[]) => unknown }[]) {
      const original = prototype.run;
      prototype.run = function (this: unknown, query: unknown, parameters?: unknown, ...rest: unknown[]) {
        // The change follower's looks at the log run on their own clock, not for the request measured.
        if (recorder.recording && !FOLLOWER_STATEMENTS.has(String(query))) recorder.statements.push({ cypher: String(query), params: (parameters ?? {}) as Record<string, unknown> });
        return original.call(this, query, parameters, ...rest);
      };
    }
  }

  start(): void {
    this.statements = [];
    this.recording = true;
  }

  stop(): Statement[] {
    this.recording = false;
    return this.statements;
  }

  /** Runs each recorded statement again with PROFILE and sums the database hits of every operator. */
  async profile(driver: Driver, statements: Statement[]): Promise<number> {
    let hits = 0;
    for (const statement of statements) {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.executeRead((tx) => tx.run(`PROFILE ${statement.cypher.replace(/^\s*(CYPHER\s+\S+\s*)?/i, '')}`, statement.params));
        hits += totalDbHits(result.summary.profile);
      } finally {
        await session.close();
      }
    }
    return hits;
  }
}

function totalDbHits(plan: unknown): number {
  if (!plan || typeof plan !== 'object') return 0;
  const { dbHits = 0, children = [] } = plan as { dbHits?: number; children?: unknown[] };
  return dbHits + children.reduce<number>((sum, child) => sum + totalDbHits(child), 0);
}
