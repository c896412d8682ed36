import { formatInstant, formatSlot, viewerZone } from './formatSlot';

describe('formatInstant', () => {
  it('shows a winter instant in New York with the EST abbreviation', () => {
    const text = formatInstant('2026-01-15T15:30:00Z', 'America/New_York');

    expect(text).toMatch(/Jan 15, 2026/);
    expect(text).toMatch(/10:30/);
    expect(text).toMatch(/ EST$/);
  });

  it('shows a summer instant in New York with the EDT abbreviation', () => {
    const text = formatInstant('2026-07-15T15:30:00Z', 'America/New_York');

    expect(text).toMatch(/Jul 15, 2026/);
    expect(text).toMatch(/11:30/);
    expect(text).toMatch(/ EDT$/);
  });

  it('converts the instant into the requested zone, not just relabels it', () => {
    const text = formatInstant('2026-01-15T23:30:00Z', 'America/New_York');

    expect(text).toMatch(/Jan 15, 2026/);
    expect(text).toMatch(/6:30/);
  });

  it('uses UTC when asked for UTC', () => {
    expect(formatInstant('2026-03-01T08:00:00Z', 'UTC')).toMatch(
      /Mar 1, 2026.*8:00.* UTC$/,
    );
  });
});

describe('formatSlot', () => {
  const slot = {
    environment: 'production',
    start: '2026-01-15T15:30:00Z',
    end: '2026-01-15T17:00:00Z',
    status: 'planned' as const,
  };

  it('starts with the environment name and shows start and end in the zone', () => {
    const text = formatSlot(slot, 'America/New_York');

    expect(text.startsWith('production: ')).toBe(true);
    expect(text).toMatch(/^production: .*10:30.* EST – .*12:00.* EST$/);
  });

  it('gives each end of a slot its own abbreviation when it crosses a DST change', () => {
    // US daylight saving time began at 02:00 local time on 8 March 2026.
    const text = formatSlot(
      {
        ...slot,
        start: '2026-03-08T06:00:00Z',
        end: '2026-03-08T08:00:00Z',
      },
      'America/New_York',
    );

    expect(text).toMatch(/ EST – .* EDT$/);
  });
});

describe('viewerZone', () => {
  it('names the zone the runtime reports', () => {
    expect(viewerZone()).toBe(
      new Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
  });
});
