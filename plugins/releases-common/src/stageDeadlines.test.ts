import { Settings } from 'luxon';
import { aCompleteRelease } from './__testUtils__/releaseFixtures';
import { DEFAULT_ENVIRONMENTS } from './environments';
import { Release } from './release';
import {
  DEFAULT_STAGE_SETTINGS,
  duePrompts,
  instantBefore,
  nextStageDue,
  parseStageDuration,
  stageOverdue,
} from './stageDeadlines';

const at = (iso: string) => new Date(iso);

describe('parseStageDuration', () => {
  it('accepts fixed lengths and refuses what a limit cannot mean', () => {
    expect(parseStageDuration('P14D')).toHaveProperty('duration');
    expect(parseStageDuration('PT12H')).toHaveProperty('duration');
    expect(parseStageDuration('P2W')).toHaveProperty('duration');
    expect(parseStageDuration('14 days')).toEqual({
      error: expect.stringContaining('not an ISO 8601 duration'),
    });
    expect(parseStageDuration('P1M')).toEqual({
      error: expect.stringContaining('months or years'),
    });
    expect(parseStageDuration('P0D')).toEqual({
      error: expect.stringContaining('longer than zero'),
    });
  });
});

describe('stageOverdue', () => {
  const inTest: Pick<Release, 'status' | 'stageEnteredAt'> = {
    status: 'test',
    stageEnteredAt: '2026-03-01T09:30:00.000Z',
  };

  it('flags a release from the instant its stage limit runs out', () => {
    const limits = { test: 'P14D' };
    expect(
      stageOverdue(inTest, limits, at('2026-03-15T09:29:59.999Z')),
    ).toBeUndefined();
    expect(stageOverdue(inTest, limits, at('2026-03-15T09:30:00Z'))).toEqual({
      status: 'test',
      enteredAt: '2026-03-01T09:30:00.000Z',
      limit: 'P14D',
      dueAt: '2026-03-15T09:30:00.000Z',
    });
  });

  it('does not flag stages without a limit, side states or releases of unknown entry', () => {
    const now = at('2027-01-01T00:00:00Z');
    expect(stageOverdue(inTest, { build: 'P1D' }, now)).toBeUndefined();
    expect(
      stageOverdue({ ...inTest, status: 'on_hold' }, { test: 'P1D' }, now),
    ).toBeUndefined();
    expect(
      stageOverdue({ status: 'test' }, { test: 'P1D' }, now),
    ).toBeUndefined();
  });

  it.each(['America/Los_Angeles', 'Europe/London', 'Australia/Sydney'])(
    'counts days as 24 hours across a daylight saving change whatever the host zone (%s)',
    zone => {
      const saved = Settings.defaultZone;
      Settings.defaultZone = zone;
      try {
        // US (8 March), UK (29 March) and Australian (5 April) clocks all change in between.
        const entered = {
          status: 'readiness' as const,
          stageEnteredAt: '2026-03-01T12:00:00Z',
        };
        const overdue = stageOverdue(
          entered,
          { readiness: 'P38D' },
          at('2026-04-08T12:00:00Z'),
        );
        expect(overdue?.dueAt).toBe('2026-04-08T12:00:00.000Z');
        expect(instantBefore(at('2026-04-08T12:00:00Z'), 'P38D')).toBe(
          '2026-03-01T12:00:00.000Z',
        );
      } finally {
        Settings.defaultZone = saved;
      }
    },
  );
});

describe('nextStageDue', () => {
  const limits = { build: 'P7D', test: 'P14D' };
  const releases: Pick<Release, 'status' | 'stageEnteredAt'>[] = [
    { status: 'test', stageEnteredAt: '2026-03-01T09:30:00.000Z' },
    { status: 'build', stageEnteredAt: '2026-03-05T00:00:00.000Z' },
    { status: 'approved', stageEnteredAt: '2026-03-01T00:00:00.000Z' },
    { status: 'test' },
  ];

  it('is the earliest instant a release of the list turns overdue, after now', () => {
    // The build release is due on 12 March, the test release on 15 March.
    expect(nextStageDue(releases, limits, at('2026-03-06T00:00:00Z'))).toBe(
      Date.parse('2026-03-12T00:00:00Z'),
    );
    // At the instant the first is due it is already overdue: the next turn is the other's.
    expect(nextStageDue(releases, limits, at('2026-03-12T00:00:00Z'))).toBe(
      Date.parse('2026-03-15T09:30:00Z'),
    );
  });

  it('is undefined once every limited release is overdue, or when nothing has a limit', () => {
    expect(
      nextStageDue(releases, limits, at('2026-03-15T09:30:00Z')),
    ).toBeUndefined();
    expect(nextStageDue(releases, {}, at('2026-03-01T00:00:00Z'))).toBe(
      undefined,
    );
  });
});

describe('duePrompts', () => {
  const settings = DEFAULT_STAGE_SETTINGS;
  const envs = DEFAULT_ENVIRONMENTS;

  it('prompts a TRR once the pre-production tests are recorded and all pass', () => {
    const complete = aCompleteRelease({
      status: 'test',
      stageEnteredAt: '2026-02-21T08:00:00Z',
    });
    const now = at('2026-02-25T00:00:00Z');
    expect(duePrompts(complete, settings, envs, now)).toContainEqual({
      kind: 'trr',
      occasion: '2026-02-21T08:00:00.000Z',
      dueAt: '2026-02-21T08:00:00.000Z',
    });
    const failing = aCompleteRelease({
      status: 'test',
      stageEnteredAt: '2026-02-21T08:00:00Z',
      testResults: [
        ...(complete.testResults ?? []),
        {
          name: 'late failure',
          passed: false,
          recordedAt: '2026-02-22T00:00:00Z',
          recordedBy: 'user:default/tess',
        },
      ],
    });
    expect(duePrompts(failing, settings, envs, now)).toEqual([]);
    expect(
      duePrompts({ ...complete, testResults: [] }, settings, envs, now),
    ).toEqual([]);
  });

  it('prompts the PIR when pirDueAfter has passed since production deployment ended', () => {
    const deployed = aCompleteRelease({
      status: 'deployed',
      pirOutcome: undefined,
      schedule: [
        {
          environment: 'production',
          start: '2026-03-01T10:00:00Z',
          end: '2026-03-01T12:00:00Z',
          actualEnd: '2026-03-01T11:45:00Z',
          status: 'done',
        },
      ],
    });
    const kinds = (now: string, release: Release = deployed) =>
      duePrompts(release, settings, envs, at(now)).map(p => p.kind);
    expect(kinds('2026-03-06T11:44:59Z')).toEqual([]);
    expect(
      duePrompts(deployed, settings, envs, at('2026-03-06T11:45:00Z')),
    ).toEqual([
      {
        kind: 'pir',
        occasion: '2026-03-01T11:45:00.000Z',
        dueAt: '2026-03-06T11:45:00.000Z',
      },
    ]);
    expect(
      kinds('2026-03-10T00:00:00Z', {
        ...deployed,
        pirOutcome: { outcome: 'successful', notes: 'ok' },
      }),
    ).toEqual([]);
    expect(
      kinds('2026-03-10T00:00:00Z', { ...deployed, status: 'closed' }),
    ).toEqual([]);
  });

  it('prompts a missing backout plan within backoutPlanLead of the production slot, not after it starts', () => {
    const planned = aCompleteRelease({
      status: 'approved',
      backoutPlan: undefined,
    });
    // The fixture's production slot starts 2026-03-01T10:00Z; the lead is two days.
    const kinds = (now: string, release: Release = planned) =>
      duePrompts(release, settings, envs, at(now)).map(p => p.kind);
    expect(kinds('2026-02-27T09:59:59Z')).toEqual([]);
    expect(
      duePrompts(planned, settings, envs, at('2026-02-27T10:00:00Z')),
    ).toEqual([
      {
        kind: 'backout-plan',
        occasion: '2026-03-01T10:00:00.000Z',
        dueAt: '2026-02-27T10:00:00.000Z',
      },
    ]);
    expect(kinds('2026-03-01T10:00:00Z')).toEqual([]);
    expect(
      kinds('2026-02-28T00:00:00Z', aCompleteRelease({ status: 'approved' })),
    ).toEqual([]);
    expect(
      kinds('2026-02-28T00:00:00Z', { ...planned, status: 'deploying' }),
    ).toEqual([]);
  });
});
