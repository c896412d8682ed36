import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import TextField, { TextFieldProps } from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import {
  RELEASE_CATEGORIES,
  RELEASE_UNIT_TYPES,
  Release,
  ReleaseCategory,
  ReleaseCreateRequest,
  ReleasePatchRequest,
  ReleaseUnitType,
  checkEditableFields,
} from '@stagegate/plugin-releases-common';
import { useEffect, useMemo, useState } from 'react';
import {
  FieldErrors,
  categoryLabel,
  unitTypeLabel,
  viewerZone,
} from '../../utils';
import { FormDialog } from '../FormDialog';
import { ContentFields } from './ContentFields';
import { DistributionListField } from './DistributionListField';
import { EntityRefFields } from './EntityRefFields';
import { FormSection } from './FormSection';
import { SlotFields } from './SlotFields';
import {
  ReleaseFormValues,
  newReleaseValues,
  releaseValues,
  validateCreate,
  validatePatch,
} from './releaseFormValues';

const SHOWN = new Set([
  'title',
  'description',
  'unitType',
  'category',
  'version',
  'owner',
  'rfc.id',
  'rfc.url',
  'testPlan',
  'backoutPlan.steps',
  'backoutPlan.tested',
  'acceptanceCriteria',
  'knownErrors',
  'entityRefs',
  'schedule',
  'contents',
  'distributionLists',
]);
const SHOWN_PATTERN =
  /^(distributionLists\.\d+|entityRefs\.\d+|schedule\.\d+\.(environment|start|end)|contents\.\d+\.(name|version|kind|checksum))$/;

// Where the form shows a message about a whole field of the request.
const FIELD_ERROR_KEYS: Record<string, string> = {
  rfc: 'rfc.id',
  backoutPlan: 'backoutPlan.steps',
};

/**
 * The fields of an edit that may not change in the release's status (after approval, only
 * the record of what happened may), by the key where the form shows them.
 *
 * @internal
 */
export function lockedFieldErrors(
  release: Release,
  patch: Record<string, unknown>,
): FieldErrors {
  const fields = Object.keys(patch).filter(field => field !== 'revision');
  const errors: FieldErrors = {};
  for (const failure of checkEditableFields(release.status, fields)) {
    const field = failure.field ?? '';
    errors[FIELD_ERROR_KEYS[field] ?? field] = failure.message;
  }
  return errors;
}

/** Messages the fields do not show, such as one about the whole request. */
function otherErrors(errors: FieldErrors): string[] {
  return Object.entries(errors)
    .filter(([key]) => !SHOWN.has(key) && !SHOWN_PATTERN.test(key))
    .map(([key, message]) => (key ? `${key}: ${message}` : message));
}

/**
 * Props of {@link ReleaseFormDialog}: either a new release of an entity, or an edit of a
 * release.
 *
 * @internal
 */
export type ReleaseFormDialogProps = {
  open: boolean;
  onClose(): void;
  onReload?: () => void;
} & (
  | {
      release?: undefined;
      /** The entity the release is planned for, its first CI. */
      entityRef: string;
      /** The owner to suggest, such as the entity's owner. */
      defaultOwner?: string;
      onCreate(request: ReleaseCreateRequest): Promise<void>;
    }
  | {
      release: Release;
      onUpdate(request: ReleasePatchRequest): Promise<void>;
    }
);

/**
 * The release form, to plan a release or edit one: every editable field, validated with the
 * shared schemas (`releaseCreateSchema`, or `releasePatchSchema` with the revision), each
 * message next to its field. Slot times are wall clock times in the viewer's zone, sent in
 * UTC. Enter in a one-line field submits, Escape closes.
 *
 * @internal
 */
export function ReleaseFormDialog(props: ReleaseFormDialogProps) {
  const { open, onClose, onReload } = props;
  const zone = viewerZone();
  const editing = props.release;
  const createRef = props.release ? undefined : props.entityRef;
  const createOwner = props.release ? undefined : props.defaultOwner;
  const initial = useMemo(
    () =>
      editing
        ? releaseValues(editing, zone)
        : newReleaseValues({ entityRef: createRef ?? '', owner: createOwner }),
    [editing, createRef, createOwner, zone],
  );
  const [values, setValues] = useState<ReleaseFormValues>(initial);
  // What the form started from: an edit is based on the revision it was opened with, even
  // when a newer one arrives meanwhile, so that a stale edit is refused, never overwrites.
  const [base, setBase] = useState({
    values: initial,
    revision: editing?.revision ?? 0,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const idPrefix = `release-form-${editing?.id ?? 'new'}`;

  useEffect(() => {
    if (open) {
      setValues(initial);
      setBase({ values: initial, revision: editing?.revision ?? 0 });
      setErrors({});
    }
    // A newly opened form starts from the release as it is now.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const set = <K extends keyof ReleaseFormValues>(
    key: K,
    value: ReleaseFormValues[K],
  ) => setValues(v => ({ ...v, [key]: value }));

  const text = (
    key:
      | 'title'
      | 'description'
      | 'version'
      | 'owner'
      | 'rfcId'
      | 'rfcUrl'
      | 'testPlan'
      | 'backoutSteps'
      | 'acceptanceCriteria'
      | 'knownErrors',
    label: string,
    errorKey: string,
    extra: Partial<TextFieldProps> = {},
  ) => (
    <TextField
      id={`${idPrefix}-${key}`}
      label={label}
      value={values[key]}
      onChange={event => set(key, event.target.value)}
      error={Boolean(errors[errorKey])}
      fullWidth
      margin="dense"
      variant="outlined"
      {...extra}
      helperText={errors[errorKey] ?? extra.helperText}
    />
  );

  const submit = async () => {
    if (props.release) {
      const result = validatePatch(values, base.values, base.revision, zone);
      const locked = result.body
        ? lockedFieldErrors(props.release, result.body)
        : {};
      if (!result.body || Object.keys(locked).length > 0) {
        setErrors({ ...result.errors, ...locked });
        setAttempt(a => a + 1);
        return;
      }
      setErrors({});
      await props.onUpdate(result.body);
      return;
    }
    const result = validateCreate(values, zone);
    if (!result.body) {
      setErrors(result.errors);
      setAttempt(a => a + 1);
      return;
    }
    setErrors({});
    await props.onCreate(result.body);
  };

  const others = otherErrors(errors);

  return (
    <FormDialog
      open={open}
      title={editing ? `Edit ${editing.key}` : 'Plan a release'}
      submitLabel={editing ? 'Save' : 'Plan release'}
      onClose={onClose}
      onSubmit={submit}
      onReload={onReload}
      staleOnConflict={Boolean(editing)}
      validationAttempt={attempt}
      maxWidth="md"
    >
      {others.length > 0 && (
        <div role="alert">
          {others.map(message => (
            <Typography key={message} color="error" variant="body2">
              {message}
            </Typography>
          ))}
        </div>
      )}
      <FormSection title="Release">
        {text('title', 'Title (required)', 'title', { required: true })}
        {text('description', 'Description', 'description', {
          multiline: true,
          minRows: 2,
        })}
        <Grid container spacing={2}>
          <Grid item xs={12} sm={4}>
            <TextField
              id={`${idPrefix}-unitType`}
              select
              SelectProps={{ native: true }}
              label="Unit type"
              value={values.unitType}
              onChange={event =>
                set('unitType', event.target.value as ReleaseUnitType)
              }
              error={Boolean(errors.unitType)}
              helperText={errors.unitType}
              fullWidth
              margin="dense"
              variant="outlined"
            >
              {RELEASE_UNIT_TYPES.map(type => (
                <option key={type} value={type}>
                  {unitTypeLabel(type)}
                </option>
              ))}
            </TextField>
          </Grid>
          <Grid item xs={12} sm={4}>
            <TextField
              id={`${idPrefix}-category`}
              select
              SelectProps={{ native: true }}
              label="Category"
              value={values.category}
              onChange={event =>
                set('category', event.target.value as ReleaseCategory)
              }
              error={Boolean(errors.category)}
              helperText={errors.category}
              fullWidth
              margin="dense"
              variant="outlined"
            >
              {RELEASE_CATEGORIES.map(category => (
                <option key={category} value={category}>
                  {categoryLabel(category)}
                </option>
              ))}
            </TextField>
          </Grid>
          <Grid item xs={12} sm={4}>
            {text('version', 'Version', 'version')}
          </Grid>
        </Grid>
        {text('owner', 'Release owner (user or group entity ref)', 'owner', {
          helperText: 'Such as group:default/payments-team',
        })}
      </FormSection>
      <EntityRefFields
        idPrefix={idPrefix}
        refs={values.entityRefs}
        errors={errors}
        onChange={refs => set('entityRefs', refs)}
      />
      <FormSection title="Request for change">
        <Grid container spacing={2}>
          <Grid item xs={12} sm={4}>
            {text('rfcId', 'RFC id', 'rfc.id')}
          </Grid>
          <Grid item xs={12} sm={8}>
            {text('rfcUrl', 'RFC url', 'rfc.url', { type: 'url' })}
          </Grid>
        </Grid>
      </FormSection>
      <SlotFields
        idPrefix={idPrefix}
        slots={values.schedule}
        zone={zone}
        errors={errors}
        onChange={slots => set('schedule', slots)}
        suggestFor={{
          entityRefs: values.entityRefs,
          category: values.category,
          owner: values.owner,
          releaseId: editing?.id,
        }}
      />
      <ContentFields
        idPrefix={idPrefix}
        items={values.contents}
        errors={errors}
        onChange={items => set('contents', items)}
      />
      <FormSection title="Testing and backout">
        {text('testPlan', 'Test plan', 'testPlan', {
          multiline: true,
          minRows: 2,
        })}
        {text('backoutSteps', 'Backout plan', 'backoutPlan.steps', {
          multiline: true,
          minRows: 2,
          helperText: 'How to restore the previous state',
        })}
        <FormControlLabel
          control={
            <Checkbox
              id={`${idPrefix}-backoutTested`}
              checked={values.backoutTested}
              onChange={event => set('backoutTested', event.target.checked)}
            />
          }
          label="The backout plan was tested"
        />
        {errors['backoutPlan.tested'] && (
          <Typography color="error" variant="body2">
            {errors['backoutPlan.tested']}
          </Typography>
        )}
        {text(
          'acceptanceCriteria',
          'Acceptance criteria',
          'acceptanceCriteria',
          { multiline: true, minRows: 2 },
        )}
        {text('knownErrors', 'Known errors', 'knownErrors', {
          multiline: true,
          minRows: 2,
        })}
      </FormSection>
      <FormSection title="Notifications">
        <DistributionListField
          id={`${idPrefix}-distributionLists`}
          value={values.distributionLists}
          error={
            errors.distributionLists ??
            Object.entries(errors).find(([key]) =>
              key.startsWith('distributionLists.'),
            )?.[1]
          }
          onChange={lists => set('distributionLists', lists)}
        />
      </FormSection>
    </FormDialog>
  );
}
