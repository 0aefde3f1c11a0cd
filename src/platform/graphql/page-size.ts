/** The largest page any list or connection serves; larger requests are refused, not truncated. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Lists without cursors (rankings, matrices, breakdowns) are cut at `first`, at most MAX_LIST_SIZE. */
export const MAX_LIST_SIZE = 1000;
