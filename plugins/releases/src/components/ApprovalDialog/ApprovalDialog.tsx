import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import {
  ApprovalDecision,
  ApprovalGate,
  ApprovalRequest,
  Release,
  approvalRequestSchema,
  decidableGates,
} from '@stagegate/plugin-releases-common';
import { useEffect, useState } from 'react';
import { APPROVAL_GATE_LABELS, FieldErrors, validate } from '../../utils';
import { FormDialog } from '../FormDialog';

/**
 * Props of {@link ApprovalDialog}.
 *
 * @internal
 */
export interface ApprovalDialogProps {
  open: boolean;
  release: Release;
  /** The decision the viewer chose to record; they can still change it. */
  decision: ApprovalDecision;
  onClose(): void;
  onSubmit(request: ApprovalRequest): Promise<void>;
  onReload?: () => void;
}

/**
 * Records a decision at a gate: which gate (those open in the release's status), approve or
 * reject, and a comment, which a rejection needs. The backend's refusal (segregation of
 * duties, a gate that refuses) shows in the dialog.
 *
 * @internal
 */
export function ApprovalDialog(props: ApprovalDialogProps) {
  const { open, release, onClose, onSubmit, onReload } = props;
  const gates = decidableGates(release);
  // The latest gate open in this status is the one the release waits for (CAB in readiness).
  const awaitedGate = gates[gates.length - 1] ?? '';
  const [gate, setGate] = useState<ApprovalGate | ''>(awaitedGate);
  const [decision, setDecision] = useState<ApprovalDecision>(props.decision);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const idPrefix = `approval-${release.id}`;

  useEffect(() => {
    if (open) {
      setDecision(props.decision);
      setComment('');
      setErrors({});
    }
  }, [open, props.decision]);

  useEffect(() => {
    if (open) setGate(awaitedGate);
  }, [open, awaitedGate]);

  const submit = async () => {
    const result = validate(approvalRequestSchema, {
      gate: gate || undefined,
      decision,
      comment: comment.trim() || undefined,
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
      title={`Record a decision on ${release.key}`}
      submitLabel={decision === 'approve' ? 'Approve' : 'Reject'}
      onClose={onClose}
      onSubmit={submit}
      onReload={onReload}
      validationAttempt={attempt}
    >
      <TextField
        id={`${idPrefix}-gate`}
        select
        SelectProps={{ native: true }}
        label="Gate"
        value={gate}
        onChange={event => setGate(event.target.value as ApprovalGate)}
        error={Boolean(errors.gate)}
        helperText={errors.gate}
        fullWidth
        margin="dense"
        variant="outlined"
      >
        {gates.length === 0 && <option value="">No gate is open</option>}
        {gates.map(g => (
          <option key={g} value={g}>
            {APPROVAL_GATE_LABELS[g]}
          </option>
        ))}
      </TextField>
      <FormControl component="fieldset" margin="dense">
        <FormLabel component="legend">Decision</FormLabel>
        <RadioGroup
          row
          name={`${idPrefix}-decision`}
          value={decision}
          onChange={event =>
            setDecision(event.target.value as ApprovalDecision)
          }
        >
          <FormControlLabel
            value="approve"
            control={<Radio />}
            label="Approve"
          />
          <FormControlLabel value="reject" control={<Radio />} label="Reject" />
        </RadioGroup>
      </FormControl>
      <TextField
        id={`${idPrefix}-comment`}
        label={decision === 'reject' ? 'Comment (required)' : 'Comment'}
        value={comment}
        onChange={event => setComment(event.target.value)}
        required={decision === 'reject'}
        error={Boolean(errors.comment)}
        helperText={
          errors.comment ??
          (decision === 'reject'
            ? 'What the team has to fix'
            : 'Goes into the approvals of the release')
        }
        fullWidth
        margin="dense"
        variant="outlined"
      />
    </FormDialog>
  );
}
