import { KpiFigures, KpiReport } from '@stagegate/plugin-releases-common';

/** Figures that are all zero, with some overridden. */
export function makeFigures(overrides: Partial<KpiFigures> = {}): KpiFigures {
  return {
    implemented: 0,
    late: 0,
    failed: 0,
    urgent: 0,
    withoutRfc: 0,
    unauthorizedImplementations: 0,
    withoutAdequateTesting: 0,
    withoutPir: 0,
    incidentsCaused: 0,
    majorReleases: 0,
    minorReleases: 0,
    backedOut: 0,
    backoutPercent: 0,
    failedBackouts: 0,
    failedBackoutPercent: 0,
    conflictsCaughtBeforeCab: 0,
    ...overrides,
  };
}

/**
 * A KPI report of November 2026 with two weeks of releases: twelve implemented, three late,
 * two backed out (one of them failed to back out), and time to implement by unit type and
 * category. Every figure is distinct, so a test can find each one on the page.
 */
export function makeKpiReport(overrides: Partial<KpiReport> = {}): KpiReport {
  const week1 = makeFigures({
    implemented: 7,
    late: 1,
    failed: 1,
    urgent: 1,
    majorReleases: 2,
    minorReleases: 5,
    backedOut: 1,
    backoutPercent: 14.3,
  });
  const week2 = makeFigures({
    implemented: 5,
    late: 2,
    urgent: 2,
    majorReleases: 1,
    minorReleases: 4,
    backedOut: 1,
    backoutPercent: 20,
    failedBackouts: 1,
    failedBackoutPercent: 100,
  });
  return {
    period: { from: '2026-11-01T00:00:00Z', to: '2026-11-15T00:00:00Z' },
    filters: {},
    timeZone: 'UTC',
    totals: makeFigures({
      implemented: 12,
      late: 3,
      failed: 1,
      urgent: 2,
      withoutRfc: 4,
      unauthorizedImplementations: 6,
      withoutAdequateTesting: 5,
      withoutPir: 8,
      incidentsCaused: 9,
      majorReleases: 3,
      minorReleases: 9,
      backedOut: 2,
      backoutPercent: 16.7,
      failedBackouts: 1,
      failedBackoutPercent: 50,
      conflictsCaughtBeforeCab: 11,
    }),
    weekly: [
      {
        start: '2026-11-01T00:00:00Z',
        end: '2026-11-02T00:00:00Z',
        figures: makeFigures(),
      },
      {
        start: '2026-11-02T00:00:00Z',
        end: '2026-11-09T00:00:00Z',
        figures: week1,
      },
      {
        start: '2026-11-09T00:00:00Z',
        end: '2026-11-15T00:00:00Z',
        figures: week2,
      },
    ],
    monthly: [
      {
        start: '2026-11-01T00:00:00Z',
        end: '2026-11-15T00:00:00Z',
        figures: makeFigures({
          implemented: 12,
          late: 3,
          failed: 1,
          majorReleases: 3,
          minorReleases: 9,
          backedOut: 2,
        }),
      },
    ],
    timeToImplement: [
      {
        dimension: 'unitType',
        value: 'delta',
        count: 9,
        averageHours: 70.5,
        bestHours: 20,
        worstHours: 160,
      },
      {
        dimension: 'unitType',
        value: 'full',
        count: 3,
        averageHours: 240,
        bestHours: 200,
        worstHours: 300,
      },
      {
        dimension: 'unitType',
        value: 'package',
        count: 0,
        averageHours: null,
        bestHours: null,
        worstHours: null,
      },
      {
        dimension: 'category',
        value: 'scheduled',
        count: 10,
        averageHours: 120,
        bestHours: 48,
        worstHours: 300,
      },
      {
        dimension: 'category',
        value: 'emergency',
        count: 2,
        averageHours: 6.5,
        bestHours: 4,
        worstHours: 9,
      },
    ],
    generatedAt: '2026-11-15T08:00:00Z',
    ...overrides,
  };
}
