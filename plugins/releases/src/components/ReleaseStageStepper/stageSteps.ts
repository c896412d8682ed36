import {
  MAIN_LINE_STATUSES,
  ReleaseStatus,
} from '@stagegate/plugin-releases-common';

/**
 * Where a stage of the main line stands for a release: passed, the one it is in, the one it
 * goes to next, one still ahead, or the one where it was stopped (held, cancelled, failed or
 * backed out).
 *
 * @internal
 */
export type StageState = 'done' | 'current' | 'next' | 'ahead' | 'stopped';

/**
 * One stage of the stepper.
 *
 * @internal
 */
export interface StageStep {
  status: ReleaseStatus;
  state: StageState;
}

// Where a side state leaves the main line when the release does not say: a failure happens
// while deploying; a backout undoes a deployment.
const DEFAULT_STOP: Partial<Record<ReleaseStatus, ReleaseStatus>> = {
  failed: 'deploying',
  backed_out: 'deployed',
};

/**
 * The stage where a release in a side state left the main line: where it was held, or the
 * status given (from its history), or the usual one for the side state; undefined when
 * unknown (a cancellation without history).
 *
 * @internal
 */
export function stoppedStage(
  status: ReleaseStatus,
  options: { heldFrom?: ReleaseStatus; stoppedAt?: ReleaseStatus } = {},
): ReleaseStatus | undefined {
  if (MAIN_LINE_STATUSES.includes(status)) return undefined;
  const candidate =
    (status === 'on_hold' ? options.heldFrom : undefined) ??
    options.stoppedAt ??
    DEFAULT_STOP[status];
  return candidate && MAIN_LINE_STATUSES.includes(candidate)
    ? candidate
    : undefined;
}

/**
 * The state of every main-line stage for a release in `status`.
 *
 * @param status - The release status.
 * @param options - Where a release on hold was held (`heldFrom`), and where a release in
 *   another side state left the main line (`stoppedAt`, from its history), when known.
 * @internal
 */
export function stageSteps(
  status: ReleaseStatus,
  options: { heldFrom?: ReleaseStatus; stoppedAt?: ReleaseStatus } = {},
): StageStep[] {
  const mainIndex = MAIN_LINE_STATUSES.indexOf(status);
  if (mainIndex >= 0) {
    const closed = status === 'closed';
    return MAIN_LINE_STATUSES.map((stage, index) => {
      let state: StageState = 'ahead';
      if (index < mainIndex || closed) state = 'done';
      else if (index === mainIndex) state = 'current';
      else if (index === mainIndex + 1) state = 'next';
      return { status: stage, state };
    });
  }
  const stop = stoppedStage(status, options);
  const stopIndex = stop ? MAIN_LINE_STATUSES.indexOf(stop) : -1;
  return MAIN_LINE_STATUSES.map((stage, index) => {
    let state: StageState = 'ahead';
    if (index < stopIndex) state = 'done';
    else if (index === stopIndex) state = 'stopped';
    return { status: stage, state };
  });
}
