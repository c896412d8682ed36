import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { CiDetail, Page, Release } from '@stagegate/plugin-releases-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReleaseListRequest, ReleasesApi, releasesApiRef } from '../../api';
import { EntityReleasesContent } from './EntityReleasesContent';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments', title: 'Payments Service' },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
};
const entityRef = 'component:default/payments';

function makeRelease(overrides: Partial<Release> = {}): Release {
  return {
    id: 'b5a0f1d2-0000-4000-8000-000000000001',
    key: 'REL-2026-0042',
    title: 'Payments 2.4',
    description: '',
    unitType: 'delta',
    category: 'scheduled',
    status: 'planning',
    version: '2.4.0',
    entityRefs: [entityRef],
    schedule: [],
    revision: 1,
    createdAt: '2026-11-01T09:00:00Z',
    updatedAt: '2026-11-01T09:00:00Z',
    createdBy: 'user:default/alice',
    ...overrides,
  };
}

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
function mockReleasesApi(pages: {
  pending: (request: ReleaseListRequest) => Promise<Page<Release>>;
  history: (request: ReleaseListRequest) => Promise<Page<Release>>;
  ci?: CiDetail;
}): jest.Mocked<ReleasesApi> {
  return {
    listReleases: jest.fn(async (request: ReleaseListRequest = {}) =>
      request.pending ? pages.pending(request) : pages.history(request),
    ),
    getCi: jest.fn(async (_entityRef: string) => pages.ci),
  };
}

async function renderContent(api: ReleasesApi, forEntity: Entity = entity) {
  return renderInTestApp(
    <TestApiProvider apis={[[releasesApiRef, api]]}>
      <EntityProvider entity={forEntity}>
        <EntityReleasesContent />
      </EntityProvider>
    </TestApiProvider>,
    {
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

describe('EntityReleasesContent', () => {
  it('shows the CI card of the entity above its releases', async () => {
    const api = mockReleasesApi({
      pending: async () => ({ items: [] }),
      history: async () => ({ items: [] }),
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
    const api = mockReleasesApi({
      pending: async () => ({ items: [] }),
      history: async () => ({ items: [] }),
    });

    await renderContent(api);

    expect(
      await screen.findByText('Payments Service is not a configuration item'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No pending release units for Payments Service'),
    ).toBeInTheDocument();
  });

  it("asks for the entity's pending releases and its release history", async () => {
    const api = mockReleasesApi({
      pending: async () => ({ items: [] }),
      history: async () => ({ items: [] }),
    });

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
    const api = mockReleasesApi({
      pending: async () => ({ items: [] }),
      history: async () => ({ items: [] }),
    });

    await renderContent(api);

    expect(
      await screen.findByText('No pending release units for Payments Service'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Payments Service has no release history yet'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('names the entity by its metadata name when it has no title', async () => {
    const api = mockReleasesApi({
      pending: async () => ({ items: [] }),
      history: async () => ({ items: [] }),
    });

    await renderContent(api, {
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

  it('lists releases with their key, title and planned slots in a named zone', async () => {
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
            id: 'b5a0f1d2-0000-4000-8000-000000000002',
            key: 'REL-2026-0007',
            title: 'Payments 2.3',
            status: 'closed',
          }),
        ],
      }),
    });

    await renderContent(api);

    expect(await screen.findByText('REL-2026-0042')).toBeInTheDocument();
    expect(screen.getByText('Payments 2.4')).toBeInTheDocument();
    expect(screen.getByText('approved')).toBeInTheDocument();
    expect(await screen.findByText('REL-2026-0007')).toBeInTheDocument();
    expect(screen.getByText('Payments 2.3')).toBeInTheDocument();
    expect(screen.getByText('Not scheduled')).toBeInTheDocument();

    const start = escapeRegExp(zoneAbbreviation(slot.start));
    const end = escapeRegExp(zoneAbbreviation(slot.end));
    expect(
      screen.getByText(
        new RegExp(`^production: Dec 1, 2026.* ${start} – Dec .* ${end}$`),
      ),
    ).toBeInTheDocument();
  });

  it('loads the next page with the cursor the API returned and appends it', async () => {
    const api = mockReleasesApi({
      pending: async request =>
        request.cursor === 'cursor-2'
          ? {
              items: [
                makeRelease({
                  id: 'b5a0f1d2-0000-4000-8000-000000000003',
                  key: 'REL-2026-0041',
                  title: 'Payments 2.3.1 hotfix',
                }),
              ],
            }
          : { items: [makeRelease()], nextCursor: 'cursor-2' },
      history: async () => ({ items: [] }),
    });

    await renderContent(api);
    expect(await screen.findByText('REL-2026-0042')).toBeInTheDocument();
    expect(screen.queryByText('REL-2026-0041')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('REL-2026-0041')).toBeInTheDocument();
    expect(screen.getByText('REL-2026-0042')).toBeInTheDocument();
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
    expect(await screen.findByText('REL-2026-0042')).toBeInTheDocument();
    expect(screen.getByText('Release history')).toBeInTheDocument();
  });

  it('shows an error panel for a failure that is not a backend response', async () => {
    const api = mockReleasesApi({
      pending: async () => ({ items: [] }),
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
});
