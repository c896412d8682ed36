import { useApi } from '@backstage/core-plugin-api';
import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormHelperText from '@material-ui/core/FormHelperText';
import InputLabel from '@material-ui/core/InputLabel';
import ListItemText from '@material-ui/core/ListItemText';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import useAsync from 'react-use/esm/useAsync';
import { releasesApiRef } from '../../api';
import { errorMessage, shortRef } from '../../utils';

/**
 * Props of {@link DistributionListField}.
 *
 * @internal
 */
export interface DistributionListFieldProps {
  id: string;
  value: string[];
  error?: string;
  onChange(value: string[]): void;
}

/**
 * Chooses the distribution lists that get a release's notifications, from the lists the
 * backend has configured; each shows who is on it. A list chosen earlier that is no longer
 * configured stays shown, so that it can be removed.
 *
 * @internal
 */
export function DistributionListField(props: DistributionListFieldProps) {
  const { id, value, error, onChange } = props;
  const releasesApi = useApi(releasesApiRef);
  const lists = useAsync(
    () => releasesApi.listDistributionLists(),
    [releasesApi],
  );
  const configured = lists.value ?? [];
  const members = new Map(configured.map(list => [list.name, list.members]));
  const names = [...new Set([...configured.map(list => list.name), ...value])];
  const loadError = lists.error
    ? `The distribution lists could not be loaded: ${errorMessage(lists.error)}`
    : undefined;
  const none =
    !lists.loading && !lists.error && names.length === 0
      ? 'No distribution lists are configured.'
      : undefined;
  const help =
    error ??
    loadError ??
    none ??
    'They get the notifications of this release, besides its owner and watchers.';

  return (
    <FormControl
      variant="outlined"
      margin="dense"
      fullWidth
      error={Boolean(error || loadError)}
      disabled={names.length === 0}
    >
      <InputLabel id={`${id}-label`}>Distribution lists</InputLabel>
      <Select
        labelId={`${id}-label`}
        id={id}
        multiple
        value={value}
        label="Distribution lists"
        onChange={event => onChange(event.target.value as string[])}
        renderValue={selected => (selected as string[]).join(', ')}
        aria-describedby={`${id}-help`}
        MenuProps={{ getContentAnchorEl: null }}
      >
        {names.map(name => (
          <MenuItem key={name} value={name}>
            <Checkbox checked={value.includes(name)} size="small" />
            <ListItemText
              primary={name}
              secondary={
                members.has(name)
                  ? members.get(name)!.map(shortRef).join(', ')
                  : 'no longer configured'
              }
            />
          </MenuItem>
        ))}
      </Select>
      <FormHelperText id={`${id}-help`}>{help}</FormHelperText>
    </FormControl>
  );
}
