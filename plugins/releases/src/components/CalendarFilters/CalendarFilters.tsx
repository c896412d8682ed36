import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import InputLabel from '@material-ui/core/InputLabel';
import ListItemText from '@material-ui/core/ListItemText';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import Switch from '@material-ui/core/Switch';
import { ReleaseCategory } from '@stagegate/plugin-releases-common';
import {
  CalendarPageFilters,
  NO_FILTERS,
  activeFilterCount,
} from '../../calendar';
import { ControlGroup } from '../ControlGroup';

/**
 * The values each filter offers.
 *
 * @internal
 */
export interface CalendarFilterOptions {
  system: string[];
  owner: string[];
  environment: string[];
  category: ReleaseCategory[];
  status: string[];
}

const LABELS: Record<keyof CalendarFilterOptions, string> = {
  system: 'System',
  owner: 'Owner',
  environment: 'Environment',
  category: 'Category',
  status: 'Status',
};

const shortRef = (value: string) => value.replace(/^[^:]+:(default\/)?/, '');

// How some values read: systems and owners without kind and default namespace, statuses in
// words.
const OPTION_LABELS: Partial<
  Record<keyof CalendarFilterOptions, (value: string) => string>
> = {
  system: shortRef,
  owner: shortRef,
  status: value => value.replace('_', ' '),
};

function MultiSelect(props: {
  name: keyof CalendarFilterOptions;
  options: string[];
  value: string[];
  onChange(value: string[]): void;
  label?: (value: string) => string;
}) {
  const { name, options, value, onChange } = props;
  const label = props.label ?? ((v: string) => v);
  const id = `release-calendar-filter-${name}`;
  const all = [...new Set([...options, ...value])];
  return (
    <FormControl variant="outlined" margin="dense" style={{ minWidth: 160 }}>
      <InputLabel id={`${id}-label`}>{LABELS[name]}</InputLabel>
      <Select
        labelId={`${id}-label`}
        id={id}
        multiple
        value={value}
        label={LABELS[name]}
        onChange={event => onChange(event.target.value as string[])}
        renderValue={selected =>
          (selected as string[]).length === 0
            ? ''
            : (selected as string[]).map(label).join(', ')
        }
        MenuProps={{ getContentAnchorEl: null }}
      >
        {all.length === 0 && (
          <MenuItem disabled value="">
            Nothing to choose yet
          </MenuItem>
        )}
        {all.map(option => (
          <MenuItem key={option} value={option}>
            <Checkbox checked={value.includes(option)} size="small" />
            <ListItemText primary={label(option)} />
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}

/**
 * Props of {@link CalendarFilters}.
 *
 * @internal
 */
export interface CalendarFiltersProps {
  value: CalendarPageFilters;
  options: CalendarFilterOptions;
  onChange(value: CalendarPageFilters): void;
}

/**
 * The calendar's filters: system, owner, environment, category and status (each a choice
 * of several values), and "conflicts only"; with a button that clears them all.
 *
 * @internal
 */
export function CalendarFilters(props: CalendarFiltersProps) {
  const { value, options, onChange } = props;
  const set = <K extends keyof CalendarPageFilters>(
    key: K,
    next: CalendarPageFilters[K],
  ) => onChange({ ...value, [key]: next });
  const active = activeFilterCount(value);
  return (
    <ControlGroup label="Filters">
      {(Object.keys(LABELS) as Array<keyof CalendarFilterOptions>).map(name => (
        <MultiSelect
          key={name}
          name={name}
          options={options[name]}
          value={value[name]}
          onChange={next => set(name, next as never)}
          label={OPTION_LABELS[name]}
        />
      ))}
      <FormControlLabel
        control={
          <Switch
            checked={value.conflictsOnly}
            onChange={event => set('conflictsOnly', event.target.checked)}
            color="primary"
          />
        }
        label="Conflicts only"
      />
      {active > 0 && (
        <Button size="small" onClick={() => onChange(NO_FILTERS)}>
          {`Clear ${active} filter${active === 1 ? '' : 's'}`}
        </Button>
      )}
    </ControlGroup>
  );
}
