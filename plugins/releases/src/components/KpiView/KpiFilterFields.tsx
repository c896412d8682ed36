import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import {
  RELEASE_CATEGORIES,
  ReleaseCategory,
} from '@stagegate/plugin-releases-common';
import { categoryLabel, shortRef } from '../../utils';
import { ControlGroup } from '../ControlGroup';
import { KpiFilterOptions } from './useKpiFilterOptions';

/**
 * The KPI filters: one system, one owner and one category, or any.
 *
 * @internal
 */
export interface KpiFilterValues {
  system?: string;
  owner?: string;
  category?: ReleaseCategory;
}

function FilterSelect(props: {
  name: keyof KpiFilterValues;
  label: string;
  value?: string;
  options: string[];
  optionLabel(value: string): string;
  onChange(value: string | undefined): void;
}) {
  const { name, label, value, options, optionLabel, onChange } = props;
  const all = value && !options.includes(value) ? [value, ...options] : options;
  return (
    <TextField
      id={`release-kpis-${name}`}
      select
      SelectProps={{ native: true }}
      label={label}
      value={value ?? ''}
      onChange={event => onChange(event.target.value || undefined)}
      variant="outlined"
      margin="dense"
      style={{ minWidth: 180 }}
      InputLabelProps={{ shrink: true }}
    >
      <option value="">Any</option>
      {all.map(option => (
        <option key={option} value={option}>
          {optionLabel(option)}
        </option>
      ))}
    </TextField>
  );
}

/**
 * Props of {@link KpiFilterFields}.
 *
 * @internal
 */
export interface KpiFilterFieldsProps {
  value: KpiFilterValues;
  options: KpiFilterOptions;
  onChange(value: KpiFilterValues): void;
}

/**
 * Narrows the KPIs to the releases of one system, one owner or one category, with a button
 * that clears the filters.
 *
 * @internal
 */
export function KpiFilterFields(props: KpiFilterFieldsProps) {
  const { value, options, onChange } = props;
  const active = [value.system, value.owner, value.category].filter(
    Boolean,
  ).length;
  return (
    <ControlGroup label="Filters">
      <FilterSelect
        name="system"
        label="System"
        value={value.system}
        options={options.systems}
        optionLabel={shortRef}
        onChange={system => onChange({ ...value, system })}
      />
      <FilterSelect
        name="owner"
        label="Owner"
        value={value.owner}
        options={options.owners}
        optionLabel={shortRef}
        onChange={owner => onChange({ ...value, owner })}
      />
      <FilterSelect
        name="category"
        label="Category"
        value={value.category}
        options={[...RELEASE_CATEGORIES]}
        optionLabel={c => categoryLabel(c as ReleaseCategory)}
        onChange={category =>
          onChange({ ...value, category: category as ReleaseCategory })
        }
      />
      {active > 0 && (
        <Button size="small" onClick={() => onChange({})}>
          {`Clear ${active} filter${active === 1 ? '' : 's'}`}
        </Button>
      )}
    </ControlGroup>
  );
}
