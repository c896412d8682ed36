import {
  kpiPeriodProblem,
  kpiRequest,
  kpiSearchParams,
  parseKpiSearch,
} from './kpiSearch';

describe('KPI view state in the URL', () => {
  it('defaults to the 90 days that end today, weekly, without filters', () => {
    expect(parseKpiSearch(new URLSearchParams(''), '2026-11-30')).toEqual({
      from: '2026-09-02',
      to: '2026-11-30',
      zone: undefined,
      system: undefined,
      owner: undefined,
      category: undefined,
      bucketing: 'week',
    });
  });

  it('reads back what it writes, and ignores what it does not understand', () => {
    const state = parseKpiSearch(
      new URLSearchParams(
        'tab=kpis&from=2026-01-01&to=2026-03-31&tz=Europe/Paris&system=system:default/payments&category=emergency&bucket=month',
      ),
      '2026-11-30',
    );
    expect(parseKpiSearch(kpiSearchParams(state), '2026-11-30')).toEqual(state);
    expect(kpiSearchParams(state).get('tab')).toBe('kpis');

    const odd = parseKpiSearch(
      new URLSearchParams(
        'from=yesterday&tz=Mars/Olympus&category=major&bucket=year',
      ),
      '2026-11-30',
    );
    expect(odd).toMatchObject({
      from: '2026-09-02',
      zone: undefined,
      category: undefined,
      bucketing: 'week',
    });
  });

  it('asks from the start of the first day to the end of the last day in the zone shown', () => {
    const state = parseKpiSearch(
      new URLSearchParams(
        'from=2026-03-01&to=2026-03-31&owner=group:default/ops',
      ),
      '2026-11-30',
    );
    // The clocks go forward in New York on 8 March; each end is a local midnight.
    expect(kpiRequest(state, 'America/New_York')).toEqual({
      from: '2026-03-01T05:00:00.000Z',
      to: '2026-04-01T04:00:00.000Z',
      owner: 'group:default/ops',
      tz: 'America/New_York',
    });
  });

  it('refuses a period that ends before it starts, or is longer than the backend allows', () => {
    expect(kpiPeriodProblem('2026-11-01', '2026-11-01')).toBeUndefined();
    expect(kpiPeriodProblem('2026-11-02', '2026-11-01')).toBe(
      'The last day must not be before the first day.',
    );
    expect(kpiPeriodProblem('2024-01-01', '2025-12-31')).toBeUndefined();
    expect(kpiPeriodProblem('2024-01-01', '2026-01-01')).toBe(
      'A period can span at most 731 days.',
    );
  });
});
