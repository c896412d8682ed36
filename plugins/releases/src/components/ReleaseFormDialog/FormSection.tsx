import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';

/**
 * A titled group of fields in the release form, a `fieldset` so that assistive technology
 * announces its title with each field.
 *
 * @internal
 */
export function FormSection(props: {
  title: string;
  /** A message about the whole group, such as "Name at least one CI". */
  error?: string;
  children: ReactNode;
}) {
  const { title, error, children } = props;
  return (
    <Box
      component="fieldset"
      border={0}
      padding={0}
      margin={0}
      marginTop={2}
      minWidth={0}
    >
      <Typography component="legend" variant="subtitle1">
        {title}
      </Typography>
      {children}
      {error && (
        <Typography color="error" variant="body2">
          {error}
        </Typography>
      )}
    </Box>
  );
}
