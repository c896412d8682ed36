import {
  CREATOR,
  NOW,
  OWNER,
  REVIEWER,
  aCompleteRelease,
  aContext,
} from './__testUtils__/releaseFixtures';
import { checkTransition } from './gates';
import { RELEASE_STATUSES, ReleaseStatus } from './lifecycle';
import { Release } from './release';
import {
  applyTransition,
  isTransitionDefined,
  transitionNeedsReason,
} from './transitions';

// Written out by hand from DESIGN.md, independently of RELEASE_TRANSITIONS, so a change to
// the table in the code has to be a deliberate change here too.
const ALLOWED: Record<ReleaseStatus, ReleaseStatus[]> = {
  planning: ['build', 'approved', 'on_hold', 'cancelled'],
  build: ['test', 'on_hold', 'cancelled'],
  test: ['readiness', 'on_hold', 'cancelled'],
  readiness: ['approved', 'build', 'test', 'on_hold', 'cancelled'],
  approved: ['deploying', 'build', 'test', 'on_hold', 'cancelled'],
  deploying: ['deployed', 'failed', 'backed_out'],
  deployed: ['review', 'backed_out'],
  review: ['closed', 'backed_out'],
  closed: [],
  on_hold: ['planning', 'build', 'test', 'readiness', 'approved', 'cancelled'],
  cancelled: [],
  failed: [],
  backed_out: [],
};

/** A release in `from` that satisfies every gate of moving to `to`. */
function readyFor(from: ReleaseStatus, to: ReleaseStatus): Release {
  const release = aCompleteRelease({ status: from });
  if (from === 'on_hold') release.heldFrom = to;
  if (from === 'planning' && to === 'approved') {
    release.category = 'emergency';
    release.approvals = [
      { gate: 'ecab', decision: 'approve', by: REVIEWER, at: NOW },
    ];
  }
  if (
    (from === 'readiness' || from === 'approved') &&
    ['build', 'test'].includes(to)
  ) {
    release.approvals = [
      { gate: 'cab', decision: 'reject', by: REVIEWER, at: NOW, comment: 'No' },
    ];
  }
  return release;
}

const PAIRS = RELEASE_STATUSES.flatMap(from =>
  RELEASE_STATUSES.map(to => ({
    from,
    to,
    allowed: ALLOWED[from].includes(to),
  })),
);

describe('every (state, target) pair', () => {
  it('covers all 169 pairs', () => {
    expect(PAIRS).toHaveLength(RELEASE_STATUSES.length ** 2);
  });

  it.each(PAIRS.filter(pair => pair.allowed))(
    '$from → $to is allowed',
    ({ from, to }) => {
      expect(isTransitionDefined(from, to)).toBe(true);
      expect(checkTransition(readyFor(from, to), to, aContext())).toEqual({
        allowed: true,
        failures: [],
      });
    },
  );

  // Refused by the lifecycle itself, not by a gate the release could still pass.
  it.each(PAIRS.filter(pair => !pair.allowed))(
    '$from → $to is refused',
    ({ from, to }) => {
      expect(isTransitionDefined(from, to)).toBe(false);
      expect(checkTransition(readyFor(from, to), to, aContext())).toEqual({
        allowed: false,
        failures: [{ gate: 'lifecycle', message: expect.any(String) }],
      });
    },
  );
});

describe('transitionNeedsReason', () => {
  it.each([
    ['build', 'on_hold'],
    ['approved', 'cancelled'],
    ['deploying', 'failed'],
    ['review', 'backed_out'],
    ['readiness', 'test'],
    ['approved', 'build'],
  ] as const)('%s → %s needs a reason', (from, to) => {
    expect(transitionNeedsReason(from, to)).toBe(true);
    const result = checkTransition(
      readyFor(from, to),
      to,
      aContext({ reason: ' ' }),
    );
    expect(result.failures).toEqual([
      expect.objectContaining({ gate: 'reason', field: 'reason' }),
    ]);
  });

  it.each([
    ['planning', 'build'],
    ['readiness', 'approved'],
    ['on_hold', 'test'],
    ['review', 'closed'],
  ] as const)('%s → %s does not', (from, to) => {
    expect(transitionNeedsReason(from, to)).toBe(false);
    const result = checkTransition(
      readyFor(from, to),
      to,
      aContext({ reason: undefined }),
    );
    expect(result.allowed).toBe(true);
  });
});

describe('applyTransition', () => {
  it('sets the status, bumps the revision and stamps the time', () => {
    const next = applyTransition(aCompleteRelease(), 'build', NOW);
    expect(next).toMatchObject({
      status: 'build',
      revision: 2,
      updatedAt: NOW,
    });
  });

  it('remembers where a release was held, and forgets it on resume', () => {
    const held = applyTransition(
      aCompleteRelease({ status: 'test' }),
      'on_hold',
      NOW,
    );
    expect(held.heldFrom).toBe('test');
    const resumed = applyTransition(held, 'test', NOW);
    expect(resumed).not.toHaveProperty('heldFrom');
  });

  it('does not change the release it is given', () => {
    const release = aCompleteRelease();
    applyTransition(release, 'on_hold', NOW);
    expect(release).toEqual(aCompleteRelease());
  });

  it('keeps the people of the release', () => {
    const next = applyTransition(aCompleteRelease(), 'build', NOW);
    expect(next).toMatchObject({ owner: OWNER, createdBy: CREATOR });
  });
});
