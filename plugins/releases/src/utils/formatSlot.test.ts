import { Settings } from 'luxon';
import {
  formatInstant,
  formatInterval,
  formatSlot,
  isViewerZone,
  viewerZone,
} from './formatSlot';

const systemZone = Settings.defaultZone;

afterEach(() => {
  Settings.defaultZone = systemZone;
});

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

describe('formatInstant in the viewer zone', () => {
  it("uses luxon's default zone when no zone is given", () => {
    Settings.defaultZone = 'Asia/Tokyo';

    expect(formatInstant('2026-01-15T15:30:00Z')).toMatch(
      /Jan 16, 2026.*12:30.* GMT\+9$/,
    );
  });
});

describe('formatInterval', () => {
  it('shows start and end in the zone, each with its abbreviation', () => {
    expect(
      formatInterval(
        '2026-03-08T06:00:00Z',
        '2026-03-08T08:00:00Z',
        'America/New_York',
      ),
    ).toMatch(/^Mar 8, 2026.*1:00.* EST – Mar 8, 2026.*4:00.* EDT$/);
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

  it("follows luxon's default zone", () => {
    Settings.defaultZone = 'Europe/Berlin';

    expect(viewerZone()).toBe('Europe/Berlin');
  });
});

describe('isViewerZone', () => {
  it("tells the viewer's zone from another one", () => {
    Settings.defaultZone = 'Europe/Berlin';

    expect(isViewerZone('Europe/Berlin')).toBe(true);
    expect(isViewerZone('America/New_York')).toBe(false);
  });
});
