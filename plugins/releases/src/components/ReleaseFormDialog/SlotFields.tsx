import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import TextField from '@material-ui/core/TextField';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import { DEFAULT_ENVIRONMENTS } from '@stagegate/plugin-releases-common';
import { FieldErrors } from '../../utils';
import { FormSection } from './FormSection';
import { SlotFormValues, emptySlot } from './releaseFormValues';

/**
 * The planned slots of a release, one per environment, with start and end as wall clock
 * times in the viewer's zone, which the labels name.
 *
 * @internal
 */
export function SlotFields(props: {
  idPrefix: string;
  slots: SlotFormValues[];
  zone: string;
  errors: FieldErrors;
  onChange(slots: SlotFormValues[]): void;
}) {
  const { idPrefix, slots, zone, errors, onChange } = props;
  const listId = `${idPrefix}-environments`;
  const change = (index: number, patch: Partial<SlotFormValues>) =>
    onChange(slots.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const nextEnvironment =
    DEFAULT_ENVIRONMENTS.find(e => !slots.some(s => s.environment === e)) ?? '';

  return (
    <FormSection
      title={`Planned slots (times in ${zone})`}
      error={errors.schedule}
    >
      <datalist id={listId}>
        {DEFAULT_ENVIRONMENTS.map(environment => (
          <option key={environment} value={environment} />
        ))}
      </datalist>
      {slots.map((slot, index) => {
        const name = `Slot ${index + 1}`;
        const error = (field: string) => errors[`schedule.${index}.${field}`];
        return (
          <Box
            key={index}
            display="flex"
            alignItems="flex-start"
            flexWrap="wrap"
            style={{ gap: 8 }}
            role="group"
            aria-label={name}
          >
            <TextField
              id={`${idPrefix}-slot-${index}-environment`}
              label={`${name} environment`}
              value={slot.environment}
              onChange={event =>
                change(index, { environment: event.target.value })
              }
              inputProps={{ list: listId }}
              error={Boolean(error('environment'))}
              helperText={error('environment')}
              margin="dense"
              variant="outlined"
            />
            <TextField
              id={`${idPrefix}-slot-${index}-start`}
              type="datetime-local"
              label={`${name} start (${zone})`}
              value={slot.start}
              onChange={event => change(index, { start: event.target.value })}
              InputLabelProps={{ shrink: true }}
              error={Boolean(error('start'))}
              helperText={error('start')}
              margin="dense"
              variant="outlined"
            />
            <TextField
              id={`${idPrefix}-slot-${index}-end`}
              type="datetime-local"
              label={`${name} end (${zone})`}
              value={slot.end}
              onChange={event => change(index, { end: event.target.value })}
              InputLabelProps={{ shrink: true }}
              error={Boolean(error('end'))}
              helperText={error('end')}
              margin="dense"
              variant="outlined"
            />
            <IconButton
              aria-label={`Remove ${name}`}
              onClick={() => onChange(slots.filter((_, i) => i !== index))}
              style={{ marginTop: 8 }}
            >
              <DeleteIcon />
            </IconButton>
          </Box>
        );
      })}
      <Button
        startIcon={<AddIcon />}
        onClick={() => onChange([...slots, emptySlot(nextEnvironment)])}
      >
        Add a slot
      </Button>
    </FormSection>
  );
}
