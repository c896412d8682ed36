import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Tooltip from '@material-ui/core/Tooltip';
import {
  KPI_FIGURE_NAMES,
  KpiFigures,
  TimeToImplement,
} from '@stagegate/plugin-releases-common';
import { KPI_DEFINITIONS, KpiBucketRow, formatFigure } from '../../kpis';

const captionStyle = { captionSide: 'top' as const };

/**
 * Every KPI figure of the period, each with its short definition.
 *
 * @internal
 */
export function KpiTotalsTable(props: { totals: KpiFigures }) {
  const { totals } = props;
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="KPI totals">
        <caption style={captionStyle}>Totals of the period</caption>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              Figure
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              Value
            </TableCell>
            <TableCell component="th" scope="col">
              Definition
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {KPI_FIGURE_NAMES.map(name => (
            <TableRow key={name}>
              <TableCell component="th" scope="row" role="rowheader">
                {KPI_DEFINITIONS[name].label}
              </TableCell>
              <TableCell align="right">
                {formatFigure(name, totals[name])}
              </TableCell>
              <TableCell>{KPI_DEFINITIONS[name].definition}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/**
 * The figures of every week or month of the period, one row each; each column's heading
 * tells its definition on hover and focus.
 *
 * @internal
 */
export function KpiBucketTable(props: { rows: KpiBucketRow[]; unit: string }) {
  const { rows, unit } = props;
  return (
    <TableContainer component={Paper} variant="outlined" tabIndex={0}>
      <Table size="small" aria-label={`KPIs per ${unit}`}>
        <caption style={captionStyle}>{`Figures per ${unit} (UTC)`}</caption>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {unit === 'month' ? 'Month' : 'Week'}
            </TableCell>
            {KPI_FIGURE_NAMES.map(name => (
              <Tooltip key={name} title={KPI_DEFINITIONS[name].definition}>
                <TableCell
                  component="th"
                  scope="col"
                  align="right"
                  tabIndex={0}
                >
                  {KPI_DEFINITIONS[name].label}
                </TableCell>
              </Tooltip>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(row => (
            <TableRow key={row.start}>
              <TableCell component="th" scope="row" role="rowheader">
                {row.label}
              </TableCell>
              {KPI_FIGURE_NAMES.map(name => (
                <TableCell key={name} align="right">
                  {formatFigure(name, row[name])}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

const hours = (value: number | null) =>
  value === null
    ? '—'
    : `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })} h`;

/**
 * Average, best and worst time to implement by unit type and by category, with how many
 * implemented releases each is based on.
 *
 * @internal
 */
export function TimeToImplementTable(props: {
  rows: TimeToImplement[];
  valueLabel(row: TimeToImplement): string;
}) {
  const { rows, valueLabel } = props;
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="Time to implement">
        <caption style={captionStyle}>
          Time to implement, from the release's creation to the end of its
          production deployment
        </caption>
        <TableHead>
          <TableRow>
            {['Breakdown', 'Releases', 'Average', 'Best', 'Worst'].map(
              (heading, index) => (
                <TableCell
                  key={heading}
                  component="th"
                  scope="col"
                  align={index === 0 ? 'left' : 'right'}
                >
                  {heading}
                </TableCell>
              ),
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(row => (
            <TableRow key={`${row.dimension}:${row.value}`}>
              <TableCell component="th" scope="row" role="rowheader">
                {valueLabel(row)}
              </TableCell>
              <TableCell align="right">{row.count}</TableCell>
              <TableCell align="right">{hours(row.averageHours)}</TableCell>
              <TableCell align="right">{hours(row.bestHours)}</TableCell>
              <TableCell align="right">{hours(row.worstHours)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
