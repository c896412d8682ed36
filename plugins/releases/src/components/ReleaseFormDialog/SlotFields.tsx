import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import TextField from '@material-ui/core/TextField';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import EventAvailableIcon from '@material-ui/icons/EventAvailable';
import {
  DEFAULT_ENVIRONMENTS,
  ReleaseCategory,
} from '@stagegate/plugin-releases-common';
import { useState } from 'react';
import { SlotSuggestionRequest } from '../../api';
import { FieldErrors, toDateTimeLocal } from '../../utils';
import { FormSection } from './FormSection';
import { SlotFormValues, emptySlot, slotDuration } from './releaseFormValues';
import { SuggestSlotDialog } from './SuggestSlotDialog';

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
  /** What a slot suggestion is for: the release's CIs, category and owner. */
  suggestFor?: {
    entityRefs: string[];
    category: ReleaseCategory;
    owner?: string;
    /** The release being edited: its own slots are not in the way. */
    releaseId?: string;
  };
}) {
  const { idPrefix, slots, zone, errors, onChange, suggestFor } = props;
  const [suggesting, setSuggesting] = useState<{
    index: number;
    request: Omit<SlotSuggestionRequest, 'count'>;
  }>();
  const refs = suggestFor?.entityRefs.filter(ref => ref.trim() !== '') ?? [];
  const suggest = (index: number) => {
    if (!suggestFor) return;
    const slot = slots[index];
    setSuggesting({
      index,
      request: {
        entityRefs: refs,
        environment: slot.environment.trim(),
        duration: slotDuration(slot, zone),
        category: suggestFor.category,
        owner: suggestFor.owner?.trim() || undefined,
        excludeReleaseId: suggestFor.releaseId,
      },
    });
  };
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
            {suggestFor && (
              <Button
                startIcon={<EventAvailableIcon />}
                onClick={() => suggest(index)}
                disabled={refs.length === 0 || slot.environment.trim() === ''}
                aria-label={`Suggest a slot for ${name}`}
                style={{ marginTop: 12 }}
              >
                Suggest a slot
              </Button>
            )}
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
      {suggesting && (
        <SuggestSlotDialog
          request={suggesting.request}
          zone={zone}
          onClose={() => setSuggesting(undefined)}
          onPick={picked => {
            change(suggesting.index, {
              start: toDateTimeLocal(picked.start, zone),
              end: toDateTimeLocal(picked.end, zone),
            });
            setSuggesting(undefined);
          }}
        />
      )}
    </FormSection>
  );
}
