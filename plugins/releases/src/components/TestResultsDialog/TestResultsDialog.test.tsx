import { renderInTestApp } from '@backstage/test-utils';
import { Release, TestResultsRequest } from '@stagegate/plugin-releases-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeRelease } from '../../__testUtils__/releases';
import { TestResultsDialog } from './TestResultsDialog';

async function renderDialog(
  release: Release,
  onSubmit: (request: TestResultsRequest) => Promise<void>,
) {
  await renderInTestApp(
    <TestResultsDialog
      open
      release={release}
      onClose={jest.fn()}
      onSubmit={onSubmit}
    />,
  );
  return screen.findByRole('dialog');
}

describe('TestResultsDialog', () => {
  it('records several results with their environment and outcome, based on the revision', async () => {
    const onSubmit = jest.fn(async () => {});
    const dialog = await renderDialog(
      makeRelease({ status: 'test', revision: 7 }),
      onSubmit,
    );

    await userEvent.type(
      within(dialog).getByLabelText('Test 1 name'),
      'Checkout smoke',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Add a test' }),
    );
    await userEvent.type(within(dialog).getByLabelText('Test 2 name'), 'Load');
    await userEvent.selectOptions(
      within(dialog).getByLabelText('Test 2 environment'),
      'sat',
    );
    await userEvent.click(within(dialog).getByLabelText('Test 2 passed'));
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Record results' }),
    );

    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        results: [
          { name: 'Checkout smoke', passed: true },
          { name: 'Load', environment: 'sat', passed: false },
        ],
        revision: 7,
      }),
    );
  });

  it('needs a name for every test, with the shared schema message next to it', async () => {
    const onSubmit = jest.fn(async () => {});
    const dialog = await renderDialog(
      makeRelease({ status: 'test' }),
      onSubmit,
    );

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Record results' }),
    );

    expect(
      await within(dialog).findByText('The test name must not be empty'),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Test 1 name')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('suggests production while deploying, for the post-implementation tests', async () => {
    const dialog = await renderDialog(
      makeRelease({
        status: 'deploying',
        schedule: [
          {
            environment: 'sat',
            start: '2026-11-20T10:00:00Z',
            end: '2026-11-20T12:00:00Z',
            status: 'done',
          },
          {
            environment: 'production',
            start: '2026-12-01T20:00:00Z',
            end: '2026-12-01T22:00:00Z',
            status: 'in_progress',
          },
        ],
      }),
      jest.fn(),
    );

    expect(within(dialog).getByLabelText('Test 1 environment')).toHaveValue(
      'production',
    );
  });
});
