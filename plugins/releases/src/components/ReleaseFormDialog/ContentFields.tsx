import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import TextField from '@material-ui/core/TextField';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import {
  CONTENT_ITEM_KINDS,
  ContentItem,
} from '@stagegate/plugin-releases-common';
import { FieldErrors } from '../../utils';
import { FormSection } from './FormSection';
import { ContentFormValues, emptyContentItem } from './releaseFormValues';

/**
 * The contents of a release (its version description document): name, version, kind and,
 * for artifacts, the checksum.
 *
 * @internal
 */
export function ContentFields(props: {
  idPrefix: string;
  items: ContentFormValues[];
  errors: FieldErrors;
  onChange(items: ContentFormValues[]): void;
}) {
  const { idPrefix, items, errors, onChange } = props;
  const change = (index: number, patch: Partial<ContentFormValues>) =>
    onChange(items.map((s, i) => (i === index ? { ...s, ...patch } : s)));

  return (
    <FormSection title="Contents (VDD)" error={errors.contents}>
      {items.map((item, index) => {
        const name = `Item ${index + 1}`;
        const error = (field: string) => errors[`contents.${index}.${field}`];
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
              id={`${idPrefix}-item-${index}-name`}
              label={`${name} name`}
              value={item.name}
              onChange={event => change(index, { name: event.target.value })}
              error={Boolean(error('name'))}
              helperText={error('name')}
              margin="dense"
              variant="outlined"
            />
            <TextField
              id={`${idPrefix}-item-${index}-version`}
              label={`${name} version`}
              value={item.version}
              onChange={event => change(index, { version: event.target.value })}
              error={Boolean(error('version'))}
              helperText={error('version')}
              margin="dense"
              variant="outlined"
            />
            <TextField
              id={`${idPrefix}-item-${index}-kind`}
              select
              SelectProps={{ native: true }}
              label={`${name} kind`}
              value={item.kind}
              onChange={event =>
                change(index, {
                  kind: event.target.value as ContentItem['kind'],
                })
              }
              error={Boolean(error('kind'))}
              helperText={error('kind')}
              margin="dense"
              variant="outlined"
            >
              {CONTENT_ITEM_KINDS.map(kind => (
                <option key={kind} value={kind}>
                  {kind}
                </option>
              ))}
            </TextField>
            <TextField
              id={`${idPrefix}-item-${index}-checksum`}
              label={`${name} checksum`}
              value={item.checksum}
              onChange={event =>
                change(index, { checksum: event.target.value })
              }
              error={Boolean(error('checksum'))}
              helperText={
                error('checksum') ??
                (item.kind === 'artifact'
                  ? 'Such as sha256:9f86d08…'
                  : undefined)
              }
              margin="dense"
              variant="outlined"
              style={{ flexGrow: 1 }}
            />
            <IconButton
              aria-label={`Remove ${name}`}
              onClick={() => onChange(items.filter((_, i) => i !== index))}
              style={{ marginTop: 8 }}
            >
              <DeleteIcon />
            </IconButton>
          </Box>
        );
      })}
      <Button
        startIcon={<AddIcon />}
        onClick={() => onChange([...items, emptyContentItem()])}
      >
        Add an item
      </Button>
    </FormSection>
  );
}
