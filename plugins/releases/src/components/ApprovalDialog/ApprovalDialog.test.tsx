import { renderInTestApp } from '@backstage/test-utils';
import { ApprovalRequest, Release } from '@stagegate/plugin-releases-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeRelease, responseError } from '../../__testUtils__/releases';
import { ApprovalDialog } from './ApprovalDialog';

async function renderDialog(
  release: Release,
  decision: 'approve' | 'reject',
  onSubmit: (request: ApprovalRequest) => Promise<void>,
) {
  const onClose = jest.fn();
  await renderInTestApp(
    <ApprovalDialog
      open
      release={release}
      decision={decision}
      onClose={onClose}
      onSubmit={onSubmit}
    />,
  );
  return { onClose, dialog: await screen.findByRole('dialog') };
}

describe('ApprovalDialog', () => {
  it('offers the gates open in the release status', async () => {
    const { dialog } = await renderDialog(
      makeRelease({ status: 'readiness' }),
      'approve',
      jest.fn(),
    );

    const gate = within(dialog).getByLabelText('Gate');
    expect(
      within(gate)
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual([
      'Test readiness review (TRR)',
      'Release readiness review (RRR)',
      'Change advisory board (CAB)',
    ]);
  });

  it('offers the ECAB for an emergency release', async () => {
    const { dialog } = await renderDialog(
      makeRelease({ status: 'planning', category: 'emergency' }),
      'approve',
      jest.fn(),
    );

    expect(
      within(within(dialog).getByLabelText('Gate'))
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual(['Emergency change advisory board (ECAB)']);
  });

  it('sends an approval at the chosen gate with its comment', async () => {
    const onSubmit = jest.fn(async () => {});
    const { dialog } = await renderDialog(
      makeRelease({ status: 'readiness' }),
      'approve',
      onSubmit,
    );

    await userEvent.selectOptions(within(dialog).getByLabelText('Gate'), 'rrr');
    await userEvent.type(
      within(dialog).getByLabelText('Comment'),
      '  Looks good  {Enter}',
    );

    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        gate: 'rrr',
        decision: 'approve',
        comment: 'Looks good',
      }),
    );
  });

  it('needs a comment to reject, with the shared schema message', async () => {
    const onSubmit = jest.fn(async () => {});
    const { dialog } = await renderDialog(
      makeRelease({ status: 'readiness' }),
      'reject',
      onSubmit,
    );

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Reject' }),
    );

    expect(
      await within(dialog).findByText(
        'Say why you reject the release, so the team knows what to fix',
      ),
    ).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    await userEvent.type(
      within(dialog).getByLabelText(/^Comment/),
      'No rehearsal of the backout{Enter}',
    );
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        gate: 'cab',
        decision: 'reject',
        comment: 'No rehearsal of the backout',
      }),
    );
  });

  it('lets the viewer switch the decision', async () => {
    const onSubmit = jest.fn(async () => {});
    const { dialog } = await renderDialog(
      makeRelease({ status: 'readiness' }),
      'reject',
      onSubmit,
    );

    await userEvent.click(
      within(dialog).getByRole('radio', { name: 'Approve' }),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Approve' }),
    );

    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        gate: 'cab',
        decision: 'approve',
      }),
    );
  });

  it("shows the server's refusal and keeps the dialog open", async () => {
    const onSubmit = jest.fn(async () => {
      throw await responseError(
        409,
        'ConflictError',
        'You created this release, so someone else must approve it (segregation of duties)',
      );
    });
    const { dialog, onClose } = await renderDialog(
      makeRelease({ status: 'readiness' }),
      'approve',
      onSubmit,
    );

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Approve' }),
    );

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You created this release, so someone else must approve it (segregation of duties)',
    );
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes with Escape', async () => {
    const { onClose } = await renderDialog(
      makeRelease({ status: 'readiness' }),
      'approve',
      jest.fn(),
    );

    await userEvent.keyboard('{Escape}');

    expect(onClose).toHaveBeenCalled();
  });
});
