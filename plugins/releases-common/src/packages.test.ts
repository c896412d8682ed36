import {
  NOW,
  aCompleteRelease,
  aContext,
} from './__testUtils__/releaseFixtures';
import { checkTransition } from './gates';
import { ReleaseStatus } from './lifecycle';
import {
  checkPackageChildren,
  childrenToBackOut,
  hasPassedTrr,
} from './packages';

const child = (n: number, status: ReleaseStatus, heldFrom?: ReleaseStatus) =>
  aCompleteRelease({
    id: `child-${n}`,
    key: `REL-2026-000${n}`,
    title: `Child ${n}`,
    status,
    parentId: 'rel-1',
    ...(heldFrom ? { heldFrom } : {}),
  });

const aPackage = (status: ReleaseStatus) =>
  aCompleteRelease({ unitType: 'package', status });

describe('hasPassedTrr', () => {
  it.each([
    'readiness',
    'approved',
    'deploying',
    'deployed',
    'review',
    'closed',
  ] as const)('is true in %s', status =>
    expect(hasPassedTrr(child(1, status))).toBe(true),
  );

  it.each([
    'planning',
    'build',
    'test',
    'cancelled',
    'failed',
    'backed_out',
  ] as const)('is false in %s', status =>
    expect(hasPassedTrr(child(1, status))).toBe(false),
  );

  it('looks at where a held release was held', () => {
    expect(hasPassedTrr(child(1, 'on_hold', 'approved'))).toBe(true);
    expect(hasPassedTrr(child(1, 'on_hold', 'test'))).toBe(false);
  });
});

describe('checkPackageChildren', () => {
  it('ignores releases that are not packages', () => {
    expect(checkPackageChildren(aCompleteRelease(), [])).toEqual([]);
  });

  it('needs at least one child', () => {
    expect(checkPackageChildren(aPackage('readiness'), [])).toEqual([
      expect.objectContaining({
        gate: 'package',
        message: expect.stringContaining('Add at least one delta release'),
      }),
    ]);
  });

  it('names every child that has not passed its TRR', () => {
    const children = [
      child(1, 'approved'),
      child(2, 'test'),
      child(3, 'cancelled'),
    ];
    expect(
      checkPackageChildren(aPackage('readiness'), children).map(f => f.message),
    ).toEqual([
      'REL-2026-0002 (Child 2) has not passed its TRR yet (it is in test): finish its tests first',
      'REL-2026-0003 (Child 3) is cancelled: take it out of the package or replace it',
    ]);
  });
});

describe('package gates', () => {
  it('cannot be approved before its children passed their TRR', () => {
    const context = aContext({ children: [child(1, 'build')] });
    expect(
      checkTransition(aPackage('readiness'), 'approved', context).failures,
    ).toEqual([expect.objectContaining({ gate: 'package' })]);
    const ready = aContext({ children: [child(1, 'readiness')] });
    expect(
      checkTransition(aPackage('readiness'), 'approved', ready).allowed,
    ).toBe(true);
  });

  it('cannot deploy when a child fell back since approval', () => {
    const context = aContext({ children: [child(1, 'test')] });
    expect(
      checkTransition(aPackage('approved'), 'deploying', context).failures,
    ).toEqual([expect.objectContaining({ gate: 'package' })]);
  });

  it('cannot take the emergency path ahead of its children', () => {
    const release = aCompleteRelease({
      unitType: 'package',
      category: 'emergency',
      approvals: [
        {
          gate: 'ecab',
          decision: 'approve',
          by: 'user:default/rita.reviewer',
          at: NOW,
        },
      ],
    });
    const context = aContext({ children: [child(1, 'build')] });
    expect(checkTransition(release, 'approved', context).failures).toEqual([
      expect.objectContaining({ gate: 'package' }),
    ]);
  });
});

describe('childrenToBackOut', () => {
  it('takes every child that was deployed or is being deployed', () => {
    const children = [
      child(1, 'deploying'),
      child(2, 'deployed'),
      child(3, 'review'),
      child(4, 'closed'),
      child(5, 'approved'),
      child(6, 'cancelled'),
    ];
    expect(childrenToBackOut(children).map(c => c.id)).toEqual([
      'child-1',
      'child-2',
      'child-3',
    ]);
  });
});
