import { Settings } from 'luxon';
import { fromDateTimeLocal, toDateTimeLocal } from './zonedInput';

const systemZone = Settings.defaultZone;

afterEach(() => {
  Settings.defaultZone = systemZone;
});

describe('fromDateTimeLocal', () => {
  it("reads the wall clock time in the viewer's zone and answers UTC", () => {
    Settings.defaultZone = 'America/New_York';

    expect(fromDateTimeLocal('2026-12-01T20:00')).toBe('2026-12-02T01:00:00Z');
    expect(fromDateTimeLocal('2026-07-01T20:00')).toBe('2026-07-02T00:00:00Z');
  });

  it('reads the time in another zone when given one', () => {
    expect(fromDateTimeLocal('2026-12-01T20:00', 'Asia/Tokyo')).toBe(
      '2026-12-01T11:00:00Z',
    );
  });

  it('answers undefined for an empty or unreadable value', () => {
    expect(fromDateTimeLocal('')).toBeUndefined();
    expect(fromDateTimeLocal('  ')).toBeUndefined();
    expect(fromDateTimeLocal('tomorrow')).toBeUndefined();
  });
});

describe('toDateTimeLocal', () => {
  it("shows an instant as a wall clock time in the viewer's zone", () => {
    Settings.defaultZone = 'Europe/Berlin';

    expect(toDateTimeLocal('2026-12-01T20:00:00Z')).toBe('2026-12-01T21:00');
  });

  it('is empty without an instant', () => {
    expect(toDateTimeLocal(undefined)).toBe('');
  });

  it('round-trips with fromDateTimeLocal', () => {
    Settings.defaultZone = 'Australia/Sydney';
    const iso = '2026-04-04T15:30:00Z';

    expect(fromDateTimeLocal(toDateTimeLocal(iso))).toBe(iso);
  });
});
