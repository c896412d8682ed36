import TextField from '@material-ui/core/TextField';
import {
  PIR_OUTCOMES,
  PirOutcome,
  Release,
  ReleasePatchRequest,
  releasePatchSchema,
} from '@stagegate/plugin-releases-common';
import { useEffect, useState } from 'react';
import { FieldErrors, validate } from '../../utils';
import { FormDialog } from '../FormDialog';

const OUTCOME_LABELS: Record<PirOutcome['outcome'], string> = {
  successful: 'Successful',
  partial: 'Partially successful',
  failed: 'Failed',
};

/**
 * Props of {@link PirDialog}.
 *
 * @internal
 */
export interface PirDialogProps {
  open: boolean;
  release: Release;
  onClose(): void;
  onSubmit(patch: ReleasePatchRequest): Promise<void>;
  onReload?: () => void;
}

/**
 * Records the post-implementation review: its outcome and what was learned. A release
 * cannot close without one.
 *
 * @internal
 */
export function PirDialog(props: PirDialogProps) {
  const { open, release, onClose, onSubmit, onReload } = props;
  const [outcome, setOutcome] = useState<PirOutcome['outcome']>('successful');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const idPrefix = `pir-${release.id}`;

  useEffect(() => {
    if (open) {
      setOutcome(release.pirOutcome?.outcome ?? 'successful');
      setNotes(release.pirOutcome?.notes ?? '');
      setErrors({});
    }
    // Only a newly opened dialog starts over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const submit = async () => {
    const result = validate(releasePatchSchema, {
      pirOutcome: { outcome, notes },
      revision: release.revision,
    });
    if (!result.data) {
      setErrors(result.errors);
      setAttempt(a => a + 1);
      return;
    }
    setErrors({});
    await onSubmit(result.data);
  };

  return (
    <FormDialog
      open={open}
      title={`Post-implementation review of ${release.key}`}
      submitLabel="Record review"
      onClose={onClose}
      onSubmit={submit}
      onReload={onReload}
      staleOnConflict
      validationAttempt={attempt}
    >
      <TextField
        id={`${idPrefix}-outcome`}
        select
        SelectProps={{ native: true }}
        label="Outcome"
        value={outcome}
        onChange={event =>
          setOutcome(event.target.value as PirOutcome['outcome'])
        }
        error={Boolean(errors['pirOutcome.outcome'])}
        helperText={errors['pirOutcome.outcome']}
        fullWidth
        margin="dense"
        variant="outlined"
      >
        {PIR_OUTCOMES.map(o => (
          <option key={o} value={o}>
            {OUTCOME_LABELS[o]}
          </option>
        ))}
      </TextField>
      <TextField
        id={`${idPrefix}-notes`}
        label="Notes (required)"
        value={notes}
        onChange={event => setNotes(event.target.value)}
        required
        multiline
        minRows={3}
        error={Boolean(errors['pirOutcome.notes'])}
        helperText={
          errors['pirOutcome.notes'] ?? 'What went well, what to learn'
        }
        fullWidth
        margin="dense"
        variant="outlined"
      />
    </FormDialog>
  );
}
