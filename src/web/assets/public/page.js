/*
 * What the service's hand-written browser pages (the explorer, the review page) share: building DOM
 * elements, and asking the public GraphQL API at /graphql. A plain browser script: it defines
 * `window.Page`.
 */
(function () {
  'use strict';

  /**
   * A `tag` element with `attributes` and `children`: `text` sets its text, `on<event>` adds a
   * listener, `false` and `undefined` leave an attribute out and `true` sets it empty.
   */
  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else if (name === 'text') node.textContent = value;
      else if (value !== false && value !== undefined) node.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children) node.append(child);
    return node;
  }

  /**
   * The data of one GraphQL operation. The first error is thrown, with its `extensions`; `apiKey` goes
   * in X-API-Key; a `QUERY_TIMEOUT` (a busy server) is asked again up to `retries` times.
   */
  async function graphql(query, variables, { apiKey, retries = 0 } = {}) {
    const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
    if (apiKey) headers['x-api-key'] = apiKey;
    const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = await response.json();
    const first = body.errors && body.errors[0];
    if (first && first.extensions?.code === 'QUERY_TIMEOUT' && retries > 0) return graphql(query, variables, { apiKey, retries: retries - 1 });
    if (first) {
      const error = new Error(first.message);
      error.extensions = first.extensions || {};
      throw error;
    }
    return body.data;
  }

  window.Page = { element, graphql };
})();
