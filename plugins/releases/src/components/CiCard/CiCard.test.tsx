import { ResponseError } from '@backstage/errors';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  ANNOTATION_CI_CLASS,
  ANNOTATION_CI_ID,
  ANNOTATION_CRITICALITY,
  ANNOTATION_ENVIRONMENTS,
  CiDetail,
  CiWindow,
} from '@stagegate/plugin-releases-common';
import { screen, within } from '@testing-library/react';
import { Settings } from 'luxon';
import { ReleasesApi, releasesApiRef } from '../../api';
import { CiCard } from './CiCard';
import { mockReleasesApi } from '../../__testUtils__/releases';

const entityRef = 'component:default/payments';

/** Blocks every change to production over the year end; New York time. */
const yearEndFreeze: CiWindow = {
  id: 'changewindow:default/year-end-freeze',
  source: 'catalog',
  entityRef: 'changewindow:default/year-end-freeze',
  title: 'Year-end freeze',
  description: 'No changes over the holidays',
  type: 'blackout',
  enforcement: 'block',
  timezone: 'America/New_York',
  allowCategories: ['emergency'],
  environments: ['production'],
  // 2026-12-15T00:00 to 2027-01-05T00:00 in New York.
  current: { start: '2026-12-15T05:00:00Z', end: '2027-01-05T05:00:00Z' },
};

/** Saturday nights 22:00 to 04:00 in Berlin. */
const saturdayMaintenance: CiWindow = {
  id: 'changewindow:default/saturday-maintenance',
  source: 'catalog',
  entityRef: 'changewindow:default/saturday-maintenance',
  title: 'Saturday maintenance',
  type: 'maintenance',
  enforcement: 'warn',
  timezone: 'Europe/Berlin',
  rrule: 'FREQ=WEEKLY;BYDAY=SA',
  allowCategories: [],
  environments: ['sit', 'sat', 'production'],
  next: { start: '2027-01-09T21:00:00Z', end: '2027-01-10T03:00:00Z' },
};

const ci: CiDetail = {
  entityRef,
  kind: 'Component',
  title: 'Payments Service',
  ciId: 'CI00042',
  ciClass: 'service',
  ciClassSource: 'annotation',
  criticality: 'high',
  environments: ['sit', 'sat', 'production'],
  owner: 'group:default/team-a',
  system: 'system:default/payments-platform',
  relations: {
    upstream: [
      {
        entityRef: 'resource:default/payments-db',
        kind: 'Resource',
        title: 'Payments DB',
        type: 'dependsOn',
      },
      {
        entityRef: 'system:default/payments-platform',
        kind: 'System',
        title: 'Payments Platform',
        type: 'partOf',
      },
      {
        entityRef: 'api:default/ledger',
        kind: 'API',
        title: 'Ledger API',
        type: 'consumesApi',
      },
    ],
    downstream: [
      {
        entityRef: 'component:default/checkout',
        kind: 'Component',
        title: 'Checkout',
        type: 'dependencyOf',
      },
      {
        entityRef: 'api:default/payments',
        kind: 'API',
        title: 'Payments API',
        type: 'providesApi',
      },
    ],
  },
  windows: [yearEndFreeze, saturdayMaintenance],
  freeze: {
    state: 'frozen',
    window: yearEndFreeze,
    until: '2027-01-05T05:00:00Z',
  },
};

function mockApi(getCi: ReleasesApi['getCi']): jest.Mocked<ReleasesApi> {
  return {
    ...mockReleasesApi(),
    listReleases: jest.fn().mockResolvedValue({ items: [] }),
    getCi: jest.fn(getCi),
  };
}

async function renderCard(api: ReleasesApi, entityTitle?: string) {
  return renderInTestApp(
    <TestApiProvider apis={[[releasesApiRef, api]]}>
      <CiCard entityRef={entityRef} entityTitle={entityTitle} />
    </TestApiProvider>,
    {
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

/** The value cell next to an attribute title in the attributes table. */
function attribute(title: string): HTMLElement {
  const attributes = screen.getByRole('region', { name: 'CI attributes' });
  const row = within(attributes).getByText(title).closest('tr');
  expect(row).not.toBeNull();
  return within(row!).getAllByRole('cell')[1];
}

function rowOf(windowTitle: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Change windows' });
  const row = within(table).getByText(windowTitle).closest('tr');
  expect(row).not.toBeNull();
  return row!;
}

describe('CiCard', () => {
  const { defaultZone, defaultLocale } = Settings;

  beforeEach(() => {
    // The viewer is in Tokyo (GMT+9, no DST), so that viewer times differ from window times.
    Settings.defaultZone = 'Asia/Tokyo';
    Settings.defaultLocale = 'en-US';
  });

  afterEach(() => {
    Settings.defaultZone = defaultZone;
    Settings.defaultLocale = defaultLocale;
  });

  it('asks for the CI of the entity', async () => {
    const api = mockApi(async () => ci);

    await renderCard(api);

    expect(await screen.findByText('CI00042')).toBeInTheDocument();
    expect(api.getCi).toHaveBeenCalledWith(entityRef);
    expect(screen.getByText('Configuration item')).toBeInTheDocument();
    expect(screen.getByText('Payments Service')).toBeInTheDocument();
  });

  it('shows the CI attributes, with environments as chips', async () => {
    await renderCard(mockApi(async () => ci));

    await screen.findByText('CI00042');
    expect(attribute('CI id')).toHaveTextContent('CI00042');
    expect(attribute('Class')).toHaveTextContent(/^service$/);
    expect(attribute('Criticality')).toHaveTextContent('high');
    const environments = attribute('Environments');
    expect(within(environments).getByText('sit')).toBeInTheDocument();
    expect(within(environments).getByText('sat')).toBeInTheDocument();
    expect(within(environments).getByText('production')).toBeInTheDocument();
    expect(
      within(environments).getByText('production').closest('.MuiChip-root'),
    ).not.toBeNull();
  });

  it('links the owner and the system to their catalog pages', async () => {
    await renderCard(mockApi(async () => ci));

    await screen.findByText('CI00042');
    expect(within(attribute('Owner')).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/group/team-a',
    );
    expect(attribute('Owner')).toHaveTextContent('team-a');
    expect(within(attribute('System')).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/system/payments-platform',
    );
  });

  it('marks a derived class and says what is not set', async () => {
    await renderCard(
      mockApi(async () => ({
        ...ci,
        ciClass: 'application',
        ciClassSource: 'derived',
        criticality: undefined,
        environments: [],
        owner: undefined,
        system: undefined,
      })),
    );

    await screen.findByText('CI00042');
    expect(attribute('Class')).toHaveTextContent('application (derived)');
    expect(attribute('Criticality')).toHaveTextContent('not set');
    expect(attribute('Environments')).toHaveTextContent('none');
    expect(attribute('Owner')).toHaveTextContent('none');
    expect(within(attribute('Owner')).queryByRole('link')).toBeNull();
    expect(attribute('System')).toHaveTextContent('none');
  });

  it('lists related CIs upstream and downstream, linked, with the relation in words', async () => {
    await renderCard(mockApi(async () => ci));

    const upstream = await screen.findByRole('region', {
      name: 'Upstream (what it needs)',
    });
    const downstream = screen.getByRole('region', {
      name: 'Downstream (what needs it)',
    });

    const upstreamItems = within(upstream).getAllByRole('listitem');
    expect(upstreamItems.map(item => item.textContent)).toEqual([
      'depends on Payments DB (Resource)',
      'part of Payments Platform (System)',
      'consumes API Ledger API (API)',
    ]);
    expect(
      within(upstream).getByRole('link', { name: 'Payments DB' }),
    ).toHaveAttribute('href', '/catalog/default/resource/payments-db');
    expect(
      within(upstream).getByRole('link', { name: 'Ledger API' }),
    ).toHaveAttribute('href', '/catalog/default/api/ledger');

    const downstreamItems = within(downstream).getAllByRole('listitem');
    expect(downstreamItems.map(item => item.textContent)).toEqual([
      'dependency of Checkout (Component)',
      'provides API Payments API (API)',
    ]);
    expect(
      within(downstream).getByRole('link', { name: 'Checkout' }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout');
  });

  it('puts every relation type in words', async () => {
    await renderCard(
      mockApi(async () => ({
        ...ci,
        relations: {
          upstream: [
            {
              entityRef: 'api:default/a',
              kind: 'API',
              title: 'A',
              type: 'apiProvidedBy',
            },
          ],
          downstream: [
            {
              entityRef: 'component:default/b',
              kind: 'Component',
              title: 'B',
              type: 'hasPart',
            },
            {
              entityRef: 'component:default/c',
              kind: 'Component',
              title: 'C',
              type: 'apiConsumedBy',
            },
          ],
        },
      })),
    );

    expect(
      await screen.findByText((_, element) =>
        element?.tagName === 'LI'
          ? element.textContent === 'API provided by A (API)'
          : false,
      ),
    ).toBeInTheDocument();
    const items = screen.getAllByRole('listitem').map(item => item.textContent);
    expect(items).toContain('has part B (Component)');
    expect(items).toContain('API consumed by C (Component)');
  });

  it('says so when there are no related CIs', async () => {
    await renderCard(
      mockApi(async () => ({
        ...ci,
        relations: { upstream: [], downstream: [] },
      })),
    );

    expect(await screen.findByText('No upstream CIs.')).toBeInTheDocument();
    expect(screen.getByText('No downstream CIs.')).toBeInTheDocument();
  });

  it('lists the windows that apply, linked, with type, enforcement, scope and categories', async () => {
    await renderCard(mockApi(async () => ci));

    await screen.findByText('CI00042');
    const freeze = rowOf('Year-end freeze');
    expect(
      within(freeze).getByRole('link', { name: 'Year-end freeze' }),
    ).toHaveAttribute('href', '/catalog/default/changewindow/year-end-freeze');
    expect(
      within(freeze).getByText('No changes over the holidays'),
    ).toBeInTheDocument();
    const freezeCells = within(freeze).getAllByRole('cell');
    expect(freezeCells[1]).toHaveTextContent('blackout');
    expect(freezeCells[1]).toHaveTextContent('one-off');
    expect(freezeCells[2]).toHaveTextContent('block');
    expect(freezeCells[3]).toHaveTextContent(/^production$/);
    expect(freezeCells[4]).toHaveTextContent(/^emergency$/);

    const maintenance = rowOf('Saturday maintenance');
    const maintenanceCells = within(maintenance).getAllByRole('cell');
    expect(maintenanceCells[1]).toHaveTextContent('maintenance');
    expect(within(maintenanceCells[1]).getByText('recurring')).toHaveAttribute(
      'title',
      'FREQ=WEEKLY;BYDAY=SA',
    );
    expect(maintenanceCells[2]).toHaveTextContent('warn');
    expect(maintenanceCells[3]).toHaveTextContent('sit, sat, production');
    expect(maintenanceCells[4]).toHaveTextContent(/^none$/);
  });

  it("shows the current and next occurrences in the viewer's zone and in the window's", async () => {
    await renderCard(mockApi(async () => ci));

    await screen.findByText('CI00042');
    const freeze = within(rowOf('Year-end freeze')).getAllByRole('cell')[5];
    expect(within(freeze).getByText('Now')).toBeInTheDocument();
    expect(
      within(freeze).getByText(
        /^Your time: Dec 15, 2026, 2:00\sPM GMT\+9 – Jan 5, 2027, 2:00\sPM GMT\+9$/,
      ),
    ).toBeInTheDocument();
    expect(
      within(freeze).getByText(
        /^Window time \(America\/New_York\): Dec 15, 2026, 12:00\sAM EST – Jan 5, 2027, 12:00\sAM EST$/,
      ),
    ).toBeInTheDocument();
    expect(within(freeze).queryByText('Next')).toBeNull();

    const maintenance = within(rowOf('Saturday maintenance')).getAllByRole(
      'cell',
    )[5];
    expect(within(maintenance).getByText('Next')).toBeInTheDocument();
    expect(
      within(maintenance).getByText(
        /^Your time: Jan 10, 2027, 6:00\sAM GMT\+9 – Jan 10, 2027, 12:00\sPM GMT\+9$/,
      ),
    ).toBeInTheDocument();
    expect(
      within(maintenance).getByText(
        /^Window time \(Europe\/Berlin\): Jan 9, 2027, 10:00\sPM GMT\+1 – Jan 10, 2027, 4:00\sAM GMT\+1$/,
      ),
    ).toBeInTheDocument();
  });

  it("shows times once when the viewer is in the window's zone", async () => {
    Settings.defaultZone = 'Europe/Berlin';

    await renderCard(
      mockApi(async () => ({
        ...ci,
        windows: [saturdayMaintenance],
        freeze: { state: 'none' },
      })),
    );

    await screen.findByText('CI00042');
    const occurrence = within(rowOf('Saturday maintenance')).getAllByRole(
      'cell',
    )[5];
    expect(
      within(occurrence).getByText(
        /^Your time and the window's \(Europe\/Berlin\): Jan 9, 2027, 10:00\sPM GMT\+1 – Jan 10, 2027, 4:00\sAM GMT\+1$/,
      ),
    ).toBeInTheDocument();
    expect(within(occurrence).queryByText(/^Window time/)).toBeNull();
  });

  it('says so when a window has no occurrence ahead', async () => {
    await renderCard(
      mockApi(async () => ({
        ...ci,
        windows: [{ ...saturdayMaintenance, next: undefined }],
        freeze: { state: 'none' },
      })),
    );

    await screen.findByText('CI00042');
    expect(
      within(rowOf('Saturday maintenance')).getByText(
        /^No occurrence in the next \d+ days$/,
      ),
    ).toBeInTheDocument();
  });

  it('says so when no windows apply', async () => {
    await renderCard(
      mockApi(async () => ({ ...ci, windows: [], freeze: { state: 'none' } })),
    );

    expect(
      await screen.findByText('No change windows apply to this CI.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Change windows' })).toBeNull();
  });

  describe('freeze banner', () => {
    it('says the CI is frozen now, by which window and until when, in both zones', async () => {
      await renderCard(mockApi(async () => ci));

      const banner = await screen.findByRole('status', { name: 'Frozen now' });
      expect(
        within(banner).getByRole('heading', { name: 'Frozen now' }),
      ).toBeInTheDocument();
      expect(
        within(banner).getByRole('link', { name: 'Year-end freeze' }),
      ).toHaveAttribute(
        'href',
        '/catalog/default/changewindow/year-end-freeze',
      );
      expect(banner).toHaveTextContent('(block) until');
      expect(
        within(banner).getByText(/^Your time: Jan 5, 2027, 2:00\sPM GMT\+9$/),
      ).toBeInTheDocument();
      expect(
        within(banner).getByText(
          /^Window time \(America\/New_York\): Jan 5, 2027, 12:00\sAM EST$/,
        ),
      ).toBeInTheDocument();
      expect(
        within(banner).getByText('Still allowed: emergency releases'),
      ).toBeInTheDocument();
      expect(screen.queryByText('Next freeze')).toBeNull();
    });

    it('says when the next freeze begins, in both zones', async () => {
      const upcoming: CiWindow = {
        ...yearEndFreeze,
        allowCategories: [],
        current: undefined,
        next: { start: '2026-12-15T05:00:00Z', end: '2027-01-05T05:00:00Z' },
      };
      await renderCard(
        mockApi(async () => ({
          ...ci,
          windows: [upcoming],
          freeze: {
            state: 'upcoming',
            window: upcoming,
            from: upcoming.next!.start,
          },
        })),
      );

      const banner = await screen.findByRole('status', {
        name: 'Next freeze',
      });
      expect(
        within(banner).getByRole('link', { name: 'Year-end freeze' }),
      ).toBeInTheDocument();
      expect(banner).toHaveTextContent('(block) from');
      expect(
        within(banner).getByText(/^Your time: Dec 15, 2026, 2:00\sPM GMT\+9$/),
      ).toBeInTheDocument();
      expect(
        within(banner).getByText(
          /^Window time \(America\/New_York\): Dec 15, 2026, 12:00\sAM EST$/,
        ),
      ).toBeInTheDocument();
      expect(within(banner).queryByText(/Still allowed/)).toBeNull();
      expect(screen.queryByText('Frozen now')).toBeNull();
    });

    it('says quietly that no freeze windows apply', async () => {
      await renderCard(
        mockApi(async () => ({
          ...ci,
          windows: [saturdayMaintenance],
          freeze: { state: 'none' },
        })),
      );

      expect(await screen.findByRole('status')).toHaveTextContent(
        'No freeze windows apply',
      );
      expect(screen.queryByText('Frozen now')).toBeNull();
      expect(screen.queryByText('Next freeze')).toBeNull();
    });
  });

  it('shows progress while the CI loads', async () => {
    await renderCard(mockApi(() => new Promise(() => {})));

    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(screen.queryByText('CI00042')).toBeNull();
  });

  it('shows an error panel when the backend fails', async () => {
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'ServiceUnavailableError',
            message: 'Catalog is down',
          },
          request: {
            method: 'GET',
            url: '/api/releases/cis/component/default/payments',
          },
          response: { statusCode: 503 },
        }),
        {
          status: 503,
          statusText: 'Service Unavailable',
          headers: { 'Content-Type': 'application/json' },
        },
      ),
    );
    await renderCard(
      mockApi(async () => {
        throw error;
      }),
    );

    const panel = await screen.findByRole('alert');
    expect(
      within(panel).getByText('Error: Configuration item: could not load'),
    ).toBeInTheDocument();
    expect(
      within(panel).getByText('503: ServiceUnavailableError'),
    ).toBeInTheDocument();
    expect(
      within(panel).getAllByText('Catalog is down').length,
    ).toBeGreaterThan(0);
  });

  it('explains what makes an entity a CI when it is not one', async () => {
    await renderCard(
      mockApi(async () => undefined),
      'Payments Service',
    );

    expect(
      await screen.findByText('Payments Service is not a configuration item'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Entities of kind Component, Resource, System or API are configuration items/,
      ),
    ).toBeInTheDocument();
    const annotations = screen.getByRole('list', { name: 'CI annotations' });
    for (const annotation of [
      ANNOTATION_CI_ID,
      ANNOTATION_CI_CLASS,
      ANNOTATION_CRITICALITY,
      ANNOTATION_ENVIRONMENTS,
    ]) {
      expect(within(annotations).getByText(annotation)).toBeInTheDocument();
    }
    expect(annotations).toHaveTextContent(
      'stagegate.dev/criticality: how critical it is: low, medium, high or critical',
    );
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('names the entity by the name in its ref when no title is given', async () => {
    await renderCard(mockApi(async () => undefined));

    expect(
      await screen.findByText('payments is not a configuration item'),
    ).toBeInTheDocument();
  });
});
