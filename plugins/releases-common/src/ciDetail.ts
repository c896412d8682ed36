import { Ci, CiRelations } from './ci';
import { CiWindow, FreezeStatus } from './ciWindows';

/**
 * One CI with everything its card shows: attributes, direct relations and the change
 * windows that apply, with its freeze status.
 *
 * @public
 */
export type CiDetail = Ci & {
  relations: CiRelations;
  windows: CiWindow[];
  freeze: FreezeStatus;
};

/**
 * A CI within some number of relations of another one.
 *
 * @public
 */
export type RelatedCi = {
  entityRef: string;
  kind: string;
  title: string;
  /** How many relations away it is; 1 for a direct relation. */
  distance: number;
};

/**
 * The deepest relation walk the API accepts, to keep one query bounded.
 *
 * @public
 */
export const MAX_RELATED_DEPTH = 5;
