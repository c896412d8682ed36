import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  Release,
  ReleaseCreateRequest,
  ReleasePatchRequest,
} from '@stagegate/plugin-releases-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReleasesApi, releasesApiRef } from '../../api';
import {
  entityRef,
  makeRelease,
  mockReleasesApi,
  responseError,
} from '../../__testUtils__/releases';
import { ReleaseFormDialog } from './ReleaseFormDialog';

const lists = [
  { name: 'cab', members: ['group:default/cab'] },
  { name: 'ops-oncall', members: ['group:default/ops', 'user:default/dana'] },
];

const withLists = (overrides: Partial<ReleasesApi> = {}) =>
  mockReleasesApi({
    listDistributionLists: jest.fn(async () => lists),
    ...overrides,
  });

async function renderEdit(
  api: ReleasesApi,
  release: Release,
  onUpdate: (request: ReleasePatchRequest) => Promise<void>,
) {
  await renderInTestApp(
    <TestApiProvider apis={[[releasesApiRef, api]]}>
      <ReleaseFormDialog
        open
        release={release}
        onClose={jest.fn()}
        onUpdate={onUpdate}
      />
    </TestApiProvider>,
  );
  return within(await screen.findByRole('dialog'));
}

/** Opens the distribution list menu and toggles the lists named. */
async function toggleLists(dialog: ReturnType<typeof within>, names: string[]) {
  await userEvent.click(
    dialog.getByRole('button', { name: /Distribution lists/ }),
  );
  const menu = within(await screen.findByRole('listbox'));
  for (const name of names) {
    await userEvent.click(
      menu.getByRole('option', { name: new RegExp(`^${name}`) }),
    );
  }
  await userEvent.keyboard('{Escape}');
}

// The whole release form renders on every choice; that is slow on a busy machine.
jest.setTimeout(90_000);

describe('Distribution lists in the release form', () => {
  it('offers the configured lists with their members, and sends the ones chosen for a new release', async () => {
    const onCreate = jest.fn(async (_request: ReleaseCreateRequest) => {});
    await renderInTestApp(
      <TestApiProvider apis={[[releasesApiRef, withLists()]]}>
        <ReleaseFormDialog
          open
          entityRef={entityRef}
          onClose={jest.fn()}
          onCreate={onCreate}
        />
      </TestApiProvider>,
    );
    const dialog = within(
      await screen.findByRole('dialog', { name: 'Plan a release' }),
    );
    await userEvent.click(dialog.getByLabelText(/^Title/));
    await userEvent.paste('Payments 2.5');

    await userEvent.click(
      dialog.getByRole('button', { name: /Distribution lists/ }),
    );
    const menu = within(await screen.findByRole('listbox'));
    expect(menu.getByText('ops, dana')).toBeInTheDocument();
    await userEvent.click(menu.getByRole('option', { name: /^ops-oncall/ }));
    await userEvent.keyboard('{Escape}');
    await userEvent.click(dialog.getByRole('button', { name: 'Plan release' }));

    await waitFor(() =>
      expect(onCreate).toHaveBeenCalledWith(
        expect.objectContaining({
          title: 'Payments 2.5',
          distributionLists: ['ops-oncall'],
        }),
      ),
    );
  });

  it('sends a changed choice, and an emptied one as an empty list', async () => {
    const onUpdate = jest.fn(async (_request: ReleasePatchRequest) => {});
    const release = makeRelease({ revision: 4, distributionLists: ['cab'] });
    const dialog = await renderEdit(withLists(), release, onUpdate);
    await waitFor(() =>
      expect(
        dialog.getByRole('button', { name: /Distribution lists/ }),
      ).toHaveTextContent('cab'),
    );

    await toggleLists(dialog, ['ops-oncall']);
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(onUpdate).toHaveBeenLastCalledWith({
        distributionLists: ['cab', 'ops-oncall'],
        revision: 4,
      }),
    );

    await toggleLists(dialog, ['cab', 'ops-oncall']);
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(onUpdate).toHaveBeenLastCalledWith({
        distributionLists: [],
        revision: 4,
      }),
    );
  });

  it('says why the lists cannot be chosen when they cannot be loaded', async () => {
    const api = mockReleasesApi({
      listDistributionLists: jest.fn(async () => {
        throw await responseError(
          503,
          'ServiceUnavailableError',
          'Backend is starting',
        );
      }),
    });
    const dialog = await renderEdit(api, makeRelease(), jest.fn());

    expect(
      await dialog.findByText(
        'The distribution lists could not be loaded: Backend is starting',
      ),
    ).toBeInTheDocument();
  });
});
