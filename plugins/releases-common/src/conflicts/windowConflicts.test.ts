import { checkScheduleConflicts } from './check';
import { prepareConflictWindows } from './conflictWindows';
import { windowSourceOf } from '../ciWindows';
import {
  checkContext,
  ci,
  cisOf,
  HORIZON,
  item,
  windows,
  windowSource,
} from './__testUtils__/conflictFixtures';
import { ChangeWindowEntity } from '../changeWindow';

const A = 'component:default/a';
const B = 'component:default/b';
const D = 'component:default/d';

const cis = cisOf(
  ci(A, { system: 'system:default/payments' }),
  ci(B, { system: 'system:default/search' }),
  ci(D, { system: 'system:default/payments', criticality: 'critical' }),
);

/** A payments freeze in production, 2026-03-02 00:00 to 2026-03-03 00:00 UTC. */
const freeze = windowSource('freeze', {
  start: '2026-03-02T00:00',
  end: '2026-03-03T00:00',
  scope: { systems: ['payments'], environments: ['production'] },
  allowCategories: ['emergency'],
});

/** Payments may change in production on Sundays 02:00 to 06:00 UTC. */
const sundays = windowSource('sundays', {
  type: 'maintenance',
  enforcement: 'approval',
  rrule: 'FREQ=WEEKLY;BYDAY=SU',
  dtstart: '2026-01-04T02:00',
  duration: 'PT4H',
  scope: { systems: ['payments'], environments: ['production'] },
  allowCategories: ['emergency'],
});

describe('window conflicts', () => {
  describe('blackout-window', () => {
    it('finds a blackout whose scope matches the CI and environment', () => {
      const conflicts = checkScheduleConflicts(
        item({ entityRefs: [A, B] }),
        checkContext([], { cis, windows: windows(freeze) }),
      );
      expect(conflicts).toEqual([
        expect.objectContaining({
          id: 'blackout-window/production/window/freeze',
          type: 'blackout-window',
          enforcement: 'block',
          severity: 'high',
          other: { kind: 'window', id: 'freeze', title: 'Window freeze' },
          entityRefs: [A],
          interval: {
            start: '2026-03-02T10:00:00.000Z',
            end: '2026-03-02T12:00:00.000Z',
          },
        }),
      ]);
      expect(conflicts[0].message).toBe(
        `The blackout window "Window freeze" freezes ${A} in production from 2026-03-02 10:00 UTC to 2026-03-02 12:00 UTC: move the slot out of it; only emergency releases may go ahead in it.`,
      );
    });

    it('names every affected CI in one conflict, raised for a critical one', () => {
      const conflicts = checkScheduleConflicts(
        item({ entityRefs: [D, A] }),
        checkContext([], { cis, windows: windows(freeze) }),
      );
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({
        entityRefs: [A, D],
        severity: 'critical',
      });
    });

    it('ignores other environments, other scopes, back-to-back slots and allowed categories', () => {
      const context = checkContext([], { cis, windows: windows(freeze) });
      const clear = [
        item({ environment: 'sat' }),
        item({ entityRefs: [B] }),
        item({
          start: '2026-03-03T00:00:00.000Z',
          end: '2026-03-03T02:00:00.000Z',
        }),
        item({
          start: '2026-03-01T22:00:00.000Z',
          end: '2026-03-02T00:00:00.000Z',
        }),
        item({ category: 'emergency' }),
      ];
      clear.forEach(candidate =>
        expect(checkScheduleConflicts(candidate, context)).toEqual([]),
      );
      expect(
        checkScheduleConflicts(item({ category: 'scheduled' }), context),
      ).toHaveLength(1);
    });

    it('merges the occurrences one slot overlaps into one conflict', () => {
      const nightly = windowSource('nightly', {
        rrule: 'FREQ=DAILY',
        dtstart: '2026-01-01T22:00',
        duration: 'PT2H',
        enforcement: 'warn',
      });
      const conflicts = checkScheduleConflicts(
        item({
          start: '2026-03-02T23:00:00.000Z',
          end: '2026-03-03T23:00:00.000Z',
        }),
        checkContext([], { windows: windows(nightly) }),
      );
      expect(conflicts).toMatchObject([
        {
          severity: 'low',
          interval: {
            start: '2026-03-02T23:00:00.000Z',
            end: '2026-03-03T23:00:00.000Z',
          },
        },
      ]);
    });

    it('expands a London window in local time across the March DST change', () => {
      const saturdayNights = windowSource('saturday-nights', {
        timezone: 'Europe/London',
        rrule: 'FREQ=WEEKLY;BYDAY=SA',
        dtstart: '2026-03-07T22:00',
        duration: 'PT4H',
      });
      const context = checkContext([], { windows: windows(saturdayNights) });
      const at = (start: string, end: string) =>
        checkScheduleConflicts(item({ start, end }), context).map(
          c => c.interval,
        );
      // Before the change 22:00 in London is 22:00 UTC, after it 21:00 UTC.
      expect(at('2026-03-21T21:00:00Z', '2026-03-21T22:00:00Z')).toEqual([]);
      expect(at('2026-03-21T21:00:00Z', '2026-03-21T22:30:00Z')).toHaveLength(
        1,
      );
      expect(at('2026-04-04T21:00:00Z', '2026-04-04T21:30:00Z')).toEqual([
        { start: '2026-04-04T21:00:00.000Z', end: '2026-04-04T21:30:00.000Z' },
      ]);
      // The night of the change lasts four real hours: 22:00 GMT to 03:00 BST.
      expect(at('2026-03-29T01:30:00Z', '2026-03-29T03:00:00Z')).toEqual([
        { start: '2026-03-29T01:30:00.000Z', end: '2026-03-29T02:00:00.000Z' },
      ]);
    });
  });

  describe('outside-maintenance-window', () => {
    const context = checkContext([], { cis, windows: windows(sundays) });
    const sunday = (start: string, end: string, fields = {}) =>
      item({
        start: `2026-03-08T${start}:00.000Z`,
        end: `2026-03-08T${end}:00.000Z`,
        ...fields,
      });

    it('allows a slot inside one occurrence, edges included', () => {
      expect(checkScheduleConflicts(sunday('02:00', '06:00'), context)).toEqual(
        [],
      );
      expect(checkScheduleConflicts(sunday('03:00', '04:00'), context)).toEqual(
        [],
      );
    });

    it('finds a slot that is not entirely inside one, and says where it would fit', () => {
      const conflicts = checkScheduleConflicts(
        sunday('05:00', '07:00'),
        context,
      );
      expect(conflicts).toEqual([
        expect.objectContaining({
          type: 'outside-maintenance-window',
          enforcement: 'approval',
          severity: 'medium',
          entityRefs: [A],
          interval: {
            start: '2026-03-08T05:00:00.000Z',
            end: '2026-03-08T07:00:00.000Z',
          },
        }),
      ]);
      expect(conflicts[0].message).toBe(
        `${A} may only change in production inside the maintenance window "Window sundays", and the slot from 2026-03-08 05:00 UTC to 2026-03-08 07:00 UTC is not inside one occurrence: move it into one, for example the next one from 2026-03-15 02:00 UTC to 2026-03-15 06:00 UTC; only emergency releases may go ahead in it.`,
      );
      expect(checkScheduleConflicts(item(), context)).toHaveLength(1);
    });

    it('leaves CIs without maintenance windows for the environment alone', () => {
      expect(
        checkScheduleConflicts(item({ entityRefs: [B] }), context),
      ).toEqual([]);
      expect(
        checkScheduleConflicts(item({ environment: 'sat' }), context),
      ).toEqual([]);
    });

    it('lets the allowed categories through', () => {
      expect(
        checkScheduleConflicts(item({ category: 'emergency' }), context),
      ).toEqual([]);
      expect(
        checkScheduleConflicts(item({ category: 'unscheduled' }), context),
      ).toHaveLength(1);
    });

    it('accepts a slot inside any of the maintenance windows of a CI', () => {
      const wednesdays = windowSource('wednesdays', {
        type: 'maintenance',
        enforcement: 'block',
        rrule: 'FREQ=WEEKLY;BYDAY=WE',
        dtstart: '2026-01-07T20:00',
        duration: 'PT2H',
        scope: { entities: [A] },
      });
      const both = checkContext([], {
        cis,
        windows: windows(sundays, wednesdays),
      });
      const wednesday = item({
        start: '2026-03-04T20:00:00Z',
        end: '2026-03-04T21:00:00Z',
      });
      expect(checkScheduleConflicts(wednesday, both)).toEqual([]);
      expect(
        checkScheduleConflicts(item(), both).map(c => [c.other.id, c.severity]),
      ).toEqual([
        ['sundays', 'medium'],
        ['wednesdays', 'high'],
      ]);
    });
  });

  describe('prepareConflictWindows', () => {
    it('takes catalog entities', () => {
      const entity = {
        apiVersion: 'stagegate.dev/v1alpha1',
        kind: 'ChangeWindow',
        metadata: { name: 'year-end', title: 'Year-end freeze' },
        spec: {
          type: 'blackout',
          enforcement: 'block',
          timezone: 'America/New_York',
          start: '2026-12-15T00:00',
          end: '2027-01-05T00:00',
          owner: 'group:default/release-managers',
        },
      } as ChangeWindowEntity;
      const [window] = prepareConflictWindows(
        [windowSourceOf(entity)],
        HORIZON,
      );
      expect(window).toMatchObject({
        id: 'changewindow:default/year-end',
        title: 'Year-end freeze',
        occurrences: [
          { start: '2026-12-15T05:00:00Z', end: '2027-01-05T05:00:00Z' },
        ],
        truncated: false,
      });
    });

    it('refuses to judge a slot outside the horizon the windows were prepared for', () => {
      const context = checkContext([], { cis, windows: windows(freeze) });
      expect(() =>
        checkScheduleConflicts(
          item({ start: '2027-03-02T10:00:00Z', end: '2027-03-02T12:00:00Z' }),
          context,
        ),
      ).toThrow(/prepare the windows over a horizon that covers/);
    });

    it('bounds the expansion, and skips the window past where it stopped', () => {
      const nightly = windowSource('nightly', {
        rrule: 'FREQ=DAILY',
        dtstart: '2026-01-01T22:00',
        duration: 'PT2H',
      });
      const [window] = prepareConflictWindows([nightly], HORIZON, {
        maxOccurrences: 3,
      });
      expect(window.truncated).toBe(true);
      expect(window.occurrences).toHaveLength(3);
      expect(window.horizon.end).toBe('2026-01-03T22:00:00Z');
      const context = checkContext([], { windows: [window] });
      expect(
        checkScheduleConflicts(
          item({ start: '2026-01-01T23:00:00Z', end: '2026-01-02T01:00:00Z' }),
          context,
        ),
      ).toHaveLength(1);
      expect(checkScheduleConflicts(item(), context)).toEqual([]);
    });

    it('expands more than one batch of occurrences', () => {
      const hourly = windowSource('hourly', {
        rrule: 'FREQ=HOURLY',
        dtstart: '2026-01-01T00:00',
        duration: 'PT10M',
      });
      const [window] = prepareConflictWindows([hourly], {
        start: '2026-01-01T00:00:00Z',
        end: '2026-03-01T00:00:00Z',
      });
      expect(window.occurrences).toHaveLength(59 * 24);
      expect(window.truncated).toBe(false);
      expect(new Set(window.occurrences.map(o => o.start)).size).toBe(59 * 24);
    });
  });
});
