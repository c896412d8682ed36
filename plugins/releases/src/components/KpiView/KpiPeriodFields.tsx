import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import { DEFAULT_KPI_SPAN_DAYS } from '@stagegate/plugin-releases-common';
import { todayIn } from '../../calendar';
import { defaultKpiDays } from '../../kpis';
import { ControlGroup } from '../ControlGroup';
import { TimeZoneSelect } from '../TimeZoneSelect';

const DAY_FIELDS = [
  ['from', 'First day'],
  ['to', 'Last day'],
] as const;

/**
 * Props of {@link KpiPeriodFields}.
 *
 * @internal
 */
export interface KpiPeriodFieldsProps {
  from: string;
  to: string;
  zone: string;
  /** Why the period cannot be asked for, shown under the last day. */
  problem?: string;
  onChange(period: { from?: string; to?: string; zone?: string }): void;
}

/**
 * The KPI period: its first and last day (both included) in the zone shown, the zone, and a
 * button back to the default period.
 *
 * @internal
 */
export function KpiPeriodFields(props: KpiPeriodFieldsProps) {
  const { zone, problem, onChange } = props;
  return (
    <ControlGroup label="Period">
      {DAY_FIELDS.map(([key, label]) => (
        <TextField
          key={key}
          id={`release-kpis-${key}`}
          type="date"
          label={label}
          value={props[key]}
          // A cleared field keeps the day it had: a period always has both ends.
          onChange={event =>
            event.target.value && onChange({ [key]: event.target.value })
          }
          InputLabelProps={{ shrink: true }}
          variant="outlined"
          margin="dense"
          error={key === 'to' && Boolean(problem)}
          helperText={key === 'to' ? problem : undefined}
        />
      ))}
      <TimeZoneSelect
        value={zone}
        onChange={next => onChange({ zone: next })}
      />
      <Button
        size="small"
        variant="outlined"
        onClick={() => onChange(defaultKpiDays(todayIn(zone)))}
      >
        {`Last ${DEFAULT_KPI_SPAN_DAYS} days`}
      </Button>
    </ControlGroup>
  );
}
