import { TimeToImplement } from '@stagegate/plugin-releases-common';
import { Bar, BarChart } from 'recharts';
import {
  CHART_MARGIN,
  ChartFigure,
  ChartFrame,
  SERIES_COLORS,
} from './ChartFigure';

const MEASURES = [
  ['averageHours', 'Average'],
  ['bestHours', 'Best'],
  ['worstHours', 'Worst'],
] as const;

/**
 * Props of {@link TimeToImplementChart}.
 *
 * @internal
 */
export interface TimeToImplementChartProps {
  title: string;
  /** The breakdown of one dimension; values without implemented releases are left out. */
  rows: TimeToImplement[];
  valueLabel(value: string): string;
}

/**
 * Average, best and worst time to implement, in hours, per value of one dimension (unit
 * type or category).
 *
 * @internal
 */
export function TimeToImplementChart(props: TimeToImplementChartProps) {
  const { title, valueLabel } = props;
  const rows = props.rows
    .filter(row => row.count > 0)
    .map(row => ({ ...row, label: valueLabel(row.value) }));
  return (
    <ChartFigure
      title={title}
      caption="Hours from the release's creation to the end of its production deployment."
      height={240}
    >
      <BarChart data={rows} margin={CHART_MARGIN}>
        <ChartFrame unit=" h" />
        {MEASURES.map(([key, name]) => (
          <Bar
            key={key}
            dataKey={key}
            name={name}
            fill={SERIES_COLORS[key]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFigure>
  );
}
