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

/**
 * Statuses before deployment starts. Only these can be put on hold or cancelled: once
 * something was deployed, the way out is failing or backing out, never pretending it did not
 * happen.
 *
 * @public
 */
export const PRE_DEPLOYMENT_STATUSES: readonly ReleaseStatus[] = [
  'planning',
  'build',
  'test',
  'readiness',
  'approved',
];

/**
 * Statuses a release has reached only after passing its test readiness review (TRR). A
 * package may be approved only when every child is in one of these.
 *
 * @public
 */
export const POST_TRR_STATUSES: readonly ReleaseStatus[] = [
  'readiness',
  'approved',
  'deploying',
  'deployed',
  'review',
  'closed',
];

/**
 * Statuses that have something in (or on its way to) production, so a backout can apply.
 *
 * @public
 */
export const BACKOUT_STATUSES: readonly ReleaseStatus[] = [
  'deploying',
  'deployed',
  'review',
];

/**
 * Statuses a release never leaves.
 *
 * @public
 */
export const TERMINAL_STATUSES: readonly ReleaseStatus[] = [
  'closed',
  'cancelled',
  'failed',
  'backed_out',
];

/**
 * A status as people say it, for messages: `on_hold` is "on hold".
 *
 * @public
 */
export function releaseStatusLabel(status: ReleaseStatus): string {
  return status.replace(/_/g, ' ');
}
