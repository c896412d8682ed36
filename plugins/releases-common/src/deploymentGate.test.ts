import { CiWindow } from './ciWindows';
import { decideGate, windowGateDecision } from './deploymentGate';
import { Release } from './release';

function aRelease(overrides: Partial<Release> = {}): Release {
  return {
    id: 'r1',
    key: 'REL-2026-0001',
    title: 'Payments 2.4',
    description: '',
    unitType: 'delta',
    category: 'scheduled',
    status: 'approved',
    version: '2.4.0',
    entityRefs: ['component:default/payments-api'],
    schedule: [
      {
        environment: 'production',
        start: '2026-12-01T22:00:00Z',
        end: '2026-12-02T00:00:00Z',
        status: 'planned',
      },
    ],
    revision: 5,
    createdAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
    createdBy: 'user:default/oscar.owner',
    ...overrides,
  };
}

const freeze: CiWindow = {
  id: 'changewindow:default/freeze',
  source: 'catalog',
  entityRef: 'changewindow:default/freeze',
  title: 'Year-end freeze',
  type: 'blackout',
  enforcement: 'block',
  timezone: 'UTC',
  allowCategories: ['emergency'],
  environments: ['production'],
  current: { start: '2026-12-01T00:00:00Z', end: '2026-12-03T00:00:00Z' },
};

const question = {
  entityRef: 'component:default/payments-api',
  environment: 'production',
  at: '2026-12-01T22:30:00Z',
};

describe('decideGate', () => {
  it('allows a deployment inside the slot of an approved release', () => {
    const answer = decideGate(question, [aRelease()], () => []);
    expect(answer).toMatchObject({ decision: 'allowed', releaseId: 'r1' });
    expect(answer.reasons[0]).toMatch(/REL-2026-0001.*approved/);
  });

  it('treats the slot as half-open: its end is outside', () => {
    const answer = decideGate(
      { ...question, at: '2026-12-02T00:00:00Z' },
      [aRelease()],
      () => [],
    );
    expect(answer.decision).toBe('prevented');
  });

  it('keeps a pipeline waiting while the release is still in its gates or before its slot', () => {
    expect(
      decideGate(question, [aRelease({ status: 'test' })], () => []),
    ).toMatchObject({ decision: 'awaiting', releaseId: 'r1' });
    const early = decideGate(
      { ...question, at: '2026-12-01T20:00:00Z' },
      [aRelease()],
      () => [],
    );
    expect(early.decision).toBe('awaiting');
    expect(early.reasons[0]).toMatch(/slot has not started/);
  });

  it('prevents a deployment no release covers, or of another version', () => {
    expect(decideGate(question, [], () => []).decision).toBe('prevented');
    const other = decideGate(
      { ...question, version: '9.9.9' },
      [aRelease()],
      () => [],
    );
    expect(other.decision).toBe('prevented');
    expect(other.reasons[0]).toContain('9.9.9');
  });

  it('prevents a deployment during a blocking blackout, unless the category is let through', () => {
    expect(decideGate(question, [aRelease()], () => [freeze])).toMatchObject({
      decision: 'prevented',
    });
    expect(
      decideGate(question, [aRelease({ category: 'emergency' })], () => [
        freeze,
      ]).decision,
    ).toBe('allowed');
  });
});

describe('windowGateDecision', () => {
  const input = {
    category: 'scheduled' as const,
    environment: 'production',
    overriddenConflictIds: new Set<string>(),
  };
  const freezeConflictId =
    'blackout-window/production/window/changewindow:default/freeze';

  it('waits for an override during an approval blackout, and warns only for warn', () => {
    expect(
      windowGateDecision({
        ...input,
        windows: [{ ...freeze, enforcement: 'approval' }],
      }).decision,
    ).toBe('awaiting');
    expect(
      windowGateDecision({
        ...input,
        overriddenConflictIds: new Set([freezeConflictId]),
        windows: [{ ...freeze, enforcement: 'approval' }],
      }).decision,
    ).toBe('allowed');
    expect(
      windowGateDecision({
        ...input,
        overriddenConflictIds: new Set(['ci-overlap/production/release/other']),
        windows: [{ ...freeze, enforcement: 'approval' }],
      }).decision,
    ).toBe('awaiting');
    const warned = windowGateDecision({
      ...input,
      windows: [{ ...freeze, enforcement: 'warn' }],
    });
    expect(warned.decision).toBe('allowed');
    expect(warned.reasons).toHaveLength(1);
  });

  it('ignores windows of other environments and windows not under way', () => {
    expect(
      windowGateDecision({
        ...input,
        windows: [
          { ...freeze, environments: ['sat'] },
          { ...freeze, current: undefined },
        ],
      }),
    ).toEqual({ decision: 'allowed', reasons: [] });
  });
});
