import { permissionApiRef } from '@backstage/plugin-permission-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import { releasesApiRef } from '../../api';
import {
  entityRef,
  mockReleasesApi,
  permissionApi,
} from '../../__testUtils__/releases';
import { PlanReleaseButton } from './PlanReleaseButton';

// Permission decisions are cached per permission across tests of a file, so this file only
// checks the denied case; the allowed one is covered by the Releases tab tests.
describe('PlanReleaseButton', () => {
  it('is not shown to a viewer who may not create releases', async () => {
    const permissions = permissionApi([]);
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [releasesApiRef, mockReleasesApi()],
          [permissionApiRef, permissions],
        ]}
      >
        <PlanReleaseButton entityRef={entityRef} onCreated={jest.fn()} />
      </TestApiProvider>,
    );

    await waitFor(() =>
      expect(permissions.authorize).toHaveBeenCalledWith(
        expect.objectContaining({
          permission: expect.objectContaining({
            name: 'releases.release.create',
          }),
        }),
      ),
    );
    expect(screen.queryByRole('button', { name: 'Plan a release' })).toBeNull();
  });
});
