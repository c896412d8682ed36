import {
  NOW,
  OWNER,
  REVIEWER,
  aCompleteRelease,
  aContext,
  inStatus,
  aTestResult,
  failuresOf,
} from './__testUtils__/releaseFixtures';
import { availableTransitions } from './gates';
import { Release } from './release';

describe('the emergency path', () => {
  const emergency = (overrides: Partial<Release> = {}) =>
    inStatus('planning', {
      category: 'emergency',
      rfc: undefined,
      approvals: [{ gate: 'ecab', decision: 'approve', by: REVIEWER, at: NOW }],
      ...overrides,
    });

  it('goes from planning to approved with an ECAB approval', () => {
    expect(failuresOf(emergency(), 'approved')).toEqual([]);
  });

  it('needs the ECAB, not the CAB, and someone other than the owner', () => {
    const approvals = [
      {
        gate: 'cab' as const,
        decision: 'approve' as const,
        by: REVIEWER,
        at: NOW,
      },
      {
        gate: 'ecab' as const,
        decision: 'approve' as const,
        by: OWNER,
        at: NOW,
      },
    ];
    expect(failuresOf(emergency({ approvals }), 'approved')).toEqual([
      expect.objectContaining({ gate: 'ecab', field: 'approvals' }),
    ]);
  });

  it('still needs the basics of a plan', () => {
    expect(failuresOf(emergency({ owner: undefined }), 'approved')).toEqual([
      expect.objectContaining({ gate: 'planning', field: 'owner' }),
    ]);
  });

  it('is not open to other categories', () => {
    expect(failuresOf(inStatus('planning'), 'approved')).toEqual([
      expect.objectContaining({ gate: 'lifecycle' }),
    ]);
  });

  it('skips the promotion order', () => {
    const release = emergency({
      status: 'approved',
      schedule: [aCompleteRelease().schedule[3]],
    });
    expect(failuresOf(release, 'deploying')).toEqual([]);
  });

  it('still needs a backout plan and a PIR to close', () => {
    const release = emergency({
      status: 'review',
      backoutPlan: undefined,
      pirOutcome: undefined,
    });
    expect(failuresOf(release, 'closed').map(f => f.gate)).toEqual([
      'pir',
      'backout',
    ]);
  });
});

describe('approved → deploying', () => {
  it('needs the current time inside the production slot (end excluded)', () => {
    const context = aContext({ now: '2026-03-01T12:00:00.000Z' });
    expect(failuresOf(inStatus('approved'), 'deploying', context)).toEqual([
      expect.objectContaining({
        gate: 'slot',
        message: expect.stringContaining(
          '2026-03-01T10:00:00.000Z to 2026-03-01T12:00:00.000Z',
        ),
      }),
    ]);
  });

  it('follows the promotion order', () => {
    const schedule = aCompleteRelease().schedule.filter(
      s => s.environment !== 'sat',
    );
    expect(failuresOf(inStatus('approved', { schedule }), 'deploying')).toEqual(
      [
        expect.objectContaining({
          gate: 'promotion',
          message: expect.stringContaining('Deploy to sat successfully'),
        }),
      ],
    );
  });

  it('reports what the deployment gate said', () => {
    const context = aContext({
      gateDecision: { decision: 'prevented', reasons: ['Year-end freeze'] },
    });
    expect(failuresOf(inStatus('approved'), 'deploying', context)).toEqual([
      {
        gate: 'deployment-gate',
        message: 'The deployment gate says prevented: Year-end freeze',
      },
    ]);
  });
});

describe('after deployment', () => {
  it('needs a PIR outcome and notes to close', () => {
    expect(
      failuresOf(inStatus('review', { pirOutcome: undefined }), 'closed'),
    ).toEqual([expect.objectContaining({ gate: 'pir', field: 'pirOutcome' })]);
    const noNotes = inStatus('review', {
      pirOutcome: { outcome: 'partial', notes: ' ' },
    });
    expect(failuresOf(noNotes, 'closed')).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('Write the PIR notes'),
      }),
    ]);
  });

  it.each(['deploying', 'deployed', 'review'] as const)(
    'needs a backout plan to back out from %s',
    status => {
      expect(
        failuresOf(inStatus(status, { backoutPlan: undefined }), 'backed_out'),
      ).toEqual([
        expect.objectContaining({ gate: 'backout', field: 'backoutPlan' }),
      ]);
    },
  );
});

describe('veto and hold', () => {
  it('sends a release back only after a rejection', () => {
    expect(failuresOf(inStatus('readiness'), 'test')).toEqual([
      expect.objectContaining({ gate: 'veto' }),
    ]);
  });

  it('resumes only to where the release was held, and checks that gate again', () => {
    const held = inStatus('on_hold', {
      heldFrom: 'readiness',
      testResults: [aTestResult('login', false)],
    });
    expect(failuresOf(held, 'build')).toEqual([
      expect.objectContaining({ gate: 'lifecycle' }),
    ]);
    expect(failuresOf(held, 'readiness')).toEqual([
      expect.objectContaining({ gate: 'trr' }),
    ]);
  });

  it('resumes to planning when it does not know where the release was held', () => {
    expect(failuresOf(inStatus('on_hold'), 'planning')).toEqual([]);
  });
});

describe('availableTransitions', () => {
  it('lists the next steps with what is missing and whether a reason is needed', () => {
    const release = inStatus('test', { testPlan: '' });
    expect(
      availableTransitions(release, aContext({ reason: undefined })),
    ).toEqual([
      {
        to: 'readiness',
        allowed: false,
        needsReason: false,
        failures: [expect.objectContaining({ field: 'testPlan' })],
      },
      { to: 'on_hold', allowed: true, needsReason: true, failures: [] },
      { to: 'cancelled', allowed: true, needsReason: true, failures: [] },
    ]);
  });

  it('leaves out moves that can never apply to the release', () => {
    const planning = availableTransitions(inStatus('planning'), aContext()).map(
      p => p.to,
    );
    expect(planning).toEqual(['build', 'on_hold', 'cancelled']);
    const held = availableTransitions(
      inStatus('on_hold', { heldFrom: 'test' }),
      aContext(),
    );
    expect(held.map(p => p.to)).toEqual(['test', 'cancelled']);
  });

  it('offers nothing from a final status', () => {
    expect(availableTransitions(inStatus('closed'), aContext())).toEqual([]);
  });
});
