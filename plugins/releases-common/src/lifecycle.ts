/**
 * Every status a release can be in. The first nine form the main line of the lifecycle, in
 * order; the rest are side states.
 *
 * @public
 */
export const RELEASE_STATUSES = [
  'planning',
  'build',
  'test',
  'readiness',
  'approved',
  'deploying',
  'deployed',
  'review',
  'closed',
  'on_hold',
  'cancelled',
  'failed',
  'backed_out',
] as const;

/**
 * The status of a release.
 *
 * @public
 */
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

/**
 * The main line of the lifecycle, from planning to closed, in order.
 *
 * @public
 */
export const MAIN_LINE_STATUSES: readonly ReleaseStatus[] =
  RELEASE_STATUSES.slice(0, 9);

const FINISHED_STATUSES: ReadonlySet<ReleaseStatus> = new Set<ReleaseStatus>([
  'deployed',
  'review',
  'closed',
  'cancelled',
  'failed',
  'backed_out',
]);

/**
 * Whether a release in this status is still pending, that is, not yet deployed and not
 * abandoned. Pending releases are the ones a service owner still has to act on.
 *
 * @public
 */
export function isPendingStatus(status: ReleaseStatus): boolean {
  return !FINISHED_STATUSES.has(status);
}

/**
 * The statuses that count as pending (see {@link isPendingStatus}).
 *
 * @public
 */
export const PENDING_STATUSES: readonly ReleaseStatus[] =
  RELEASE_STATUSES.filter(isPendingStatus);
