import { toIsoUtc } from './timestamps';

describe('toIsoUtc', () => {
  it.each([
    [new Date('2026-03-29T01:30:00Z'), '2026-03-29T01:30:00.000Z'],
    [Date.parse('2026-03-29T01:30:00Z'), '2026-03-29T01:30:00.000Z'],
    ['2026-03-29T01:30:00.000Z', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29T03:30:00+02:00', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29 01:30:00', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29 01:30:00.250', '2026-03-29T01:30:00.250Z'],
    ['2026-03-29 03:30:00+02', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29T01:30:00', '2026-03-29T01:30:00.000Z'],
  ])('reads %p as UTC %p, whatever the zone of the server', (stored, iso) => {
    expect(toIsoUtc(stored)).toBe(iso);
  });

  it('refuses what is not a time', () => {
    expect(() => toIsoUtc('not a time')).toThrow(/cannot be read/);
  });
});
