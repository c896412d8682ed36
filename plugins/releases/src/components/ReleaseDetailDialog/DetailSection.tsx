import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';

/**
 * A titled section of the release detail.
 *
 * @internal
 */
export function DetailSection(props: { title: string; children: ReactNode }) {
  const { title, children } = props;
  return (
    <Box component="section" aria-label={title} marginTop={3}>
      <Typography variant="h6" component="h3" gutterBottom>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/**
 * A document field of a release (a plan, criteria, notes), keeping its line breaks, or a
 * sentence saying it is not written yet.
 *
 * @internal
 */
export function DocumentText(props: { text?: string; empty: string }) {
  const { text, empty } = props;
  if (!text?.trim()) {
    return (
      <Typography variant="body2" color="textSecondary">
        {empty}
      </Typography>
    );
  }
  return (
    <Typography variant="body2" style={{ whiteSpace: 'pre-wrap' }}>
      {text}
    </Typography>
  );
}
