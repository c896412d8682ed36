import {
  fromWallClock,
  isValidZone,
  timeZoneChoices,
  toWallClock,
} from './zonedTime';

describe('zoned wall clock', () => {
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
