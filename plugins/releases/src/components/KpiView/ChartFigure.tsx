import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { ReactElement, useId } from 'react';
import {
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/**
 * The colours of the KPI series; readable on light and dark themes.
 *
 * @internal
 */
export const SERIES_COLORS = {
  implemented: '#1565c0',
  failed: '#c62828',
  late: '#ef6c00',
  backedOut: '#6a1b9a',
  urgent: '#ad1457',
  majorReleases: '#1565c0',
  minorReleases: '#26a69a',
  averageHours: '#1565c0',
  bestHours: '#2e7d32',
  worstHours: '#c62828',
} as const;

/**
 * The space around the plot of every KPI chart.
 *
 * @internal
 */
export const CHART_MARGIN = { top: 8, right: 16, left: 0, bottom: 8 };

/**
 * The grid, axes (labelled by each row's `label`, ticks in the theme's text colour), tooltip
 * and legend every KPI chart has.
 *
 * @internal
 */
export function ChartFrame(props: {
  /** Whether the values are counts, which have no fractions. */
  counts?: boolean;
  /** The unit after each value tick, such as " h". */
  unit?: string;
}) {
  const theme = useTheme();
  const tick = { fill: theme.palette.text.secondary, fontSize: 12 };
  return (
    <>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="label" tick={tick} />
      <YAxis allowDecimals={!props.counts} tick={tick} unit={props.unit} />
      <Tooltip />
      <Legend />
    </>
  );
}

// The width charts are drawn at before the browser has measured their container.
const INITIAL_WIDTH = 720;

/**
 * A chart with a caption that names it and says where the same numbers are in a table.
 * The chart is drawn as wide as its container.
 *
 * @internal
 */
export function ChartFigure(props: {
  title: string;
  caption: string;
  height?: number;
  children: ReactElement;
}) {
  const { title, caption, children } = props;
  const height = props.height ?? 280;
  const titleId = useId();
  return (
    <figure aria-labelledby={titleId} style={{ margin: 0 }}>
      <Typography id={titleId} variant="h6" component="h3">
        {title}
      </Typography>
      <ResponsiveContainer
        width="100%"
        height={height}
        initialDimension={{ width: INITIAL_WIDTH, height }}
      >
        {children}
      </ResponsiveContainer>
      <Typography
        variant="caption"
        color="textSecondary"
        component="figcaption"
      >
        {caption}
      </Typography>
    </figure>
  );
}
