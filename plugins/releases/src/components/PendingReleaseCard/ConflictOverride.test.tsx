import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Settings } from 'luxon';
import { makeRelease, mockReleasesApi } from '../../__testUtils__/releases';
import {
  cardActions,
  renderPendingReleaseCard,
} from '../../__testUtils__/renderPendingReleaseCard';

const systemZone = Settings.defaultZone;
beforeEach(() => {
  Settings.defaultZone = 'America/New_York';
});
afterEach(() => {
  Settings.defaultZone = systemZone;
});

const renderCard = renderPendingReleaseCard;
const actions = cardActions;

const blocking = {
  id: 'blackout-window:changewindow:default/year-end-freeze:production',
  type: 'blackout-window' as const,
  severity: 'critical' as const,
  enforcement: 'block' as const,
  itemId: 'r1',
  other: {
    kind: 'window' as const,
    id: 'changewindow:default/year-end-freeze',
    title: 'Year-end freeze',
  },
  entityRefs: ['component:default/payments'],
  environment: 'production',
  interval: { start: '2026-12-20T03:00:00Z', end: '2026-12-20T05:00:00Z' },
  message: 'The production slot falls in the blackout window "Year-end freeze"',
};
const warning = {
  ...blocking,
  id: 'owner-overlap:r9:production',
  type: 'owner-overlap' as const,
  severity: 'low' as const,
  enforcement: 'warn' as const,
  message: 'The owner has another production slot at the same time',
};

// Permission decisions of basic permissions are cached for the whole file: in this file,
// the viewer may always override conflicts.
describe('PendingReleaseCard conflict override', () => {
  it('records an override with the ticked conflicts, the reason and the revision', async () => {
    const release = makeRelease({
      status: 'readiness',
      revision: 7,
      conflicts: [warning, blocking],
    });
    const overridden = {
      ...release,
      revision: 8,
      conflictOverrides: [
        {
          by: 'user:default/rita.release',
          reason: 'CAB accepted the risk',
          at: '2026-12-01T10:00:00Z',
          conflictIds: [blocking.id],
        },
      ],
    };
    const api = mockReleasesApi({
      overrideConflicts: jest.fn().mockResolvedValue(overridden),
    });
    await renderCard(release, {
      api,
      allowed: ['releases.conflict.override'],
    });

    await userEvent.click(
      await actions().findByRole('button', { name: 'Override conflicts' }),
    );
    const dialog = await screen.findByRole('dialog');
    // Only the blocking conflict is offered, ticked.
    expect(
      within(dialog).getByRole('checkbox', { name: blocking.message }),
    ).toBeChecked();
    expect(within(dialog).queryByText(warning.message)).toBeNull();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Override' }),
    );
    expect(
      await within(dialog).findByText(
        'The reason for the override must not be empty',
      ),
    ).toBeInTheDocument();
    expect(api.overrideConflicts).not.toHaveBeenCalled();

    await userEvent.type(
      within(dialog).getByLabelText(/^Reason/),
      'CAB accepted the risk',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Override' }),
    );

    await waitFor(() =>
      expect(api.overrideConflicts).toHaveBeenCalledWith(release.id, {
        conflictIds: [blocking.id],
        reason: 'CAB accepted the risk',
        revision: 7,
      }),
    );
    expect(
      await screen.findByText('Recorded the override of 1 conflict.'),
    ).toBeInTheDocument();
    // Once overridden, the conflict no longer blocks and the action goes away.
    expect(screen.getByText('Overridden')).toBeInTheDocument();
    expect(
      actions().queryByRole('button', { name: 'Override conflicts' }),
    ).toBeNull();
  });
});
