import { Release } from '@stagegate/plugin-releases-common';
import { aRelease } from '../__testUtils__/releases';
import { OverdueFlags } from './OverdueFlags';

const NOW = '2026-12-01T12:00:00.000Z';

function release(status: Release['status'], stageEnteredAt?: string): Release {
  return {
    ...aRelease(),
    status,
    stageEnteredAt,
    revision: 1,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  } as Release;
}

describe('OverdueFlags', () => {
  let now = new Date(NOW);
  const flags = new OverdueFlags({
    timeLimits: { build: 'P2D', test: 'PT12H' },
    now: () => now,
  });
  beforeEach(() => {
    now = new Date(NOW);
  });

  it('marks a release overdue from the instant its stage limit runs out', () => {
    const justDue = release('build', '2026-11-29T12:00:00.000Z');
    const notYet = release('build', '2026-11-29T12:00:00.001Z');

    expect(flags.mark(justDue).overdue).toEqual({
      status: 'build',
      enteredAt: '2026-11-29T12:00:00.000Z',
      limit: 'P2D',
      dueAt: NOW,
    });
    expect(flags.mark(notYet).overdue).toBeUndefined();
  });

  it('drops a stale flag, and never marks stages without a limit', () => {
    const stale = {
      ...release('build', '2026-11-30T12:00:00.000Z'),
      overdue: {
        status: 'build' as const,
        enteredAt: '2026-11-01T00:00:00.000Z',
        limit: 'P2D',
        dueAt: '2026-11-03T00:00:00.000Z',
      },
    };

    expect(flags.mark(stale)).not.toHaveProperty('overdue');
    expect(
      flags.mark(release('approved', '2026-01-01T00:00:00.000Z')),
    ).not.toHaveProperty('overdue');
  });

  it('says when the next of the releases turns overdue, marked or not', () => {
    const releases = [
      release('build', '2026-11-30T12:00:00.000Z'), // due Dec 2, 12:00
      release('test', '2026-12-01T06:00:00.000Z'), // due Dec 1, 18:00
      release('test', '2026-11-30T00:00:00.000Z'), // overdue already
      release('approved', '2026-12-01T11:00:00.000Z'), // no limit
    ];
    const marked = releases.map(r => flags.mark(r));
    const expected = Date.parse('2026-12-01T18:00:00.000Z');

    expect(flags.nextTurn(marked)).toBe(expected);
    expect(flags.nextTurn(releases)).toBe(expected);
    expect(flags.nextTurn([marked[2], marked[3]])).toBeUndefined();
  });

  it('follows the clock: the next turn after the first has passed', () => {
    const releases = [
      release('build', '2026-11-30T12:00:00.000Z'),
      release('test', '2026-12-01T06:00:00.000Z'),
    ].map(r => flags.mark(r));
    now = new Date('2026-12-01T18:00:00.000Z');

    expect(flags.nextTurn(releases)).toBe(
      Date.parse('2026-12-02T12:00:00.000Z'),
    );
  });

  it('works out a changed release afresh, not from what was marked before', () => {
    const marked = flags.mark(release('build', '2026-11-30T12:00:00.000Z'));
    const moved = { ...marked, status: 'test' as const, stageEnteredAt: NOW };

    expect(flags.nextTurn([moved])).toBe(
      Date.parse('2026-12-02T00:00:00.000Z'),
    );
  });
});
