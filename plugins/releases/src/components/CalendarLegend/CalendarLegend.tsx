import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { CSSProperties } from 'react';
import {
  CATEGORY_COLORS,
  CONFLICT_OUTLINE,
  OVERDUE_BAR,
  OVERDUE_MARK,
  WINDOW_BACKGROUNDS,
} from '../../calendar';

function Swatch(props: { style: CSSProperties; label: string }) {
  return (
    <Box component="li" display="flex" alignItems="center" style={{ gap: 4 }}>
      <span
        aria-hidden
        style={{
          display: 'inline-block',
          width: 18,
          height: 12,
          borderRadius: 2,
          ...props.style,
        }}
      />
      <Typography variant="caption">{props.label}</Typography>
    </Box>
  );
}

/**
 * What the colours and marks of the calendar mean.
 *
 * @internal
 */
export function CalendarLegend() {
  return (
    <Box
      component="ul"
      aria-label="Legend"
      display="flex"
      flexWrap="wrap"
      style={{ gap: 12, listStyle: 'none', padding: 0, margin: 0 }}
    >
      <Swatch
        style={{ background: CATEGORY_COLORS.scheduled }}
        label="Scheduled"
      />
      <Swatch
        style={{ background: CATEGORY_COLORS.unscheduled }}
        label="Unscheduled"
      />
      <Swatch
        style={{ background: CATEGORY_COLORS.emergency }}
        label="Emergency"
      />
      <Swatch style={{ background: CATEGORY_COLORS.change }} label="Change" />
      <Swatch
        style={{ border: `2px dashed ${CATEGORY_COLORS.scheduled}` }}
        label="Not yet approved (dashed)"
      />
      <Swatch
        style={{ background: CATEGORY_COLORS.scheduled, opacity: 0.7 }}
        label="Deployed (faded)"
      />
      <Swatch
        style={{ outline: `3px solid ${CONFLICT_OUTLINE}`, outlineOffset: -1 }}
        label="⚠ Has conflicts (red outline)"
      />
      <Swatch
        style={{
          background: '#ffffff',
          border: '1px solid #9e9e9e',
          boxShadow: `inset 6px 0 0 ${OVERDUE_BAR}`,
        }}
        label={`${OVERDUE_MARK} Over its stage's time limit (orange bar)`}
      />
      <Swatch
        style={{ background: WINDOW_BACKGROUNDS.blackout }}
        label="Blackout window"
      />
      <Swatch
        style={{ background: WINDOW_BACKGROUNDS.maintenance }}
        label="Maintenance window"
      />
    </Box>
  );
}
