import {
  CREATOR,
  NOW,
  OTHER_REVIEWER,
  OWNER,
  REVIEWER,
  aCompleteRelease,
} from './__testUtils__/releaseFixtures';
import {
  applyApproval,
  checkApproval,
  decidableGates,
  effectiveApprovals,
  isOwnerOrCreator,
} from './approvals';

const approve = { gate: 'cab', decision: 'approve' } as const;

describe('checkApproval', () => {
  const inReadiness = aCompleteRelease({ status: 'readiness', approvals: [] });

  it('lets an independent reviewer decide', () => {
    expect(checkApproval(inReadiness, approve, REVIEWER)).toEqual([]);
  });

  it.each([
    ['owner', OWNER],
    ['creator', CREATOR],
    ['owner, in another case', 'user:default/Oscar.Owner'],
    ['owner, as a shorthand', 'user:oscar.owner'],
  ])('refuses the %s (segregation of duties)', (_who, actor) => {
    expect(checkApproval(inReadiness, approve, actor)).toEqual([
      expect.objectContaining({ gate: 'segregation-of-duties' }),
    ]);
  });

  it('refuses a member of the owning group', () => {
    const release = { ...inReadiness, owner: 'group:default/payments' };
    const options = {
      ownershipEntityRefs: [REVIEWER, 'group:default/payments'],
    };
    expect(checkApproval(release, approve, REVIEWER, options)).toEqual([
      expect.objectContaining({ gate: 'segregation-of-duties' }),
    ]);
  });

  it('refuses a decision outside its review', () => {
    const building = { ...inReadiness, status: 'build' as const };
    expect(checkApproval(building, approve, REVIEWER)).toEqual([
      {
        gate: 'cab',
        field: 'gate',
        message:
          'A CAB decision is taken while the release is in readiness or approved; it is in build',
      },
    ]);
  });

  it('keeps the ECAB for emergencies', () => {
    const ecab = { gate: 'ecab', decision: 'approve' } as const;
    expect(checkApproval(inReadiness, ecab, REVIEWER)).toEqual([
      expect.objectContaining({ gate: 'ecab', field: 'gate' }),
    ]);
    const emergency = {
      ...inReadiness,
      status: 'planning' as const,
      category: 'emergency' as const,
    };
    expect(checkApproval(emergency, ecab, REVIEWER)).toEqual([]);
  });

  it('names every problem at once', () => {
    const request = { gate: 'rrr', decision: 'reject', comment: ' ' } as const;
    const building = { ...inReadiness, status: 'build' as const };
    expect(checkApproval(building, request, OWNER).map(f => f.gate)).toEqual([
      'segregation-of-duties',
      'rrr',
      'reason',
    ]);
  });
});

describe('effectiveApprovals', () => {
  it('counts only approvals after the latest rejection, by independent reviewers', () => {
    const release = aCompleteRelease({
      approvals: [
        { gate: 'cab', decision: 'approve', by: REVIEWER, at: NOW },
        {
          gate: 'rrr',
          decision: 'reject',
          by: OTHER_REVIEWER,
          at: NOW,
          comment: 'No',
        },
        { gate: 'cab', decision: 'approve', by: OWNER, at: NOW },
        { gate: 'trr', decision: 'approve', by: REVIEWER, at: NOW },
        { gate: 'rrr', decision: 'approve', by: OTHER_REVIEWER, at: NOW },
      ],
    });
    expect(effectiveApprovals(release, ['rrr', 'cab'])).toEqual([
      expect.objectContaining({ gate: 'rrr', by: OTHER_REVIEWER }),
    ]);
  });
});

describe('applyApproval', () => {
  it('appends the decision and bumps the revision', () => {
    const release = aCompleteRelease({ approvals: [] });
    const next = applyApproval(
      release,
      { ...approve, comment: 'Fine' },
      REVIEWER,
      NOW,
    );
    expect(next.approvals).toEqual([
      {
        gate: 'cab',
        decision: 'approve',
        by: REVIEWER,
        at: NOW,
        comment: 'Fine',
      },
    ]);
    expect(next.revision).toBe(release.revision + 1);
    expect(release.approvals).toEqual([]);
  });
});

describe('decidableGates', () => {
  it.each([
    ['test', 'scheduled', ['trr']],
    ['readiness', 'scheduled', ['trr', 'rrr', 'cab']],
    ['planning', 'emergency', ['ecab']],
    ['deployed', 'emergency', []],
  ] as const)('in %s for a %s release: %j', (status, category, gates) => {
    expect(decidableGates(aCompleteRelease({ status, category }))).toEqual(
      gates,
    );
  });
});

describe('isOwnerOrCreator', () => {
  it('is false for someone else', () => {
    expect(isOwnerOrCreator(aCompleteRelease(), REVIEWER)).toBe(false);
  });
});
