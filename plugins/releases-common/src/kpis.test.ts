import {
  KPI_FIGURE_NAMES,
  kpiBuckets,
  kpiPercent,
  kpiPeriod,
  kpiPeriodSchema,
  kpiQuerySchema,
} from './kpis';

describe('kpiBuckets', () => {
  it('cuts ISO weeks at Monday 00:00 UTC, clipping the first and last to the period', () => {
    expect(
      kpiBuckets(
        { from: '2026-03-01T00:00:00Z', to: '2026-03-18T06:00:00Z' },
        'week',
      ),
    ).toEqual([
      { start: '2026-03-01T00:00:00Z', end: '2026-03-02T00:00:00Z' },
      { start: '2026-03-02T00:00:00Z', end: '2026-03-09T00:00:00Z' },
      { start: '2026-03-09T00:00:00Z', end: '2026-03-16T00:00:00Z' },
      { start: '2026-03-16T00:00:00Z', end: '2026-03-18T06:00:00Z' },
    ]);
  });

  it('cuts calendar months in UTC whatever offset the period was given in', () => {
    expect(
      kpiBuckets(
        { from: '2026-01-15T12:00:00+02:00', to: '2026-03-01T00:00:00Z' },
        'month',
      ),
    ).toEqual([
      { start: '2026-01-15T10:00:00Z', end: '2026-02-01T00:00:00Z' },
      { start: '2026-02-01T00:00:00Z', end: '2026-03-01T00:00:00Z' },
    ]);
  });

  it("cuts weeks at the zone's Monday midnight, an hour short across a DST change", () => {
    // Sydney moves from +10:00 to +11:00 on Sunday 4 October 2026.
    expect(
      kpiBuckets(
        { from: '2026-09-27T14:00:00Z', to: '2026-10-11T13:00:00Z' },
        'week',
        'Australia/Sydney',
      ),
    ).toEqual([
      { start: '2026-09-27T14:00:00Z', end: '2026-10-04T13:00:00Z' },
      { start: '2026-10-04T13:00:00Z', end: '2026-10-11T13:00:00Z' },
    ]);
  });

  it("cuts months at the zone's first of the month, on either side of a DST change", () => {
    // Los Angeles moves from -07:00 to -08:00 on Sunday 1 November 2026.
    expect(
      kpiBuckets(
        { from: '2026-10-15T00:00:00Z', to: '2027-01-01T08:00:00Z' },
        'month',
        'America/Los_Angeles',
      ),
    ).toEqual([
      { start: '2026-10-15T00:00:00Z', end: '2026-11-01T07:00:00Z' },
      { start: '2026-11-01T07:00:00Z', end: '2026-12-01T08:00:00Z' },
      { start: '2026-12-01T08:00:00Z', end: '2027-01-01T08:00:00Z' },
    ]);
  });

  it('gives one bucket for a period inside a week, and none for an empty one', () => {
    const inside = { from: '2026-03-03T00:00:00Z', to: '2026-03-04T00:00:00Z' };
    expect(kpiBuckets(inside, 'week')).toEqual([
      { start: inside.from, end: inside.to },
    ]);
    expect(kpiBuckets({ from: inside.from, to: inside.from }, 'month')).toEqual(
      [],
    );
  });

  it('covers two years with contiguous buckets', () => {
    const period = { from: '2025-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };
    const weeks = kpiBuckets(period, 'week');
    // A partial week from Wednesday 1 January 2025, 103 whole ones, and four days of 2026.
    expect(weeks).toHaveLength(105);
    weeks.slice(1).forEach((week, index) => {
      expect(week.start).toBe(weeks[index].end);
    });
    expect(kpiBuckets(period, 'month')).toHaveLength(24);
  });
});

describe('kpiPeriod', () => {
  const now = new Date('2026-11-22T12:30:00.250Z');

  it('runs to now and 90 days back by default', () => {
    expect(kpiPeriod({}, now)).toEqual({
      from: '2026-08-24T12:30:00.250Z',
      to: '2026-11-22T12:30:00.250Z',
    });
  });

  it('counts 90 days back from a given end, in UTC', () => {
    expect(kpiPeriod({ to: '2026-04-01T02:00:00+02:00' }, now)).toEqual({
      from: '2026-01-01T00:00:00Z',
      to: '2026-04-01T00:00:00Z',
    });
  });
});

describe('kpiPercent', () => {
  it('rounds to one decimal, and is 0 of nothing', () => {
    expect(kpiPercent(1, 3)).toBe(33.3);
    expect(kpiPercent(2, 3)).toBe(66.7);
    expect(kpiPercent(3, 3)).toBe(100);
    expect(kpiPercent(0, 0)).toBe(0);
  });
});

describe('kpiQuerySchema', () => {
  const issues = (query: unknown) => {
    const result = kpiQuerySchema.safeParse(query);
    return result.success
      ? []
      : result.error.issues.map(issue => issue.path.join('.'));
  };

  it('parses filters into refs and defaults the format to json', () => {
    expect(
      kpiQuerySchema.parse({
        system: 'system:payments',
        owner: 'group:default/payments-team',
        category: 'emergency',
      }),
    ).toEqual({
      system: 'system:default/payments',
      owner: 'group:default/payments-team',
      category: 'emergency',
      format: 'json',
    });
  });

  it('names each bad field', () => {
    expect(issues({ from: 'yesterday' })).toEqual(['from']);
    expect(issues({ system: 'component:default/payments-api' })).toEqual([
      'system',
    ]);
    expect(issues({ category: 'urgent', format: 'xml' })).toEqual([
      'category',
      'format',
    ]);
    expect(issues({ tz: 'Mars/Olympus_Mons' })).toEqual(['tz']);
    expect(issues({ tz: 'Australia/Sydney' })).toEqual([]);
    expect(issues({ colour: 'blue' })).toEqual(['']);
  });

  it('refuses a period that ends before it starts, or spans more than two years', () => {
    expect(
      issues({ from: '2026-03-01T00:00:00Z', to: '2026-03-01T00:00:00Z' }),
    ).toEqual(['to']);
    expect(
      issues({ from: '2024-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z' }),
    ).toEqual(['from']);
    expect(
      kpiPeriodSchema.safeParse({
        from: '2024-01-01T00:00:00Z',
        to: '2026-01-01T00:00:00Z',
      }).success,
    ).toBe(true);
  });
});

describe('KPI_FIGURE_NAMES', () => {
  it('lists every figure once', () => {
    expect(new Set(KPI_FIGURE_NAMES).size).toBe(KPI_FIGURE_NAMES.length);
    expect(KPI_FIGURE_NAMES).toHaveLength(16);
  });
});
