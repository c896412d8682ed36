/**
 * The version of the forward schedule of changes: a number every write to releases,
 * changes and change windows raises, on any replica. Read answers built at one version are
 * current while the version has not moved.
 *
 * @internal
 */
export interface ScheduleVersionStore {
  /** The version now, as committed; compare versions for equality only. */
  current(): Promise<string>;
}
