import Box from '@material-ui/core/Box';
import { ReactNode } from 'react';

/**
 * A row of related controls (buttons, filters, fields) that wraps on narrow screens, named
 * as a group for assistive technology.
 *
 * @internal
 */
export function ControlGroup(props: {
  /** The group's accessible name, such as "Filters". */
  label: string;
  children: ReactNode;
}) {
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      style={{ gap: 8 }}
      role="group"
      aria-label={props.label}
    >
      {props.children}
    </Box>
  );
}
