/**
 * One page of a list, with the cursor of the next page when there is one.
 *
 * @public
 */
export type Page<T> = {
  items: T[];
  /** Pass as `cursor` to get the next page; absent on the last page. */
  nextCursor?: string;
};

/**
 * Largest page size any list accepts.
 *
 * @public
 */
export const MAX_PAGE_SIZE = 200;

/**
 * Page size used when a caller does not ask for one.
 *
 * @public
 */
export const DEFAULT_PAGE_SIZE = 25;
