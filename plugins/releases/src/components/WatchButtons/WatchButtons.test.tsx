import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReleasesApi, releasesApiRef } from '../../api';
import {
  mockReleasesApi,
  permissionApi,
  responseError,
} from '../../__testUtils__/releases';
import { EntityReleasesContent } from '../EntityReleasesContent';

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments-api',
    namespace: 'default',
    title: 'Payments API',
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'team-a',
    system: 'payments',
  },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/team-a' },
    { type: 'partOf', targetRef: 'system:default/payments' },
  ],
};

async function renderTab(api: ReleasesApi, entity: Entity = component) {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [releasesApiRef, api],
        [permissionApiRef, permissionApi()],
      ]}
    >
      <EntityProvider entity={entity}>
        <EntityReleasesContent />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return within(
    await screen.findByRole('group', { name: 'Release notifications' }),
  );
}

describe('Watch buttons on the Releases tab', () => {
  it('shows whether the viewer watches the CI and its system, and toggles each', async () => {
    const api = mockReleasesApi({
      listWatches: jest.fn(async () => [
        {
          targetRef: 'system:default/payments',
          createdAt: '2026-11-01T09:00:00Z',
        },
      ]),
      watch: jest.fn(async () => undefined),
      unwatch: jest.fn(async () => undefined),
    });
    const buttons = await renderTab(api);

    const ci = await buttons.findByRole('button', {
      name: 'Watch Payments API',
    });
    await waitFor(() => expect(ci).toBeEnabled());
    expect(ci).toHaveAttribute('aria-pressed', 'false');
    const system = buttons.getByRole('button', {
      name: 'Unwatch system payments',
    });
    expect(system).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(ci);
    expect(api.watch).toHaveBeenCalledWith('component:default/payments-api');
    const unwatchCi = await buttons.findByRole('button', {
      name: 'Unwatch Payments API',
    });
    expect(unwatchCi).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(
      buttons.getByRole('button', { name: 'Unwatch system payments' }),
    );
    expect(api.unwatch).toHaveBeenCalledWith('system:default/payments');
    expect(
      await buttons.findByRole('button', { name: 'Watch system payments' }),
    ).toHaveAttribute('aria-pressed', 'false');
  });

  it('offers only the entity itself when it is a system', async () => {
    const system: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: 'payments', namespace: 'default' },
      spec: { owner: 'team-a' },
    };
    const buttons = await renderTab(mockReleasesApi(), system);

    expect(
      await buttons.findByRole('button', { name: 'Watch system payments' }),
    ).toBeInTheDocument();
    expect(buttons.getAllByRole('button')).toHaveLength(1);
  });

  it('keeps the state and shows the reason when a watch is refused', async () => {
    const api = mockReleasesApi({
      watch: jest.fn(async () => {
        throw await responseError(
          400,
          'InputError',
          'targetRef: not a CI or system',
        );
      }),
    });
    const buttons = await renderTab(api);
    const ci = await buttons.findByRole('button', {
      name: 'Watch Payments API',
    });
    await waitFor(() => expect(ci).toBeEnabled());

    await userEvent.click(ci);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'targetRef: not a CI or system',
    );
    expect(
      buttons.getByRole('button', { name: 'Watch Payments API' }),
    ).toHaveAttribute('aria-pressed', 'false');
  });
});
