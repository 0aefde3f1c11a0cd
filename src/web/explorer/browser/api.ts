/** The GraphQL the explorer sends; every query is a read of the public API. */
import { graphql } from '../../assets/browser/page';

/**
 * Every query the page sends is a read, so one that ran out of time is tried again (four times at
 * most): on a freshly started database, or a busy machine, the first runs of a query spend their
 * time limit planning it and warming the JVM, and each later run gets further.
 */
export const query = <T>(text: string, variables: Record<string, unknown>): Promise<T> => graphql<T>(text, variables, { retries: 4 });

export const EVIDENCE = 'evidence { quote source { title publisher publishedOn } }';
const GRAPH_NODE = 'nodes { id label type kind distance }';
const GRAPH_EDGE = `edges { id source target type sourceCount ${EVIDENCE} }`;
/** A neighbourhood's fields. */
export const GRAPH = `truncated ${GRAPH_NODE} ${GRAPH_EDGE}`;
