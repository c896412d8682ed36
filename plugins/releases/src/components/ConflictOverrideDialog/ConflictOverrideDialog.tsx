import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import {
  Conflict,
  Release,
  conflictOverrideRequestSchema,
} from '@stagegate/plugin-releases-common';
import { useEffect, useState } from 'react';
import { ConflictOverrideRequest } from '../../api';
import { FieldErrors, validate } from '../../utils';
import { FormDialog } from '../FormDialog';

/**
 * Props of {@link ConflictOverrideDialog}.
 *
 * @internal
 */
export interface ConflictOverrideDialogProps {
  open: boolean;
  release: Release;
  /** The blocking conflicts that no override covers yet. */
  conflicts: Conflict[];
  onClose(): void;
  onSubmit(request: ConflictOverrideRequest): Promise<void>;
  onReload?: () => void;
}

/**
 * Records an override of blocking conflicts: which ones (all, unless unticked) and why. The
 * reason goes into the release's history.
 *
 * @internal
 */
export function ConflictOverrideDialog(props: ConflictOverrideDialogProps) {
  const { open, release, conflicts, onClose, onSubmit, onReload } = props;
  const [chosen, setChosen] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (open) {
      setChosen(conflicts.map(c => c.id));
      setReason('');
      setErrors({});
    }
    // A newly opened dialog starts with every blocking conflict ticked.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const submit = async () => {
    const result = validate(conflictOverrideRequestSchema, {
      conflictIds: chosen,
      reason,
      revision: release.revision,
    });
    if (!result.data) {
      setErrors(result.errors ?? {});
      setAttempt(a => a + 1);
      return;
    }
    setErrors({});
    await onSubmit(result.data);
  };

  const toggle = (id: string, on: boolean) =>
    setChosen(current =>
      on ? [...current, id] : current.filter(other => other !== id),
    );

  return (
    <FormDialog
      open={open}
      title={`Override conflicts: ${release.title}`}
      submitLabel="Override"
      onClose={onClose}
      onSubmit={submit}
      onReload={onReload}
      staleOnConflict
      validationAttempt={attempt}
      maxWidth="md"
    >
      <Typography variant="body2" gutterBottom>
        {`These conflicts block ${release.key} at the CAB. An override lets it be approved
        anyway; it is recorded with your name and reason.`}
      </Typography>
      <FormGroup aria-label="Blocking conflicts">
        {conflicts.map(conflict => (
          <FormControlLabel
            key={conflict.id}
            control={
              <Checkbox
                checked={chosen.includes(conflict.id)}
                onChange={event => toggle(conflict.id, event.target.checked)}
              />
            }
            label={conflict.message}
          />
        ))}
      </FormGroup>
      {errors.conflictIds && (
        <Typography color="error" variant="body2" role="alert">
          {errors.conflictIds}
        </Typography>
      )}
      <TextField
        id={`conflict-override-reason-${release.id}`}
        label="Reason (required)"
        value={reason}
        onChange={event => setReason(event.target.value)}
        error={Boolean(errors.reason)}
        helperText={
          errors.reason ?? 'Such as: the CAB accepted the risk on 2 Dec'
        }
        fullWidth
        multiline
        minRows={2}
        margin="dense"
        variant="outlined"
        required
      />
    </FormDialog>
  );
}
