import { Conflict } from '@stagegate/plugin-releases-common';
import { sortConflicts } from './conflictLabels';

const conflict = (id: string, patch: Partial<Conflict>): Conflict => ({
  id,
  type: 'ci-overlap',
  severity: 'medium',
  enforcement: 'approval',
  itemId: 'r1',
  other: { kind: 'release', id: 'r2', title: 'Other' },
  entityRefs: ['component:default/payments-api'],
  environment: 'production',
  interval: { start: '2026-12-01T20:00:00Z', end: '2026-12-01T22:00:00Z' },
  message: id,
  ...patch,
});

describe('sortConflicts', () => {
  it('puts blocking conflicts first, then the most severe, then the earliest', () => {
    const sorted = sortConflicts([
      conflict('warn', { enforcement: 'warn', severity: 'critical' }),
      conflict('late', {
        interval: {
          start: '2026-12-09T00:00:00Z',
          end: '2026-12-09T01:00:00Z',
        },
      }),
      conflict('block', { enforcement: 'block', severity: 'low' }),
      conflict('high', { severity: 'high' }),
      conflict('early', {}),
    ]);
    expect(sorted.map(c => c.id)).toEqual([
      'block',
      'high',
      'early',
      'late',
      'warn',
    ]);
  });
});
