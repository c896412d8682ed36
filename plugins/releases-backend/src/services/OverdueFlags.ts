import {
  Release,
  StageTimeLimits,
  nextStageDue,
  stageOverdue,
} from '@stagegate/plugin-releases-common';

/**
 * Marks releases over their stage's time limit as they are read. The flag depends on the
 * clock, so it is computed on every read and never stored.
 *
 * @internal
 */
export class OverdueFlags {
  constructor(
    private readonly deps: {
      timeLimits: StageTimeLimits;
      now?: () => Date;
    },
  ) {}

  /** The release with `overdue` set when it is over its stage's limit now, else without. */
  mark(release: Release): Release {
    const { overdue: _stale, ...rest } = release;
    const overdue = stageOverdue(
      rest,
      this.deps.timeLimits,
      this.deps.now?.() ?? new Date(),
    );
    return overdue ? { ...rest, overdue } : rest;
  }

  /**
   * The next instant one of these releases turns overdue (milliseconds since the epoch): an
   * answer marked with {@link OverdueFlags.mark} is right until then, unless one changes.
   */
  nextTurn(releases: readonly Release[]): number | undefined {
    return nextStageDue(
      releases,
      this.deps.timeLimits,
      this.deps.now?.() ?? new Date(),
    );
  }
}
