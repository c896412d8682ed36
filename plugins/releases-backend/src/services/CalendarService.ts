import {
  CalendarQuery,
  CalendarResponse,
  MAX_PAGE_SIZE,
  Release,
  buildCalendar,
  calendarPeriodFrom,
  defaultCalendarPeriod,
} from '@stagegate/plugin-releases-common';
import { CiSnapshot } from './CiSnapshot';
import { CiSnapshotCache } from './CiSnapshotCache';
import { OverdueFlags } from './OverdueFlags';
import { KeptAnswer } from './KeptAnswer';
import { ReadCache } from './ReadCache';
import { ReadAccess, ReleaseService } from './ReleaseService';
import { ScheduleService, changeItem, releaseItems } from './ScheduleService';

/**
 * The master release calendar: every release slot the reader may read, every change and
 * change window occurrence of a period, and the conflicts among them, found with one sweep
 * over the whole forward schedule (so a conflict with a release the reader may not read
 * still shows, without that release's title).
 *
 * @internal
 */
export class CalendarService {
  constructor(
    private readonly deps: {
      releases: ReleaseService;
      schedule: ScheduleService;
      snapshots: CiSnapshotCache;
      overdue: OverdueFlags;
      cache: ReadCache;
      now?: () => Date;
    },
  ) {}

  /**
   * {@link CalendarService.calendar}, serialized and kept until a write to the schedule, a new
   * read of the catalog or a stage limit running out changes it. Readers with the same read
   * access share kept answers.
   */
  async keptCalendar(
    query: CalendarQuery,
    access: ReadAccess,
  ): Promise<KeptAnswer> {
    const period = this.periodOf(query);
    const snapshot = await this.deps.snapshots.get();
    const { from: _from, to: _to, ...filters } = query;
    const key = JSON.stringify([
      'calendar',
      period,
      filters,
      access,
      snapshot.builtAt,
    ]);
    return this.deps.cache.answer(key, async () => {
      const { answer, releases } = await this.build(
        query,
        access,
        period,
        snapshot,
      );
      return {
        value: answer,
        validUntil: this.deps.overdue.nextTurn(releases),
      };
    });
  }

  /** The calendar of a period for a reader with the given read access. */
  async calendar(
    query: CalendarQuery,
    access: ReadAccess,
  ): Promise<CalendarResponse> {
    const snapshot = await this.deps.snapshots.get();
    return (await this.build(query, access, this.periodOf(query), snapshot))
      .answer;
  }

  /** The calendar, and the releases whose overdue flags it shows. */
  private async build(
    query: CalendarQuery,
    access: ReadAccess,
    period: { from: string; to: string },
    snapshot: CiSnapshot,
  ): Promise<{ answer: CalendarResponse; releases: Release[] }> {
    const interval = { start: period.from, end: period.to };
    const [schedule, windows] = await Promise.all([
      this.deps.schedule.forwardSchedule(interval),
      this.deps.schedule.windowSources(),
    ]);
    const items = [
      ...schedule.releases.flatMap(releaseItems),
      ...schedule.changes.map(changeItem),
    ];
    const [conflicts, readable] = await Promise.all([
      this.deps.schedule.scanConflicts(items),
      this.readable(schedule.releases, interval, access),
    ]);
    const releases = readable.map(release => this.deps.overdue.mark(release));
    const answer = buildCalendar({
      query,
      period,
      releases,
      changes: schedule.changes,
      windows,
      conflicts,
      cis: snapshot.byRef,
    });
    return { answer, releases };
  }

  private periodOf(query: CalendarQuery): { from: string; to: string } {
    const from = query.from
      ? new Date(query.from).toISOString()
      : defaultCalendarPeriod(this.deps.now?.() ?? new Date()).from;
    const to = query.to
      ? new Date(query.to).toISOString()
      : calendarPeriodFrom(new Date(from)).to;
    return { from, to };
  }

  /** Of all releases in the period, those the reader may read (filtered in SQL). */
  private async readable(
    all: Release[],
    period: { start: string; end: string },
    access: ReadAccess,
  ): Promise<Release[]> {
    if (access.result === 'ALLOW') return all;
    const found: Release[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.deps.releases.listReadable(
        { from: period.start, to: period.end, limit: MAX_PAGE_SIZE, cursor },
        access,
      );
      found.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return found;
  }
}
