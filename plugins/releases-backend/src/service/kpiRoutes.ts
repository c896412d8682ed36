import { HttpAuthService } from '@backstage/backend-plugin-api';
import {
  KPI_FIGURE_NAMES,
  KpiReport,
  kpiPeriodSchema,
  kpiQuerySchema,
} from '@stagegate/plugin-releases-common';
import { stringify } from 'csv-stringify/sync';
import { KpiService } from '../services';
import { parse } from './parse';
import { ReleasesRouter } from './types';

const TIME_TO_IMPLEMENT_COLUMNS = [
  'dimension',
  'value',
  'count',
  'averageHours',
  'bestHours',
  'worstHours',
] as const;

/**
 * `GET /kpis`: the process KPIs of a period, as JSON or as a CSV download. Reading changes
 * nothing, so it is not audited.
 *
 * @internal
 */
export function addKpiRoutes(
  router: ReleasesRouter,
  deps: { httpAuth: HttpAuthService; kpis: KpiService },
): void {
  const { httpAuth, kpis } = deps;

  router.get('/kpis', async (req, res) => {
    const query = parse(kpiQuerySchema, req.query, 'query');
    const period = parse(kpiPeriodSchema, kpis.periodOf(query), 'query');
    const credentials = await httpAuth.credentials(req);
    const report = await kpis.report(query, period, { credentials });
    if (query.format === 'json') {
      res.status(200).json(report);
      return;
    }
    const name = `stagegate-kpis-${fileDate(period.from)}-${fileDate(
      period.to,
    )}.csv`;
    res
      .status(200)
      .set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
      })
      // The typed router only knows the JSON body; the CSV goes out as it is.
      .end(kpiCsv(report));
  });
}

/**
 * The report as one table: a row per total, week and month with every figure, then a row
 * per time-to-implement breakdown; the columns the other kind of row has stay empty. Every
 * row names the zone of the weeks and months, since their UTC instants do not show it.
 */
function kpiCsv(report: KpiReport): string {
  const rows = [
    {
      scope: 'total',
      start: report.period.from,
      end: report.period.to,
      ...report.totals,
    },
    ...report.weekly.map(bucket => ({
      scope: 'week',
      ...bucket,
      ...bucket.figures,
    })),
    ...report.monthly.map(bucket => ({
      scope: 'month',
      ...bucket,
      ...bucket.figures,
    })),
    ...report.timeToImplement.map(row => ({
      scope: 'timeToImplement',
      start: report.period.from,
      end: report.period.to,
      ...row,
    })),
  ];
  return stringify(
    rows.map(row => ({ ...row, timeZone: report.timeZone })),
    {
      header: true,
      columns: [
        'scope',
        'start',
        'end',
        'timeZone',
        ...KPI_FIGURE_NAMES,
        ...TIME_TO_IMPLEMENT_COLUMNS,
      ],
    },
  );
}

/** An instant as it can stand in a file name: `2026-03-01T10:00:00Z` → `20260301T100000Z`. */
function fileDate(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+/, '');
}
