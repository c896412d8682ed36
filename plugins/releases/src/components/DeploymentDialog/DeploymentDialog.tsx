import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import {
  Release,
  ReleasePatchRequest,
  ScheduleSlot,
  releasePatchSchema,
} from '@stagegate/plugin-releases-common';
import { useEffect, useState } from 'react';
import {
  FieldErrors,
  formatInterval,
  fromDateTimeLocal,
  toDateTimeLocal,
  validate,
  viewerZone,
} from '../../utils';
import { FormDialog } from '../FormDialog';

const SLOT_STATUSES: { value: ScheduleSlot['status']; label: string }[] = [
  { value: 'in_progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
  { value: 'failed', label: 'Failed' },
  { value: 'backed_out', label: 'Backed out' },
];

interface DeploymentForm {
  environment: string;
  actualStart: string;
  actualEnd: string;
  status: ScheduleSlot['status'];
}

function formFor(release: Release, environment?: string): DeploymentForm {
  const slot =
    release.schedule.find(s => s.environment === environment) ??
    release.schedule.find(s => s.status === 'in_progress') ??
    release.schedule.find(s => s.status === 'planned') ??
    release.schedule[0];
  return {
    environment: slot?.environment ?? '',
    actualStart: toDateTimeLocal(slot?.actualStart),
    actualEnd: toDateTimeLocal(slot?.actualEnd),
    // Recording a deployment usually records its end; a finished outcome stays as it was.
    status:
      slot && slot.status !== 'planned' && slot.status !== 'in_progress'
        ? slot.status
        : 'done',
  };
}

/**
 * The release's schedule with one slot's deployment recorded, or the messages by field when
 * the form does not say enough. Times are read in the viewer's zone.
 *
 * @internal
 */
export function deploymentPatch(
  release: Release,
  form: DeploymentForm,
  zone: string = viewerZone(),
): { patch?: ReleasePatchRequest; errors: FieldErrors } {
  const index = release.schedule.findIndex(
    s => s.environment === form.environment,
  );
  const errors: FieldErrors = {};
  if (index < 0) {
    return { errors: { environment: 'Choose the slot that was deployed' } };
  }
  const actualStart = fromDateTimeLocal(form.actualStart, zone);
  const actualEnd = fromDateTimeLocal(form.actualEnd, zone);
  const startKey = `schedule.${index}.actualStart`;
  const endKey = `schedule.${index}.actualEnd`;
  if (!actualStart) {
    errors[
      startKey
    ] = `Give the time the deployment started, in your time zone (${zone})`;
  }
  if (!actualEnd && form.status !== 'in_progress') {
    errors[
      endKey
    ] = `Give the time the deployment ended, in your time zone (${zone}), or mark it in progress`;
  }
  if (
    actualStart &&
    actualEnd &&
    Date.parse(actualEnd) < Date.parse(actualStart)
  ) {
    errors[endKey] = 'The deployment must end after it starts';
  }
  const schedule = release.schedule.map((slot, i) => {
    if (i !== index) return slot;
    const next: ScheduleSlot = { ...slot, status: form.status };
    if (actualStart) next.actualStart = actualStart;
    if (actualEnd) next.actualEnd = actualEnd;
    else delete next.actualEnd;
    return next;
  });
  const result = validate(releasePatchSchema, {
    schedule,
    revision: release.revision,
  });
  const all = { ...result.errors, ...errors };
  if (Object.keys(all).length > 0) return { errors: all };
  return { patch: result.data, errors: {} };
}

/**
 * Props of {@link DeploymentDialog}.
 *
 * @internal
 */
export interface DeploymentDialogProps {
  open: boolean;
  release: Release;
  onClose(): void;
  onSubmit(patch: ReleasePatchRequest): Promise<void>;
  onReload?: () => void;
}

/**
 * Records a deployment against a planned slot: when it actually started and ended (in the
 * viewer's zone) and how it went. It changes the release's schedule, based on the revision
 * the viewer saw.
 *
 * @internal
 */
export function DeploymentDialog(props: DeploymentDialogProps) {
  const { open, release, onClose, onSubmit, onReload } = props;
  const zone = viewerZone();
  const [form, setForm] = useState<DeploymentForm>(() => formFor(release));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const idPrefix = `deployment-${release.id}`;

  useEffect(() => {
    if (open) {
      setForm(formFor(release));
      setErrors({});
    }
    // Only a newly opened dialog starts over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const index = release.schedule.findIndex(
    s => s.environment === form.environment,
  );
  const slot = release.schedule[index];
  const startError = errors[`schedule.${index}.actualStart`];
  const endError = errors[`schedule.${index}.actualEnd`];
  const statusError = errors[`schedule.${index}.status`];

  const submit = async () => {
    const { patch, errors: found } = deploymentPatch(release, form, zone);
    if (!patch) {
      setErrors(found);
      setAttempt(a => a + 1);
      return;
    }
    setErrors({});
    await onSubmit(patch);
  };

  return (
    <FormDialog
      open={open}
      title={`Record a deployment of ${release.key}`}
      submitLabel="Record deployment"
      onClose={onClose}
      onSubmit={submit}
      onReload={onReload}
      staleOnConflict
      validationAttempt={attempt}
    >
      <TextField
        id={`${idPrefix}-environment`}
        select
        SelectProps={{ native: true }}
        label="Environment"
        value={form.environment}
        onChange={event => setForm(formFor(release, event.target.value))}
        error={Boolean(errors.environment)}
        helperText={
          errors.environment ??
          (slot && `Planned: ${formatInterval(slot.start, slot.end)}`)
        }
        fullWidth
        margin="dense"
        variant="outlined"
      >
        {release.schedule.map(s => (
          <option key={s.environment} value={s.environment}>
            {s.environment}
          </option>
        ))}
      </TextField>
      <TextField
        id={`${idPrefix}-start`}
        type="datetime-local"
        label={`Actual start (${zone})`}
        value={form.actualStart}
        onChange={event =>
          setForm(f => ({ ...f, actualStart: event.target.value }))
        }
        InputLabelProps={{ shrink: true }}
        error={Boolean(startError)}
        helperText={startError}
        fullWidth
        margin="dense"
        variant="outlined"
      />
      <TextField
        id={`${idPrefix}-end`}
        type="datetime-local"
        label={`Actual end (${zone})`}
        value={form.actualEnd}
        onChange={event =>
          setForm(f => ({ ...f, actualEnd: event.target.value }))
        }
        InputLabelProps={{ shrink: true }}
        error={Boolean(endError)}
        helperText={endError ?? 'Leave empty while the deployment runs'}
        fullWidth
        margin="dense"
        variant="outlined"
      />
      <TextField
        id={`${idPrefix}-status`}
        select
        SelectProps={{ native: true }}
        label="Outcome"
        value={form.status}
        onChange={event =>
          setForm(f => ({
            ...f,
            status: event.target.value as ScheduleSlot['status'],
          }))
        }
        error={Boolean(statusError)}
        helperText={statusError}
        fullWidth
        margin="dense"
        variant="outlined"
      >
        {SLOT_STATUSES.map(s => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </TextField>
      {errors[''] && (
        <Typography color="error" variant="body2">
          {errors['']}
        </Typography>
      )}
    </FormDialog>
  );
}
