import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { FeedToken } from '@stagegate/plugin-releases-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { releasesApiRef } from '../../api';
import { mockReleasesApi, responseError } from '../../__testUtils__/releases';
import { FeedSubscriptionDialog } from './FeedSubscriptionDialog';

const outlook: FeedToken = {
  id: 't1',
  name: 'Outlook',
  createdAt: '2026-11-20T10:00:00Z',
  lastUsedAt: '2026-11-21T06:00:00Z',
};
const old: FeedToken = {
  id: 't0',
  name: 'Old phone',
  createdAt: '2026-10-01T10:00:00Z',
  revokedAt: '2026-10-15T10:00:00Z',
};

async function renderDialog(api = mockReleasesApi()) {
  await renderInTestApp(
    <TestApiProvider apis={[[releasesApiRef, api]]}>
      <FeedSubscriptionDialog
        open
        onClose={jest.fn()}
        filters={{ system: ['payments'], conflictsOnly: true }}
        zone="Europe/London"
      />
    </TestApiProvider>,
  );
  return screen.findByRole('dialog', {
    name: 'Subscribe in your calendar app',
  });
}

describe('FeedSubscriptionDialog', () => {
  it('creates a token and shows the feed address with the filters and zone, to copy', async () => {
    const tokens = [outlook];
    const api = mockReleasesApi({
      listFeedTokens: jest.fn(async () => [...tokens]),
      createFeedToken: jest.fn(async (name: string) => {
        const created = { id: 't2', name, createdAt: '2026-11-22T10:00:00Z' };
        tokens.unshift(created);
        return { ...created, token: 's3cret' };
      }),
      getCalendarFeedUrl: jest.fn(
        async () =>
          'http://localhost:7007/api/releases/calendar.ics?token=s3cret&system=payments&conflictsOnly=true&tz=Europe%2FLondon',
      ),
    });
    const dialog = await renderDialog(api);
    expect(await within(dialog).findByText('Outlook')).toBeInTheDocument();

    const name = within(dialog).getByLabelText(/^Name of the link/);
    await userEvent.clear(name);
    await userEvent.type(name, 'Google Calendar');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create subscription link' }),
    );

    await waitFor(() =>
      expect(api.createFeedToken).toHaveBeenCalledWith('Google Calendar'),
    );
    expect(api.getCalendarFeedUrl).toHaveBeenCalledWith(
      's3cret',
      { system: ['payments'], conflictsOnly: true },
      'Europe/London',
    );
    expect(
      await within(dialog).findByLabelText('Subscription address'),
    ).toHaveValue(
      'http://localhost:7007/api/releases/calendar.ics?token=s3cret&system=payments&conflictsOnly=true&tz=Europe%2FLondon',
    );
    expect(
      within(dialog).getByText('Copy it now: its token is not shown again.'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('button', {
        name: 'Copy the subscription address',
      }),
    ).toBeInTheDocument();
    // The new token is listed.
    expect(
      await within(dialog).findByText('Google Calendar'),
    ).toBeInTheDocument();
  });

  it('lists the tokens, and revokes an active one', async () => {
    let revoked = false;
    const api = mockReleasesApi({
      listFeedTokens: jest.fn(async () => [
        revoked ? { ...outlook, revokedAt: '2026-11-22T10:00:00Z' } : outlook,
        old,
      ]),
      revokeFeedToken: jest.fn(async () => {
        revoked = true;
      }),
    });
    const dialog = await renderDialog(api);
    const table = await within(dialog).findByRole('table', {
      name: 'Your subscription links',
    });
    expect(within(table).getByText(/^revoked /)).toBeInTheDocument();
    expect(
      within(table).queryByRole('button', { name: 'Revoke Old phone' }),
    ).toBeNull();

    await userEvent.click(
      within(table).getByRole('button', { name: 'Revoke Outlook' }),
    );

    await waitFor(() => expect(api.revokeFeedToken).toHaveBeenCalledWith('t1'));
    expect(
      await within(dialog).findByText(
        'Revoked “Outlook”: calendars using it stop updating.',
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(dialog).queryByRole('button', { name: 'Revoke Outlook' }),
      ).toBeNull(),
    );
  });

  it("shows the backend's message when a token cannot be made", async () => {
    const api = mockReleasesApi({
      createFeedToken: jest.fn(async () => {
        throw await responseError(
          400,
          'InputError',
          'The name can have at most 100 characters',
        );
      }),
    });
    const dialog = await renderDialog(api);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create subscription link' }),
    );
    expect(
      await within(dialog).findByText(/at most 100 characters/),
    ).toBeInTheDocument();
    expect(within(dialog).queryByLabelText('Subscription address')).toBeNull();
  });
});
