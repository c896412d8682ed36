import {
  PENDING_STATUSES,
  RELEASE_STATUSES,
  ReleaseStatus,
  isPendingStatus,
} from './lifecycle';

const PENDING: ReleaseStatus[] = [
  'planning',
  'build',
  'test',
  'readiness',
  'approved',
  'deploying',
  'on_hold',
];

const NOT_PENDING: ReleaseStatus[] = [
  'deployed',
  'review',
  'closed',
  'cancelled',
  'failed',
  'backed_out',
];

describe('isPendingStatus', () => {
  it.each(PENDING)('treats %s as pending', status => {
    expect(isPendingStatus(status)).toBe(true);
  });

  it.each(NOT_PENDING)('treats %s as no longer pending', status => {
    expect(isPendingStatus(status)).toBe(false);
  });

  it('classifies every known status one way or the other', () => {
    expect([...PENDING, ...NOT_PENDING].sort()).toEqual(
      [...RELEASE_STATUSES].sort(),
    );
  });
});

describe('PENDING_STATUSES', () => {
  it('lists exactly the pending statuses, in lifecycle order', () => {
    expect(PENDING_STATUSES).toEqual(PENDING);
  });
});
