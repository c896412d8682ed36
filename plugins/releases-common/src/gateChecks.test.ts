import {
  CREATOR,
  NOW,
  OWNER,
  REVIEWER,
  aContext,
  inStatus,
  failuresOf,
} from './__testUtils__/releaseFixtures';

describe('planning → build', () => {
  it.each([
    ['title', { title: '  ' }, 'Give the release a title'],
    ['owner', { owner: undefined }, 'Name a release owner'],
    ['entityRefs', { entityRefs: [] }, 'Name at least one CI'],
    ['schedule', { schedule: [] }, 'Plan a slot in production'],
    ['unitType', { unitType: 'bundle' as never }, 'Choose a unit type'],
    ['category', { category: 'urgent' as never }, 'Choose a category'],
  ])('names a missing %s', (field, overrides, message) => {
    expect(failuresOf(inStatus('planning', overrides), 'build')).toEqual([
      { gate: 'planning', field, message: expect.stringContaining(message) },
    ]);
  });

  it('names everything missing at once', () => {
    const release = inStatus('planning', {
      title: '',
      owner: undefined,
      entityRefs: [],
      schedule: [],
    });
    expect(failuresOf(release, 'build').map(f => f.field)).toEqual([
      'title',
      'entityRefs',
      'owner',
      'schedule',
    ]);
  });

  it('takes production from the configured environments', () => {
    const context = aContext({ environments: ['staging', 'live'] });
    expect(failuresOf(inStatus('planning'), 'build', context)).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('slot in live'),
      }),
    ]);
  });
});

describe('build → test (VDD)', () => {
  it('needs contents', () => {
    expect(failuresOf(inStatus('build', { contents: [] }), 'test')).toEqual([
      expect.objectContaining({ gate: 'vdd', field: 'contents' }),
    ]);
  });

  it('names items without a version and artifacts without a checksum, together', () => {
    const release = inStatus('build', {
      contents: [
        { name: 'api', version: '', kind: 'artifact' },
        { name: 'worker', version: '2', kind: 'artifact' },
        { name: 'runbook', version: ' ', kind: 'document' },
      ],
    });
    expect(failuresOf(release, 'test').map(f => f.message)).toEqual([
      'Give a version for api, runbook',
      'Give a checksum for the artifacts api, worker',
    ]);
  });
});

describe('readiness → approved (RRR + CAB)', () => {
  it('needs an RFC', () => {
    expect(
      failuresOf(inStatus('readiness', { rfc: undefined }), 'approved'),
    ).toEqual([expect.objectContaining({ gate: 'rrr', field: 'rfc' })]);
  });

  it('does not count an approval by the owner or the creator', () => {
    const approvals = [OWNER, CREATOR].map(by => ({
      gate: 'cab' as const,
      decision: 'approve' as const,
      by,
      at: NOW,
    }));
    expect(
      failuresOf(inStatus('readiness', { approvals }), 'approved'),
    ).toEqual([
      {
        gate: 'cab',
        field: 'approvals',
        message: expect.stringMatching(
          /approval by user:default\/oscar.owner does not count/,
        ),
      },
    ]);
  });

  it('does not count an approval given before a later rejection', () => {
    const approvals = [
      {
        gate: 'cab' as const,
        decision: 'approve' as const,
        by: REVIEWER,
        at: NOW,
      },
      {
        gate: 'trr' as const,
        decision: 'reject' as const,
        by: REVIEWER,
        at: NOW,
        comment: 'Flaky',
      },
    ];
    expect(
      failuresOf(inStatus('readiness', { approvals }), 'approved'),
    ).toEqual([expect.objectContaining({ gate: 'cab' })]);
  });

  it('lists each blocking conflict unless overridden', () => {
    const blockingConflicts = [
      { id: 'c1', message: 'Year-end freeze' },
      { id: 'c2', message: 'Overlaps REL-2026-0002' },
    ];
    const refused = failuresOf(
      inStatus('readiness'),
      'approved',
      aContext({ blockingConflicts }),
    );
    expect(refused.map(f => f.gate)).toEqual(['conflicts', 'conflicts']);
    expect(refused[0].message).toContain('ask someone allowed to override');
    const own = failuresOf(
      inStatus('readiness'),
      'approved',
      aContext({ blockingConflicts, canOverrideConflicts: true }),
    );
    expect(own[0].message).toContain('or record an override with a reason');
    const overridingOne = inStatus('readiness', {
      conflictOverrides: [
        {
          by: REVIEWER,
          reason: 'CAB accepted the risk',
          at: NOW,
          conflictIds: ['c1'],
        },
      ],
    });
    expect(
      failuresOf(overridingOne, 'approved', aContext({ blockingConflicts })),
    ).toEqual([
      expect.objectContaining({ message: expect.stringContaining('(c2)') }),
    ]);
    const overridingBoth = inStatus('readiness', {
      conflictOverrides: [
        { by: REVIEWER, reason: 'Risk accepted', at: NOW, conflictIds: ['c1'] },
        { by: REVIEWER, reason: 'Also fine', at: NOW, conflictIds: ['c2'] },
      ],
    });
    expect(
      failuresOf(overridingBoth, 'approved', aContext({ blockingConflicts })),
    ).toEqual([]);
  });

  it('names everything missing at once', () => {
    const release = inStatus('readiness', { rfc: undefined, approvals: [] });
    const context = aContext({
      blockingConflicts: [{ id: 'c1', message: 'Freeze' }],
    });
    expect(failuresOf(release, 'approved', context).map(f => f.gate)).toEqual([
      'rrr',
      'cab',
      'conflicts',
    ]);
  });
});
