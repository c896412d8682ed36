import { KpiFigures } from '@stagegate/plugin-releases-common';
import { Bar, BarChart, Line, LineChart } from 'recharts';
import { KPI_DEFINITIONS, KpiBucketRow } from '../../kpis';
import {
  CHART_MARGIN,
  ChartFigure,
  ChartFrame,
  SERIES_COLORS,
} from './ChartFigure';

const TREND_FIGURES = [
  'implemented',
  'failed',
  'late',
  'backedOut',
  'urgent',
] as const satisfies readonly (keyof KpiFigures & keyof typeof SERIES_COLORS)[];

/**
 * Props of {@link KpiTrendCharts}.
 *
 * @internal
 */
export interface KpiTrendChartsProps {
  rows: KpiBucketRow[];
  /** "week" or "month", for the captions. */
  unit: string;
}

/**
 * The trends of a period per week or month: releases implemented, failed, late, backed out
 * and urgent, and the volume of major and minor releases.
 *
 * @internal
 */
export function KpiTrendCharts(props: KpiTrendChartsProps) {
  const { rows, unit } = props;
  return (
    <>
      <ChartFigure
        title={`Releases per ${unit}`}
        caption={`Implemented, failed, late, backed-out and urgent releases per ${unit} (UTC); the table below has the same numbers.`}
      >
        <LineChart data={rows} margin={CHART_MARGIN}>
          <ChartFrame counts />
          {TREND_FIGURES.map(name => (
            <Line
              key={name}
              type="linear"
              dataKey={name}
              name={KPI_DEFINITIONS[name].label}
              stroke={SERIES_COLORS[name]}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ChartFigure>
      <ChartFigure
        title={`Major and minor releases per ${unit}`}
        caption="Major: unit type full or package. Minor: unit type delta."
      >
        <BarChart data={rows} margin={CHART_MARGIN}>
          <ChartFrame counts />
          {(['majorReleases', 'minorReleases'] as const).map(name => (
            <Bar
              key={name}
              dataKey={name}
              name={KPI_DEFINITIONS[name].label}
              stackId="volume"
              fill={SERIES_COLORS[name]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ChartFigure>
    </>
  );
}
