import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import IconButton from '@material-ui/core/IconButton';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import {
  DEFAULT_ENVIRONMENTS,
  Release,
  TestResultsRequest,
  testResultsRequestSchema,
} from '@stagegate/plugin-releases-common';
import { useEffect, useState } from 'react';
import { FieldErrors, validate } from '../../utils';
import { FormDialog } from '../FormDialog';

interface ResultRow {
  name: string;
  /** Empty for pre-production tests. */
  environment: string;
  passed: boolean;
}

/** The environments a result can belong to: the release's slots, then the defaults. */
function environmentsOf(release: Release): string[] {
  return [
    ...new Set([
      ...release.schedule.map(slot => slot.environment),
      ...DEFAULT_ENVIRONMENTS,
    ]),
  ];
}

/**
 * While deploying, the tests are repeated in production (the last environment of the
 * schedule); before that, they are pre-production tests.
 */
function defaultEnvironment(release: Release): string {
  if (release.status !== 'deploying') return '';
  const slots = release.schedule;
  return slots.length > 0
    ? slots[slots.length - 1].environment
    : DEFAULT_ENVIRONMENTS[DEFAULT_ENVIRONMENTS.length - 1];
}

/**
 * Props of {@link TestResultsDialog}.
 *
 * @internal
 */
export interface TestResultsDialogProps {
  open: boolean;
  release: Release;
  onClose(): void;
  onSubmit(request: TestResultsRequest): Promise<void>;
  onReload?: () => void;
}

/**
 * Records one or more test results: name, environment (none for pre-production tests, the
 * production environment for post-implementation tests) and whether it passed.
 *
 * @internal
 */
export function TestResultsDialog(props: TestResultsDialogProps) {
  const { open, release, onClose, onSubmit, onReload } = props;
  const environments = environmentsOf(release);
  const emptyRow = (): ResultRow => ({
    name: '',
    environment: defaultEnvironment(release),
    passed: true,
  });
  const [rows, setRows] = useState<ResultRow[]>([emptyRow()]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const idPrefix = `test-results-${release.id}`;

  useEffect(() => {
    if (open) {
      setRows([emptyRow()]);
      setErrors({});
    }
    // Only a newly opened dialog starts over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const change = (index: number, patch: Partial<ResultRow>) =>
    setRows(current =>
      current.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    );

  const submit = async () => {
    const result = validate(testResultsRequestSchema, {
      results: rows.map(row => ({
        name: row.name,
        ...(row.environment ? { environment: row.environment } : {}),
        passed: row.passed,
      })),
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
      title={`Record test results for ${release.key}`}
      submitLabel="Record results"
      onClose={onClose}
      onSubmit={submit}
      onReload={onReload}
      validationAttempt={attempt}
      maxWidth="md"
    >
      <Typography variant="body2" gutterBottom>
        Tests without an environment are pre-production tests (test readiness
        review); tests in production are the post-implementation tests. The
        latest result of a test replaces an earlier one.
      </Typography>
      {rows.map((row, index) => {
        const number = index + 1;
        return (
          <Box
            key={index}
            display="flex"
            alignItems="flex-start"
            style={{ gap: 8 }}
            role="group"
            aria-label={`Test ${number}`}
          >
            <TextField
              id={`${idPrefix}-${index}-name`}
              label={`Test ${number} name`}
              value={row.name}
              onChange={event => change(index, { name: event.target.value })}
              error={Boolean(errors[`results.${index}.name`])}
              helperText={errors[`results.${index}.name`]}
              margin="dense"
              variant="outlined"
              style={{ flexGrow: 1 }}
            />
            <TextField
              id={`${idPrefix}-${index}-environment`}
              select
              SelectProps={{ native: true }}
              label={`Test ${number} environment`}
              value={row.environment}
              onChange={event =>
                change(index, { environment: event.target.value })
              }
              error={Boolean(errors[`results.${index}.environment`])}
              helperText={errors[`results.${index}.environment`]}
              margin="dense"
              variant="outlined"
            >
              <option value="">Pre-production</option>
              {environments.map(environment => (
                <option key={environment} value={environment}>
                  {environment}
                </option>
              ))}
            </TextField>
            <FormControlLabel
              control={
                <Checkbox
                  checked={row.passed}
                  onChange={event =>
                    change(index, { passed: event.target.checked })
                  }
                />
              }
              label={`Test ${number} passed`}
              style={{ marginTop: 8 }}
            />
            <IconButton
              aria-label={`Remove test ${number}`}
              onClick={() =>
                setRows(current => current.filter((_, i) => i !== index))
              }
              disabled={rows.length === 1}
              style={{ marginTop: 4 }}
            >
              <DeleteIcon />
            </IconButton>
          </Box>
        );
      })}
      {errors.results && (
        <Typography color="error" variant="body2">
          {errors.results}
        </Typography>
      )}
      <Button
        startIcon={<AddIcon />}
        onClick={() => setRows(current => [...current, emptyRow()])}
      >
        Add a test
      </Button>
    </FormDialog>
  );
}
