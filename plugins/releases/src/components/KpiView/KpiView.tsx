import { Content, Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import ButtonGroup from '@material-ui/core/ButtonGroup';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import {
  KpiReport,
  ReleaseCategory,
  ReleaseUnitType,
  TimeToImplement,
} from '@stagegate/plugin-releases-common';
import { useMemo } from 'react';
import {
  KpiBucketing,
  bucketRows,
  kpiPeriodProblem,
  kpiRequest,
  useKpiReport,
  useKpiSearch,
} from '../../kpis';
import { categoryLabel, formatInstant, unitTypeLabel } from '../../utils';
import { ErrorWithRetry } from '../ErrorWithRetry';
import { KpiExportButton } from './KpiExportButton';
import { KpiFilterFields } from './KpiFilterFields';
import { KpiPeriodFields } from './KpiPeriodFields';
import {
  KpiBucketTable,
  KpiTotalsTable,
  TimeToImplementTable,
} from './KpiTables';
import { KpiTrendCharts } from './KpiTrendCharts';
import { TimeToImplementChart } from './TimeToImplementChart';
import { useKpiFilterOptions } from './useKpiFilterOptions';

const BUCKETINGS: Array<[KpiBucketing, string]> = [
  ['week', 'Per week'],
  ['month', 'Per month'],
];

const unitTypeName = (value: string) => unitTypeLabel(value as ReleaseUnitType);
const categoryName = (value: string) => categoryLabel(value as ReleaseCategory);
const BREAKDOWNS: Array<
  [TimeToImplement['dimension'], string, (value: string) => string]
> = [
  ['unitType', 'Time to implement by unit type', unitTypeName],
  ['category', 'Time to implement by category', categoryName],
];
const breakdownName = (row: TimeToImplement) =>
  row.dimension === 'unitType'
    ? `Unit type: ${unitTypeName(row.value)}`
    : `Category: ${categoryName(row.value)}`;

function KpiReportContent(props: {
  report: KpiReport;
  bucketing: KpiBucketing;
  onBucketing(bucketing: KpiBucketing): void;
}) {
  const { report, bucketing, onBucketing } = props;
  const rows = useMemo(
    () =>
      bucketRows(
        bucketing === 'month' ? report.monthly : report.weekly,
        bucketing,
        report.timeZone,
      ),
    [report, bucketing],
  );

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <ButtonGroup size="small" aria-label="Trend buckets">
          {BUCKETINGS.map(([value, label]) => (
            <Button
              key={value}
              aria-pressed={value === bucketing}
              variant={value === bucketing ? 'contained' : 'outlined'}
              color={value === bucketing ? 'primary' : 'default'}
              onClick={() => onBucketing(value)}
            >
              {label}
            </Button>
          ))}
        </ButtonGroup>
      </Grid>
      <Grid item xs={12}>
        <KpiTrendCharts rows={rows} unit={bucketing} />
      </Grid>
      <Grid item xs={12}>
        <KpiBucketTable rows={rows} unit={bucketing} />
      </Grid>
      {BREAKDOWNS.map(([dimension, title, valueLabel]) => (
        <Grid item xs={12} md={6} key={dimension}>
          <TimeToImplementChart
            title={title}
            rows={report.timeToImplement.filter(
              row => row.dimension === dimension,
            )}
            valueLabel={valueLabel}
          />
        </Grid>
      ))}
      <Grid item xs={12}>
        <TimeToImplementTable
          rows={report.timeToImplement}
          valueLabel={breakdownName}
        />
      </Grid>
      <Grid item xs={12}>
        <KpiTotalsTable totals={report.totals} />
      </Grid>
    </Grid>
  );
}

/**
 * The process KPIs of a period on the calendar page: trends per week and month, time to
 * implement by unit type and category, and every figure's total with its definition; with a
 * period picker (days in the zone shown), system, owner and category filters, and a CSV
 * export. The period, zone, filters and bucketing live in the URL.
 *
 * @internal
 */
export function KpiView() {
  const { state, zone, update } = useKpiSearch();
  const options = useKpiFilterOptions();
  const problem = kpiPeriodProblem(state.from, state.to);
  const request = useMemo(
    () => (problem ? undefined : kpiRequest(state, zone)),
    [problem, state, zone],
  );
  const report = useKpiReport(request);
  const value = report.value;
  const firstLoad = report.loading && !value;

  return (
    <Content>
      <Grid container spacing={2}>
        <Grid item xs={12}>
          <Box
            display="flex"
            flexWrap="wrap"
            alignItems="flex-start"
            justifyContent="space-between"
            style={{ gap: 8 }}
          >
            <Box>
              <KpiPeriodFields
                from={state.from}
                to={state.to}
                zone={zone}
                problem={problem}
                onChange={update}
              />
              <KpiFilterFields
                value={state}
                options={options}
                onChange={filters =>
                  update({
                    system: filters.system,
                    owner: filters.owner,
                    category: filters.category,
                  })
                }
              />
            </Box>
            <KpiExportButton request={request} />
          </Box>
          <Typography variant="body2" color="textSecondary">
            {`Days, weeks and months in ${zone}.`}
            {value &&
              ` Figures as of ${formatInstant(value.generatedAt, zone)}.`}
          </Typography>
        </Grid>
        <Grid item xs={12}>
          {report.error && (
            <ErrorWithRetry
              title="The KPIs could not be loaded"
              error={report.error}
              onRetry={report.retry}
            />
          )}
          {firstLoad && <Progress />}
          {report.loading && value && (
            <LinearProgress aria-label="Loading the KPIs" />
          )}
          {value && !report.error && value.totals.implemented === 0 && (
            <>
              <Typography role="status" variant="body1" paragraph>
                No releases were implemented in this period
                {state.system || state.owner || state.category
                  ? ' that match the filters'
                  : ''}
                , so there are no trends to chart. Choose a longer period or
                fewer filters.
              </Typography>
              <KpiTotalsTable totals={value.totals} />
            </>
          )}
          {value && !report.error && value.totals.implemented > 0 && (
            <KpiReportContent
              report={value}
              bucketing={state.bucketing}
              onBucketing={bucketing => update({ bucketing })}
            />
          )}
        </Grid>
      </Grid>
    </Content>
  );
}
