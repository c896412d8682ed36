import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { releasesApiRef } from '../../api';
import {
  makeRelease,
  mockReleasesApi,
  permissionApi,
} from '../../__testUtils__/releases';
import { EntityReleasesContent } from './EntityReleasesContent';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments' },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
};

function Location() {
  return <output aria-label="location">{useLocation().search}</output>;
}

describe('A link to a release on the Releases tab', () => {
  it('opens the release named by release=, on its notes with view=notes, and forgets it when closed', async () => {
    const release = makeRelease({ key: 'REL-2026-0077', title: 'Ledger 5.0' });
    const api = mockReleasesApi({
      getRelease: jest.fn(async () => release),
      getReleaseNotes: jest.fn(async () => ({
        releaseId: release.id,
        markdown: '# Ledger 5.0\n\nNo known errors.\n',
        generatedAt: '2026-11-15T08:00:00Z',
      })),
    });

    await renderInTestApp(
      <TestApiProvider
        apis={[
          [releasesApiRef, api],
          [permissionApiRef, permissionApi([])],
        ]}
      >
        <EntityProvider entity={entity}>
          <EntityReleasesContent />
          <Location />
        </EntityProvider>
      </TestApiProvider>,
      {
        routeEntries: [`/releases?release=${release.id}&view=notes`],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    const dialog = within(await screen.findByRole('dialog'));
    expect(
      await dialog.findByRole('heading', { level: 1, name: 'Ledger 5.0' }),
    ).toBeInTheDocument();
    expect(api.getReleaseNotes).toHaveBeenCalledWith(release.id);
    expect(
      await dialog.findByText('REL-2026-0077 Ledger 5.0'),
    ).toBeInTheDocument();

    await userEvent.click(dialog.getByRole('button', { name: 'Close' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByLabelText('location')).toHaveTextContent(/^$/);
  });
});
