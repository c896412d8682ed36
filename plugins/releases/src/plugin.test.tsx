import { Entity } from '@backstage/catalog-model';
import { discoveryApiRef, fetchApiRef } from '@backstage/core-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  MockFetchApi,
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { ReleasesApi, releasesApiRef, ReleasesClient } from './api';
import {
  EntityReleasesContent,
  ReleaseCalendarPage,
  releasesPlugin,
} from './plugin';
import { mockReleasesApi } from './__testUtils__/releases';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments', title: 'Payments Service' },
};

describe('releasesPlugin (classic frontend system)', () => {
  it('is the releases plugin', () => {
    expect(releasesPlugin.getId()).toBe('releases');
  });

  it('provides a releases API built from discovery and fetch', () => {
    const factory = [...releasesPlugin.getApis()].find(
      f => f.api.id === releasesApiRef.id,
    );

    expect(factory).toBeDefined();
    expect(factory!.deps).toEqual({
      discoveryApi: discoveryApiRef,
      fetchApi: fetchApiRef,
    });
    const api = factory!.factory({
      discoveryApi: mockApis.discovery(),
      fetchApi: new MockFetchApi({ baseImplementation: 'none' }),
    });
    expect(api).toBeInstanceOf(ReleasesClient);
  });

  it('renders the Releases tab of an entity page', async () => {
    const api: jest.Mocked<ReleasesApi> = {
      ...mockReleasesApi(),
      listReleases: jest.fn().mockResolvedValue({ items: [] }),
      getCi: jest.fn().mockResolvedValue(undefined),
    };

    await renderInTestApp(
      <TestApiProvider
        apis={[
          [releasesApiRef, api],
          [permissionApiRef, mockApis.permission()],
        ]}
      >
        <EntityProvider entity={entity}>
          <Routes>
            <Route path="/*" element={<EntityReleasesContent />} />
          </Routes>
        </EntityProvider>
      </TestApiProvider>,
    );

    expect(
      await screen.findByText('No pending release units for Payments Service'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Payments Service has no release history yet'),
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

  it('renders the release calendar page', async () => {
    const api: jest.Mocked<ReleasesApi> = {
      ...mockReleasesApi(),
      listReleases: jest.fn().mockResolvedValue({ items: [] }),
      getCi: jest.fn().mockResolvedValue(undefined),
    };

    await renderInTestApp(
      <TestApiProvider apis={[[releasesApiRef, api]]}>
        <Routes>
          <Route path="/*" element={<ReleaseCalendarPage />} />
        </Routes>
      </TestApiProvider>,
    );

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
});
