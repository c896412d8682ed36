import { DST_ROWS, DstRow, plusDays } from '../__testUtils__/dstTransitions';
import { checkScheduleConflicts, ScheduleCheckContext } from './check';
import {
  ConflictWindowSource,
  prepareConflictWindows,
} from './conflictWindows';
import {
  checkContext,
  item,
  windowSource,
} from './__testUtils__/conflictFixtures';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A check context with one window, expanded over a few days around the change only. */
function withWindow(
  row: DstRow,
  spec: Partial<ConflictWindowSource['spec']>,
): ScheduleCheckContext {
  const horizon = {
    start: new Date(row.expected.dayBefore - 2 * DAY).toISOString(),
    end: new Date(row.expected.dayAfter + 2 * DAY).toISOString(),
  };
  const source = windowSource('w', { timezone: row.zone, ...spec });
  return checkContext([], {
    windows: prepareConflictWindows([source], horizon),
  });
}

/** The conflicts of a production slot on component:default/a, as [type, start, end]. */
function conflictsOf(
  context: ScheduleCheckContext,
  start: number,
  end: number,
): Array<[string, number, number]> {
  const slot = item({
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
  });
  return checkScheduleConflicts(slot, context).map(c => [
    c.type,
    Date.parse(c.interval.start),
    Date.parse(c.interval.end),
  ]);
}

/**
 * Daily for an hour, from a few days before the change (windowOccurrences.dst.test.ts covers
 * long expansions).
 */
const daily = (row: DstRow) => ({
  rrule: 'FREQ=DAILY',
  dtstart: `${plusDays(row.date, -3)}T${row.time}`,
  duration: 'PT1H',
});

describe.each(DST_ROWS)(
  'conflicts with a window at $time in $zone, $kind on $date ($expected.where)',
  row => {
    const { onDay, dayAfter } = row.expected;

    if (!Array.isArray(onDay)) {
      const [start, end] = [onDay, onDay + HOUR];

      it('a daily blackout blocks its hour to the millisecond, and back-to-back slots pass', () => {
        const context = withWindow(row, daily(row));
        expect(conflictsOf(context, start - HOUR, start)).toEqual([]);
        expect(conflictsOf(context, end, end + HOUR)).toEqual([]);
        expect(conflictsOf(context, start - HOUR, start + 1)).toEqual([
          ['blackout-window', start, start + 1],
        ]);
        expect(conflictsOf(context, end - 1, end + HOUR)).toEqual([
          ['blackout-window', end - 1, end],
        ]);
      });

      it('a daily maintenance window holds a slot of exactly its hour, not 1 ms more', () => {
        const context = withWindow(row, {
          ...daily(row),
          type: 'maintenance',
        });
        const outside = 'outside-maintenance-window';
        expect(conflictsOf(context, start, end)).toEqual([]);
        expect(conflictsOf(context, start - 1, end)).toEqual([
          [outside, start - 1, end],
        ]);
        expect(conflictsOf(context, start, end + 1)).toEqual([
          [outside, start, end + 1],
        ]);
      });
    } else {
      const [first, second] = onDay;

      it('a daily blackout at a time lived twice blocks one hour, not two', () => {
        const context = withWindow(row, daily(row));
        const found = conflictsOf(context, first - HOUR, second + 2 * HOUR);
        expect(found).toHaveLength(1);
        const [[, start, end]] = found;
        expect([first, second]).toContain(start);
        expect(end - start).toBe(HOUR);
      });

      it('a daily maintenance window at a time lived twice holds one of the two hours', () => {
        const context = withWindow(row, {
          ...daily(row),
          type: 'maintenance',
        });
        const fits = [first, second].filter(
          start => conflictsOf(context, start, start + HOUR).length === 0,
        );
        expect(fits).toHaveLength(1);
      });
    }

    it('a one-off blackout until the same local time the next day ends on the wall clock', () => {
      const context = withWindow(row, {
        start: `${row.date}T${row.time}`,
        end: `${plusDays(row.date, 1)}T${row.time}`,
      });
      // The end is a local time too: the instant of that time on the day after.
      const end = dayAfter;
      expect(conflictsOf(context, end, end + HOUR)).toEqual([]);
      expect(conflictsOf(context, end - 1, end + HOUR)).toEqual([
        ['blackout-window', end - 1, end],
      ]);
      const starts = Array.isArray(onDay) ? onDay : [onDay];
      const [[, start]] = conflictsOf(context, starts[0] - HOUR, end);
      expect(starts).toContain(start);
      expect(conflictsOf(context, start - HOUR, start)).toEqual([]);
    });
  },
);
