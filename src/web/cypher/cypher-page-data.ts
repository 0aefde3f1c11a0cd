/** What the /cypher page's HTML carries for its script (shared by the server and the page's bundle). */
export interface CypherPageData {
  /** The documented Cypher examples (the docs' researcher examples that call the `cypher` field). */
  examples: { title: string; query: string; params: string }[];
  /** Procedures the server lets researchers call, for completion after CALL. */
  procedures: string[];
}
