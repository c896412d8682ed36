import TextField from '@material-ui/core/TextField';
import { useMemo } from 'react';
import { timeZoneChoices } from '../../calendar';
import { viewerZone } from '../../utils';

/**
 * Props of {@link TimeZoneSelect}.
 *
 * @internal
 */
export interface TimeZoneSelectProps {
  /** The zone shown. */
  value: string;
  onChange(zone: string): void;
}

/**
 * Chooses the IANA time zone the calendar shows times in; the viewer's own zone is marked
 * and is the default.
 *
 * @internal
 */
export function TimeZoneSelect(props: TimeZoneSelectProps) {
  const { value, onChange } = props;
  const own = viewerZone();
  const zones = useMemo(() => timeZoneChoices([own, value]), [own, value]);
  return (
    <TextField
      id="release-calendar-zone"
      select
      SelectProps={{ native: true }}
      label="Time zone"
      value={value}
      onChange={event => onChange(event.target.value)}
      variant="outlined"
      margin="dense"
      style={{ minWidth: 240 }}
    >
      {zones.map(zone => (
        <option key={zone} value={zone}>
          {zone === own ? `${zone} (your zone)` : zone}
        </option>
      ))}
    </TextField>
  );
}
