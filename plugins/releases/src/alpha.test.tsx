import { Entity } from '@backstage/catalog-model';
import {
  ApiBlueprint,
  coreExtensionData,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  mockApis,
  renderInTestApp,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { screen } from '@testing-library/react';
import releasesAlphaPlugin, {
  entityReleasesContent,
  releaseCalendarPage,
  releasesApi,
} from './alpha';
import { ReleasesApi, releasesApiRef, ReleasesClient } from './api';
import { entityContentRouteRef, rootRouteRef } from './routes';
import { mockReleasesApi } from './__testUtils__/releases';

function entityOfKind(kind: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'payments', title: 'Payments Service' },
  };
}

function emptyReleasesApi(): jest.Mocked<ReleasesApi> {
  return {
    ...mockReleasesApi(),
    listReleases: jest.fn().mockResolvedValue({ items: [] }),
    getCi: jest.fn().mockResolvedValue(undefined),
  };
}

describe('releases plugin (new frontend system)', () => {
  // The page and the tab load their components lazily; load those modules up front so that
  // the render tests below wait for rendering, not for the first compile of the modules.
  beforeAll(async () => {
    await import('./components/ReleaseCalendarPage');
    await import('./components/EntityReleasesContent');
  });

  it('is a frontend plugin with the id releases', () => {
    expect(releasesAlphaPlugin.$$type).toBe('@backstage/FrontendPlugin');
    expect(releasesAlphaPlugin.pluginId).toBe('releases');
    expect(releasesAlphaPlugin.routes).toEqual({
      root: rootRouteRef,
      entityContent: entityContentRouteRef,
    });
  });

  it('serves the release calendar at /releases in an app', async () => {
    const api = emptyReleasesApi();

    renderTestApp({
      features: [releasesAlphaPlugin],
      initialRouteEntries: ['/releases'],
      apis: [[releasesApiRef, api]],
    });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Release calendar',
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Nothing is scheduled in this period.'),
    ).toBeInTheDocument();
    expect(api.getCalendar).toHaveBeenCalled();
  });

  describe('releasesApi', () => {
    it('provides a ReleasesClient built from discovery and fetch', () => {
      const tester = createExtensionTester(releasesApi);
      const factory = tester.get(ApiBlueprint.dataRefs.factory);

      expect(factory.api).toBe(releasesApiRef);
      expect(factory.deps).toEqual({
        discoveryApi: discoveryApiRef,
        fetchApi: fetchApiRef,
      });
      const client = factory.factory({
        discoveryApi: mockApis.discovery(),
        fetchApi: mockApis.fetch({ baseImplementation: 'none' }),
      });
      expect(client).toBeInstanceOf(ReleasesClient);
    });
  });

  describe('releaseCalendarPage', () => {
    it('is mounted at /releases on the root route', () => {
      const tester = createExtensionTester(releaseCalendarPage);

      expect(tester.get(coreExtensionData.routePath)).toBe('/releases');
      expect(tester.get(coreExtensionData.routeRef)).toBe(rootRouteRef);
      expect(tester.get(coreExtensionData.title)).toBe('Release calendar');
    });

    it('renders the release calendar from the calendar API', async () => {
      const api = emptyReleasesApi();
      const tester = createExtensionTester(releaseCalendarPage);

      renderInTestApp(tester.reactElement(), {
        apis: [[releasesApiRef, api]],
      });

      expect(
        await screen.findByRole('heading', {
          level: 1,
          name: 'Release calendar',
        }),
      ).toBeInTheDocument();
      expect(
        await screen.findByText('Nothing is scheduled in this period.'),
      ).toBeInTheDocument();
    });
  });

  describe('entityReleasesContent', () => {
    it('is a Releases tab at /releases in the deployment group', () => {
      const tester = createExtensionTester(entityReleasesContent);

      expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe(
        'Releases',
      );
      expect(tester.get(coreExtensionData.routePath)).toBe('/releases');
      expect(tester.get(coreExtensionData.routeRef)).toBe(
        entityContentRouteRef,
      );
      expect(tester.get(EntityContentBlueprint.dataRefs.group)).toBe(
        'deployment',
      );
    });

    it('shows the tab on configuration items but not on users or groups', () => {
      const tester = createExtensionTester(entityReleasesContent);
      const filter = tester.get(EntityContentBlueprint.dataRefs.filterFunction);

      expect(filter).toBeDefined();
      expect(filter!(entityOfKind('Component'))).toBe(true);
      expect(filter!(entityOfKind('System'))).toBe(true);
      expect(filter!(entityOfKind('User'))).toBe(false);
      expect(filter!(entityOfKind('Group'))).toBe(false);
    });

    it("renders the entity's releases", async () => {
      const api = emptyReleasesApi();
      const tester = createExtensionTester(entityReleasesContent);

      renderInTestApp(
        <EntityProvider entity={entityOfKind('Component')}>
          {tester.reactElement()}
        </EntityProvider>,
        { apis: [[releasesApiRef, api]] },
      );

      expect(
        await screen.findByText(
          'No pending release units for Payments Service',
        ),
      ).toBeInTheDocument();
      expect(api.listReleases).toHaveBeenCalledWith(
        expect.objectContaining({
          entityRef: 'component:default/payments',
          pending: true,
        }),
      );
      expect(api.getCi).toHaveBeenCalledWith('component:default/payments');
      expect(
        await screen.findByText('Payments Service is not a configuration item'),
      ).toBeInTheDocument();
    });
  });
});
