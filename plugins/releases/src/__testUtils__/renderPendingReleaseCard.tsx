import { permissionApiRef } from '@backstage/plugin-permission-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { Release } from '@stagegate/plugin-releases-common';
import { screen, within } from '@testing-library/react';
import { ReleasesApi, releasesApiRef } from '../api';
import { permissionApi } from './releases';
import { PendingReleaseCard } from '../components/PendingReleaseCard';

/**
 * Renders the card of a pending release with a releases API and the permissions the viewer
 * has, for the card's tests; returns the callbacks it was given.
 */
export async function renderPendingReleaseCard(
  release: Release,
  options: { api: ReleasesApi; allowed?: string[] },
) {
  const onOpen = jest.fn();
  const onChanged = jest.fn();
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [releasesApiRef, options.api],
        [permissionApiRef, permissionApi(options.allowed)],
      ]}
    >
      <PendingReleaseCard
        release={release}
        onOpen={onOpen}
        onChanged={onChanged}
      />
    </TestApiProvider>,
  );
  return { onOpen, onChanged };
}

/** The card's group of action buttons. */
export const cardActions = () =>
  within(screen.getByRole('group', { name: /^Actions on / }));
