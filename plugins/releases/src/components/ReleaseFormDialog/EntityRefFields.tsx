import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import TextField from '@material-ui/core/TextField';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import { FieldErrors } from '../../utils';
import { FormSection } from './FormSection';

/**
 * The CIs of a release as entity refs: the first is primary; more can be added.
 *
 * @internal
 */
export function EntityRefFields(props: {
  idPrefix: string;
  refs: string[];
  errors: FieldErrors;
  onChange(refs: string[]): void;
}) {
  const { idPrefix, refs, errors, onChange } = props;
  return (
    <FormSection title="Configuration items" error={errors.entityRefs}>
      {refs.map((ref, index) => {
        const label =
          index === 0
            ? 'Primary CI (entity ref)'
            : `CI ${index + 1} (entity ref)`;
        return (
          <Box key={index} display="flex" alignItems="flex-start">
            <TextField
              id={`${idPrefix}-ci-${index}`}
              label={label}
              value={ref}
              onChange={event =>
                onChange(
                  refs.map((r, i) => (i === index ? event.target.value : r)),
                )
              }
              error={Boolean(errors[`entityRefs.${index}`])}
              helperText={
                errors[`entityRefs.${index}`] ??
                (index === 0 ? 'Such as component:default/payments' : undefined)
              }
              fullWidth
              margin="dense"
              variant="outlined"
            />
            <IconButton
              aria-label={`Remove ${label}`}
              onClick={() => onChange(refs.filter((_, i) => i !== index))}
              style={{ marginTop: 8 }}
            >
              <DeleteIcon />
            </IconButton>
          </Box>
        );
      })}
      <Button startIcon={<AddIcon />} onClick={() => onChange([...refs, ''])}>
        Add a CI
      </Button>
    </FormSection>
  );
}
