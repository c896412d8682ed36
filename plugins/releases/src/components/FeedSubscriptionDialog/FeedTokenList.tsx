import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { FeedToken } from '@stagegate/plugin-releases-common';
import { formatInstant } from '../../utils';

/**
 * The viewer's feed tokens, newest first, each with a Revoke button while it is active.
 *
 * @internal
 */
export function FeedTokenList(props: {
  tokens: FeedToken[];
  busy?: string;
  onRevoke(token: FeedToken): void;
}) {
  const { tokens, busy, onRevoke } = props;
  if (tokens.length === 0) {
    return (
      <Typography variant="body2">
        You have no subscription links yet.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Your subscription links">
      <TableHead>
        <TableRow>
          <TableCell>Name</TableCell>
          <TableCell>Created</TableCell>
          <TableCell>Last used</TableCell>
          <TableCell>Status</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {tokens.map(token => (
          <TableRow key={token.id}>
            <TableCell>{token.name}</TableCell>
            <TableCell>{formatInstant(token.createdAt)}</TableCell>
            <TableCell>
              {token.lastUsedAt ? formatInstant(token.lastUsedAt) : 'never'}
            </TableCell>
            <TableCell>
              {token.revokedAt
                ? `revoked ${formatInstant(token.revokedAt)}`
                : 'active'}
            </TableCell>
            <TableCell align="right">
              {!token.revokedAt && (
                <Button
                  size="small"
                  color="secondary"
                  disabled={busy === token.id}
                  aria-label={`Revoke ${token.name}`}
                  onClick={() => onRevoke(token)}
                >
                  Revoke
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
