import {
  Release,
  StageTimeLimits,
  nextStageDue,
  stageDueAt,
  stageOverdue,
} from '@stagegate/plugin-releases-common';

/**
 * Marks releases over their stage's time limit as they are read. The flag depends on the
 * clock, so it is computed on every read and never stored.
 *
 * @internal
 */
export class OverdueFlags {
  // When each release `mark` returned is due out of its stage (null: never), so that
  // `nextTurn` over the same releases does not work it out again. Releases are never changed
  // in place (a change makes a new object), so an entry cannot go stale.
  private readonly dues = new WeakMap<Release, number | null>();

  constructor(
    private readonly deps: {
      timeLimits: StageTimeLimits;
      now?: () => Date;
    },
  ) {}

  /** The release with `overdue` set when it is over its stage's limit now, else without. */
  mark(release: Release): Release {
    const { overdue: _stale, ...rest } = release;
    const now = this.now();
    const due = stageDueAt(rest, this.deps.timeLimits);
    const overdue =
      due !== undefined && due <= now.getTime()
        ? stageOverdue(rest, this.deps.timeLimits, now)
        : undefined;
    const marked = overdue ? { ...rest, overdue } : rest;
    this.dues.set(marked, due ?? null);
    return marked;
  }

  /**
   * The next instant one of these releases turns overdue (milliseconds since the epoch): an
   * answer marked with {@link OverdueFlags.mark} is right until then, unless one changes.
   */
  nextTurn(releases: readonly Release[]): number | undefined {
    return nextStageDue(releases, this.deps.timeLimits, this.now(), release => {
      const known = this.dues.get(release);
      if (known === undefined) {
        return stageDueAt(release, this.deps.timeLimits);
      }
      return known ?? undefined;
    });
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}
