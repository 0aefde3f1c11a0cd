/*
 * What the service's hand-written browser pages (the explorer, the review page) share: building DOM
 * elements, and asking the public GraphQL API at /graphql.
 */

/** An attribute's value: `text` sets the text, `on<event>` adds a listener, false and undefined leave it out, true sets it empty. */
export type AttributeValue = string | boolean | undefined | ((event: Event) => unknown);

/** A `tag` element with `attributes` and `children`. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, AttributeValue> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'text') node.textContent = String(value);
    else if (value !== false && value !== undefined) node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children);
  return node;
}

/** The element with this id, as the page's HTML declares it (the caller names its kind). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}`);
  return found as T;
}

/** A GraphQL error as thrown: its message, and its `extensions` (the `code`, and e.g. an import's `report`). */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly extensions: Record<string, unknown>,
  ) {
    super(message);
  }
}

export interface GraphQLOptions {
  /** Sent in X-API-Key. */
  apiKey?: string;
  /** A QUERY_TIMEOUT (a busy server) is asked again up to this many times. */
  retries?: number;
}

interface GraphQLBody<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** The data of one GraphQL operation; the first error is thrown as a GraphQLRequestError. */
export async function graphql<T>(query: string, variables: Record<string, unknown>, { apiKey, retries = 0 }: GraphQLOptions = {}): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  if (apiKey) headers['x-api-key'] = apiKey;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as GraphQLBody<T>;
  const first = body.errors?.[0];
  if (first?.extensions?.code === 'QUERY_TIMEOUT' && retries > 0) return graphql<T>(query, variables, { apiKey, retries: retries - 1 });
  if (first) throw new GraphQLRequestError(first.message, first.extensions ?? {});
  return body.data as T;
}

/** The message of whatever was thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
