import {
  fromWallClock,
  isValidZone,
  timeZoneChoices,
  toWallClock,
} from './zonedTime';
import { DateTime } from 'luxon';

/** toWallClock as luxon alone works it out, to compare the fast path with. */
const byLuxon = (iso: string, zone: string) =>
  DateTime.fromISO(iso, { zone })
    .setZone('default', { keepLocalTime: true })
    .toJSDate();

describe('zoned wall clock', () => {
  it('agrees with luxon for instants across two years of DST changes, in many zones', () => {
    const zones = [
      'UTC',
      'Europe/London',
      'America/New_York',
      'America/Los_Angeles',
      'Australia/Sydney',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'Pacific/Auckland',
    ];
    const from = Date.UTC(2026, 0, 1);
    const disagreements: string[] = [];
    for (let i = 0; i < 6_000; i++) {
      // Every 2h 7min 30.5s: each offset, each hour of the day and many minutes, and every
      // DST change of the two years within a few hours.
      const iso = new Date(from + i * 7_650_500).toISOString();
      const zone = zones[i % zones.length];
      if (toWallClock(iso, zone).getTime() !== byLuxon(iso, zone).getTime()) {
        disagreements.push(`${iso} in ${zone}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('agrees with luxon next to the DST changes of the browser and of the zone', () => {
    const instants = [
      // America/Los_Angeles, where the suite also runs: March 8 and November 1, 2026.
      '2026-03-08T09:30:00Z',
      '2026-03-08T10:30:00Z',
      '2026-11-01T08:30:00Z',
      '2026-11-01T09:30:00Z',
      '2026-11-01T10:30:00Z',
      // Europe/London: March 29 and October 25, 2026.
      '2026-03-29T00:30:00Z',
      '2026-03-29T01:30:00Z',
      '2026-10-25T00:30:00Z',
      '2026-10-25T01:30:00Z',
    ];
    for (const iso of instants) {
      for (const zone of ['UTC', 'Europe/London', 'America/Los_Angeles']) {
        for (let minutes = -90; minutes <= 90; minutes += 15) {
          const at = new Date(Date.parse(iso) + minutes * 60_000).toISOString();
          expect([at, zone, toWallClock(at, zone)]).toEqual([
            at,
            zone,
            byLuxon(at, zone),
          ]);
        }
      }
    }
  });

  it('is invalid for a day that does not exist, as with luxon', () => {
    expect(toWallClock('2026-02-30T10:00:00Z', 'UTC').getTime()).toBeNaN();
  });

  it('reads a time without an offset in the zone, as luxon does', () => {
    expect(toWallClock('2026-12-01T09:00', 'Asia/Kolkata')).toEqual(
      byLuxon('2026-12-01T09:00', 'Asia/Kolkata'),
    );
    expect(toWallClock('2026-12-01T09:00', 'Asia/Kolkata').getHours()).toBe(9);
    expect(toWallClock('2026-12-01T03:30:00+05:30', 'UTC').getHours()).toBe(22);
  });

  it('shows an instant at its wall clock time in the chosen zone', () => {
    const date = toWallClock('2026-12-01T20:00:00Z', 'America/New_York');
    // 20:00 UTC is 15:00 in New York (EST, UTC-5).
    expect(date.getHours()).toBe(15);
    expect(date.getMinutes()).toBe(0);
    expect(date.getDate()).toBe(1);
  });

  it('moves across the date line when the zone is far east', () => {
    const date = toWallClock('2026-12-01T20:00:00Z', 'Pacific/Auckland');
    // NZDT is UTC+13: 09:00 on 2 December.
    expect(date.getDate()).toBe(2);
    expect(date.getHours()).toBe(9);
  });

  it('round-trips, on both sides of a DST change of the chosen zone', () => {
    // Only the repeated hour when clocks go back is ambiguous as a wall clock time.
    for (const iso of [
      '2026-03-29T00:30:00.000Z',
      '2026-03-29T01:30:00.000Z',
      '2026-10-24T23:30:00.000Z',
      '2026-10-25T01:30:00.000Z',
      '2026-12-15T05:00:00.000Z',
    ]) {
      expect(
        fromWallClock(toWallClock(iso, 'Europe/Berlin'), 'Europe/Berlin'),
      ).toBe(iso);
    }
  });

  it('reads a local midnight as midnight in the chosen zone', () => {
    expect(
      fromWallClock(new Date(2026, 11, 15, 0, 0), 'America/New_York'),
    ).toBe('2026-12-15T05:00:00.000Z');
  });

  it('knows valid zones and lists them sorted with UTC', () => {
    expect(isValidZone('Europe/London')).toBe(true);
    expect(isValidZone('Mars/Olympus')).toBe(false);
    const zones = timeZoneChoices(['Etc/GMT+5']);
    expect(zones).toContain('UTC');
    expect(zones).toContain('Etc/GMT+5');
    expect([...zones].sort((a, b) => a.localeCompare(b, 'en-US'))).toEqual(
      zones,
    );
  });
});
