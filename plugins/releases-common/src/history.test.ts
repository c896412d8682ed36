import {
  NOW,
  REVIEWER,
  aCompleteRelease,
} from './__testUtils__/releaseFixtures';
import { diffRelease, historyEntryFor, isStaleRevision } from './history';
import { applyTransition } from './transitions';

describe('diffRelease', () => {
  it('lists changed fields with their values, but not bookkeeping', () => {
    const before = aCompleteRelease();
    const after = {
      ...before,
      version: '1.2.1',
      owner: undefined,
      revision: 2,
      updatedAt: NOW,
    };
    expect(diffRelease(before, after)).toEqual([
      { field: 'owner', before: before.owner },
      { field: 'version', before: '1.2.0', after: '1.2.1' },
    ]);
  });

  it('does not see a change in key order', () => {
    const before = aCompleteRelease({
      rfc: { id: 'RFC-1', url: 'https://x.example' },
    });
    const after = { ...before, rfc: { url: 'https://x.example', id: 'RFC-1' } };
    expect(diffRelease(before, after)).toEqual([]);
  });

  it('treats every field of a new release as changed', () => {
    const fields = diffRelease(undefined, aCompleteRelease()).map(c => c.field);
    expect(fields).toContain('title');
    expect(fields).not.toContain('revision');
  });
});

describe('historyEntryFor', () => {
  it('records a transition with its reason', () => {
    const before = aCompleteRelease({ status: 'build' });
    const after = applyTransition(before, 'on_hold', NOW);
    expect(
      historyEntryFor(before, after, {
        action: 'transitioned',
        by: REVIEWER,
        at: NOW,
        reason: ' Waiting for SAT ',
      }),
    ).toEqual({
      releaseId: 'rel-1',
      revision: 2,
      action: 'transitioned',
      by: REVIEWER,
      at: NOW,
      from: 'build',
      to: 'on_hold',
      reason: 'Waiting for SAT',
      changes: [
        { field: 'heldFrom', after: 'build' },
        { field: 'status', before: 'build', after: 'on_hold' },
      ],
    });
  });
});

describe('isStaleRevision', () => {
  it('is stale when the release moved on', () => {
    expect(isStaleRevision(aCompleteRelease({ revision: 3 }), 2)).toBe(true);
    expect(isStaleRevision(aCompleteRelease({ revision: 3 }), 3)).toBe(false);
  });
});
