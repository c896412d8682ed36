import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';

/**
 * A small read-only table with a caption, or a sentence when there are no rows.
 *
 * @internal
 */
export function DetailTable<T>(props: {
  caption: string;
  headers: string[];
  rows: T[];
  row(item: T): ReactNode[];
  empty: string;
}) {
  const { caption, headers, rows, row, empty } = props;
  if (rows.length === 0) {
    return <Typography variant="body2">{empty}</Typography>;
  }
  return (
    <Table size="small" aria-label={caption}>
      <TableHead>
        <TableRow>
          {headers.map(header => (
            <TableCell key={header}>{header}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((item, index) => (
          <TableRow key={index}>
            {row(item).map((cell, cellIndex) => (
              <TableCell key={cellIndex}>{cell}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
