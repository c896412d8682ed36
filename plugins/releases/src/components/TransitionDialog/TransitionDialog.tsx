import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import {
  Release,
  TransitionPreview,
  TransitionRequest,
  releaseStatusLabel,
  transitionRequestSchema,
} from '@stagegate/plugin-releases-common';
import { useEffect, useState } from 'react';
import { FieldErrors, validate } from '../../utils';
import { FormDialog } from '../FormDialog';

/**
 * Props of {@link TransitionDialog}.
 *
 * @internal
 */
export interface TransitionDialogProps {
  open: boolean;
  release: Release;
  preview: TransitionPreview;
  /** What the move is called, such as "Put on hold". */
  title: string;
  onClose(): void;
  onSubmit(request: TransitionRequest): Promise<void>;
  onReload?: () => void;
}

/**
 * Asks for the reason of a move off the main line (hold, cancel, back out, fail, send back)
 * or of any move that needs one, and sends it with the revision the viewer saw.
 *
 * @internal
 */
export function TransitionDialog(props: TransitionDialogProps) {
  const { open, release, preview, title, onClose, onSubmit, onReload } = props;
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (open) {
      setReason('');
      setErrors({});
    }
  }, [open]);

  const submit = async () => {
    const result = validate(transitionRequestSchema, {
      to: preview.to,
      reason: reason.trim() || undefined,
      revision: release.revision,
    });
    const fieldErrors: FieldErrors = { ...result.errors };
    if (preview.needsReason && !reason.trim() && !fieldErrors.reason) {
      fieldErrors.reason = `Give a reason for moving the release to ${releaseStatusLabel(
        preview.to,
      )}; it goes into the history`;
    }
    if (!result.data || Object.keys(fieldErrors).length > 0) {
      setErrors(fieldErrors);
      setAttempt(a => a + 1);
      return;
    }
    setErrors({});
    await onSubmit(result.data);
  };

  return (
    <FormDialog
      open={open}
      title={`${title}: ${release.title}`}
      submitLabel={title}
      onClose={onClose}
      onSubmit={submit}
      onReload={onReload}
      validationAttempt={attempt}
    >
      <Typography variant="body2" gutterBottom>
        {`${release.key} moves from ${releaseStatusLabel(
          release.status,
        )} to ${releaseStatusLabel(preview.to)}.`}
      </Typography>
      <TextField
        id={`transition-reason-${release.id}`}
        label={preview.needsReason ? 'Reason (required)' : 'Reason'}
        value={reason}
        onChange={event => setReason(event.target.value)}
        required={preview.needsReason}
        error={Boolean(errors.reason)}
        helperText={errors.reason ?? 'Goes into the history of the release'}
        fullWidth
        margin="dense"
        variant="outlined"
      />
      {errors[''] && (
        <Typography color="error" variant="body2">
          {errors['']}
        </Typography>
      )}
    </FormDialog>
  );
}
