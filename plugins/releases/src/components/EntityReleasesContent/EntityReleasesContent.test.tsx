import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { CiDetail, Page, Release } from '@stagegate/plugin-releases-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReleaseListRequest, ReleasesApi, releasesApiRef } from '../../api';
import {
  entityRef,
  makeRelease,
  mockReleasesApi as baseMockReleasesApi,
  permissionApi,
} from '../../__testUtils__/releases';
import { EntityReleasesContent } from './EntityReleasesContent';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments', title: 'Payments Service' },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
};

/** The short name of the test runtime's zone at an instant, e.g. "UTC" or "CET". */
function zoneAbbreviation(iso: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' })
    .formatToParts(new Date(iso))
    .find(part => part.type === 'timeZoneName')!.value;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A releases API that answers the pending and the history list separately, and the CI of
 * the entity (not a CI unless one is given).
 */
function mockReleasesApi(
  pages: {
    pending: (request: ReleaseListRequest) => Promise<Page<Release>>;
    history: (request: ReleaseListRequest) => Promise<Page<Release>>;
    ci?: CiDetail;
  },
  overrides: Partial<ReleasesApi> = {},
): jest.Mocked<ReleasesApi> {
  return baseMockReleasesApi({
    listReleases: jest.fn(async (request: ReleaseListRequest = {}) =>
      request.pending ? pages.pending(request) : pages.history(request),
    ),
    getCi: jest.fn(async (_entityRef: string) => pages.ci),
    ...overrides,
  });
}

async function renderContent(api: ReleasesApi, forEntity: Entity = entity) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [releasesApiRef, api],
        [permissionApiRef, permissionApi()],
      ]}
    >
      <EntityProvider entity={forEntity}>
        <EntityReleasesContent />
      </EntityProvider>
    </TestApiProvider>,
    {
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

const none = async () => ({ items: [] });

describe('EntityReleasesContent', () => {
  it('shows the CI card of the entity above its releases', async () => {
    const api = mockReleasesApi({
      pending: none,
      history: none,
      ci: {
        entityRef,
        kind: 'Component',
        title: 'Payments Service',
        ciId: 'CI00042',
        ciClass: 'service',
        ciClassSource: 'derived',
        environments: ['production'],
        owner: 'group:default/team-a',
        relations: { upstream: [], downstream: [] },
        windows: [],
        freeze: { state: 'none' },
      },
    });

    await renderContent(api);

    expect(await screen.findByText('CI00042')).toBeInTheDocument();
    expect(api.getCi).toHaveBeenCalledWith(entityRef);
    expect(screen.getByText('service (derived)')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'No freeze windows apply',
    );
    const card = screen.getByText('Configuration item');
    const pending = await screen.findByText('Pending release units');
    // The card comes first on the tab.
    expect(
      card.compareDocumentPosition(pending) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('explains what makes a CI when the entity is not one', async () => {
    await renderContent(mockReleasesApi({ pending: none, history: none }));

    expect(
      await screen.findByText('Payments Service is not a configuration item'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No pending release units for Payments Service'),
    ).toBeInTheDocument();
  });

  it("asks for the entity's pending releases and its release history", async () => {
    const api = mockReleasesApi({ pending: none, history: none });

    await renderContent(api);

    expect(
      await screen.findByText('No pending release units for Payments Service'),
    ).toBeInTheDocument();
    expect(api.listReleases).toHaveBeenCalledWith({
      entityRef,
      pending: true,
      cursor: undefined,
    });
    expect(api.listReleases).toHaveBeenCalledWith({
      entityRef,
      pending: false,
      cursor: undefined,
    });
  });

  it('says so when the entity has no pending releases and no history', async () => {
    await renderContent(mockReleasesApi({ pending: none, history: none }));

    expect(
      await screen.findByText('No pending release units for Payments Service'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Payments Service has no release history yet'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('names the entity by its metadata name when it has no title', async () => {
    await renderContent(mockReleasesApi({ pending: none, history: none }), {
      ...entity,
      metadata: { name: 'payments' },
    });

    expect(
      await screen.findByText('No pending release units for payments'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('payments has no release history yet'),
    ).toBeInTheDocument();
  });

  it('shows pending units as cards and finished releases in the history, with slots in a named zone', async () => {
    const slot = {
      environment: 'production',
      start: '2026-12-01T20:00:00Z',
      end: '2026-12-01T22:00:00Z',
      status: 'planned' as const,
    };
    const api = mockReleasesApi({
      pending: async () => ({
        items: [makeRelease({ status: 'approved', schedule: [slot] })],
      }),
      history: async () => ({
        items: [
          makeRelease({
            key: 'REL-2026-0007',
            title: 'Payments 2.3',
            status: 'closed',
          }),
        ],
      }),
    });

    await renderContent(api);

    const pending = await screen.findByRole('region', {
      name: 'Pending release units',
    });
    expect(
      await within(pending).findByRole('button', { name: 'Payments 2.4' }),
    ).toBeInTheDocument();
    expect(within(pending).getByText(/REL-2026-0042/)).toBeInTheDocument();
    expect(within(pending).getByText('Status: approved')).toBeInTheDocument();
    const start = escapeRegExp(zoneAbbreviation(slot.start));
    const end = escapeRegExp(zoneAbbreviation(slot.end));
    expect(
      within(pending).getByText(
        new RegExp(`^production: Dec 1, 2026.* ${start} – Dec .* ${end}$`),
      ),
    ).toBeInTheDocument();

    expect(
      await screen.findByRole('button', { name: 'REL-2026-0007 Payments 2.3' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Not scheduled')).toBeInTheDocument();
  });

  it('loads the next page with the cursor the API returned and appends it', async () => {
    const api = mockReleasesApi({
      pending: async request =>
        request.cursor === 'cursor-2'
          ? {
              items: [
                makeRelease({
                  key: 'REL-2026-0041',
                  title: 'Payments 2.3.1 hotfix',
                }),
              ],
            }
          : { items: [makeRelease()], nextCursor: 'cursor-2' },
      history: none,
    });

    await renderContent(api);
    expect(
      await screen.findByRole('button', { name: 'Payments 2.4' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Payments 2.3.1 hotfix')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(
      await screen.findByRole('button', { name: 'Payments 2.3.1 hotfix' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Payments 2.4' }),
    ).toBeInTheDocument();
    expect(api.listReleases).toHaveBeenCalledWith({
      entityRef,
      pending: true,
      cursor: 'cursor-2',
    });
    // The last page has no cursor, so there is nothing more to load.
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('shows an error panel when the backend fails, and keeps the other list', async () => {
    const body = {
      error: { name: 'ServiceUnavailableError', message: 'Database is down' },
      request: { method: 'GET', url: '/api/releases/releases' },
      response: { statusCode: 503 },
    };
    const error = await ResponseError.fromResponse(
      new Response(JSON.stringify(body), {
        status: 503,
        statusText: 'Service Unavailable',
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    const api = mockReleasesApi({
      pending: async () => {
        throw error;
      },
      history: async () => ({ items: [makeRelease({ status: 'closed' })] }),
    });

    await renderContent(api);

    const panel = await screen.findByRole('alert');
    expect(
      within(panel).getByText('Error: Pending release units: could not load'),
    ).toBeInTheDocument();
    expect(
      within(panel).getByText('503: ServiceUnavailableError'),
    ).toBeInTheDocument();
    expect(
      within(panel).getAllByText('Database is down').length,
    ).toBeGreaterThan(0);
    // The history is unaffected by the failed pending list.
    expect(
      await screen.findByRole('button', { name: 'REL-2026-0042 Payments 2.4' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Release history')).toBeInTheDocument();
  });

  it('shows an error panel for a failure that is not a backend response', async () => {
    const api = mockReleasesApi({
      pending: none,
      history: async () => {
        throw new TypeError('Failed to fetch');
      },
    });

    await renderContent(api);

    const panel = await screen.findByRole('alert');
    expect(
      within(panel).getByText('Error: Release history: could not load'),
    ).toBeInTheDocument();
    expect(
      within(panel).getAllByText('Failed to fetch').length,
    ).toBeGreaterThan(0);
    expect(
      await screen.findByText('No pending release units for Payments Service'),
    ).toBeInTheDocument();
  });

  it('plans a release for the entity, prefilled with it and its owner, and shows it', async () => {
    const created = makeRelease({ key: 'REL-2026-0050', title: 'Payments 3' });
    let planned = false;
    const api = mockReleasesApi(
      {
        pending: async () => ({ items: planned ? [created] : [] }),
        history: none,
      },
      {
        createRelease: jest.fn(async () => {
          planned = true;
          return created;
        }),
      },
    );

    await renderContent(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Plan a release' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Plan a release',
    });
    expect(
      within(dialog).getByLabelText('Primary CI (entity ref)'),
    ).toHaveValue(entityRef);
    expect(
      within(dialog).getByLabelText('Release owner (user or group entity ref)'),
    ).toHaveValue('group:default/team-a');

    await userEvent.click(within(dialog).getByLabelText(/^Title/));
    await userEvent.paste('Payments 3');
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(api.createRelease).toHaveBeenCalled());
    expect(api.createRelease.mock.calls[0][0]).toMatchObject({
      title: 'Payments 3',
      entityRefs: [entityRef],
      owner: 'group:default/team-a',
    });
    expect(
      await screen.findByText('Planned REL-2026-0050 Payments 3.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: 'Payments 3' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: 'Plan a release' }),
      ).toBeNull(),
    );
  });

  it('opens the detail of a release from the history', async () => {
    const closed = makeRelease({
      key: 'REL-2026-0007',
      title: 'Payments 2.3',
      status: 'closed',
      description: 'The quarterly release',
    });
    const api = mockReleasesApi(
      { pending: none, history: async () => ({ items: [closed] }) },
      { getRelease: jest.fn(async () => closed) },
    );

    await renderContent(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'REL-2026-0007 Payments 2.3' }),
    );

    const dialog = await screen.findByRole('dialog', {
      name: 'REL-2026-0007 Payments 2.3',
    });
    expect(
      await within(dialog).findByText('The quarterly release'),
    ).toBeInTheDocument();
    expect(api.getRelease).toHaveBeenCalledWith(closed.id);
    expect(api.getHistory).toHaveBeenCalledWith(closed.id);

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
