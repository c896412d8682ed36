import { overdueText } from './overdue';

describe('overdueText', () => {
  it('names the stage, when the limit ran out in the zone given, and the limit', () => {
    expect(
      overdueText(
        {
          status: 'test',
          enteredAt: '2026-11-01T09:00:00Z',
          limit: 'P14D',
          dueAt: '2026-11-15T09:00:00Z',
        },
        'Europe/Berlin',
      ),
    ).toBe('Overdue in test since Nov 15, 2026, 10:00 AM GMT+1 (limit P14D)');
  });
});
