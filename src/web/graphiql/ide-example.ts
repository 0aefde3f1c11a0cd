/** A documented example as the browser pages get it (shared by the server and the pages' bundles). */
export interface IdeExample {
  name: string;
  /** The sentence the docs introduce the example with. */
  title: string;
  /** The role whose credential it needs, when more than a reader's. */
  role: string | undefined;
  query: string;
  /** The variables as the docs show them (JSON text). */
  variables: string | undefined;
}

export interface IdeExampleGroup {
  /** researchers, dashboards, analysts, curators or other. */
  audience: string;
  title: string;
  examples: IdeExample[];
}
