import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  ReleaseCreateRequest,
  ReleasePatchRequest,
} from '@stagegate/plugin-releases-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Settings } from 'luxon';
import { releasesApiRef } from '../../api';
import {
  entityRef,
  makeRelease,
  mockReleasesApi,
  responseError,
} from '../../__testUtils__/releases';
import { ReleaseFormDialog } from './ReleaseFormDialog';

/** Types a value in one go (typing key by key re-renders the whole form each time). */
async function fill(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

const systemZone = Settings.defaultZone;
beforeEach(() => {
  Settings.defaultZone = 'America/New_York';
});
afterEach(() => {
  Settings.defaultZone = systemZone;
});

async function renderCreate(
  onCreate: (request: ReleaseCreateRequest) => Promise<void>,
) {
  const onClose = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[releasesApiRef, mockReleasesApi()]]}>
      <ReleaseFormDialog
        open
        entityRef={entityRef}
        onClose={onClose}
        onCreate={onCreate}
      />
    </TestApiProvider>,
  );
  const dialog = await screen.findByRole('dialog', { name: 'Plan a release' });
  return { dialog, onClose };
}

describe('ReleaseFormDialog', () => {
  it('labels every input and starts with the entity as the primary CI', async () => {
    const { dialog } = await renderCreate(jest.fn());

    // The first field has the focus once the dialog has opened.
    await waitFor(() =>
      expect(within(dialog).getByLabelText(/^Title/)).toHaveFocus(),
    );
    expect(
      within(dialog).getByLabelText('Primary CI (entity ref)'),
    ).toHaveValue(entityRef);
    for (const label of [
      'Description',
      'Unit type',
      'Category',
      'Version',
      'Release owner (user or group entity ref)',
      'RFC id',
      'RFC url',
      'Test plan',
      'Backout plan',
      'The backout plan was tested',
      'Acceptance criteria',
      'Known errors',
    ]) {
      expect(within(dialog).getByLabelText(label)).toBeInTheDocument();
    }
    expect(
      within(dialog).getByText('Planned slots (times in America/New_York)'),
    ).toBeInTheDocument();
  });

  it('shows each error of the shared schema next to its field, and focuses the first', async () => {
    const onCreate = jest.fn(async () => {});
    const { dialog } = await renderCreate(onCreate);

    await userEvent.clear(
      within(dialog).getByLabelText('Primary CI (entity ref)'),
    );
    await fill(
      within(dialog).getByLabelText('Primary CI (entity ref)'),
      'payments',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Add an item' }),
    );
    await fill(within(dialog).getByLabelText('Item 1 name'), 'payments-api');
    await fill(within(dialog).getByLabelText('Item 1 version'), '2.4.0');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Plan release' }),
    );

    const title = within(dialog).getByLabelText(/^Title/);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(
      within(dialog).getByText('The title must not be empty'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByLabelText('Primary CI (entity ref)'),
    ).toHaveAttribute('aria-invalid', 'true');
    expect(
      within(dialog).getByText(/^'payments' is not an entity ref/),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Item 1 checksum')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(
      within(dialog).getByText(/^Give the checksum of artifact 'payments-api'/),
    ).toBeInTheDocument();
    await waitFor(() => expect(title).toHaveFocus());
    expect(onCreate).not.toHaveBeenCalled();
  });

  it("submits a valid release with Enter, its slots converted from the viewer's zone to UTC", async () => {
    const onCreate = jest.fn(async (_request: ReleaseCreateRequest) => {});
    const { dialog } = await renderCreate(onCreate);

    await fill(within(dialog).getByLabelText(/^Title/), 'Payments 2.4');
    await userEvent.selectOptions(
      within(dialog).getByLabelText('Category'),
      'emergency',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Add a CI' }),
    );
    await fill(
      within(dialog).getByLabelText('CI 2 (entity ref)'),
      'resource:payments-db',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Add a slot' }),
    );
    const environment = within(dialog).getByLabelText('Slot 1 environment');
    expect(environment).toHaveValue('cinte');
    await userEvent.clear(environment);
    await fill(environment, 'production');
    await fill(
      within(dialog).getByLabelText('Slot 1 start (America/New_York)'),
      '2026-12-01T20:00',
    );
    await fill(
      within(dialog).getByLabelText('Slot 1 end (America/New_York)'),
      '2026-12-01T22:00',
    );
    await fill(within(dialog).getByLabelText('RFC id'), 'RFC-1234');
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(onCreate).toHaveBeenCalledTimes(1));
    expect(onCreate.mock.calls[0][0]).toEqual({
      title: 'Payments 2.4',
      unitType: 'delta',
      category: 'emergency',
      entityRefs: [entityRef, 'resource:default/payments-db'],
      rfc: { id: 'RFC-1234' },
      schedule: [
        {
          environment: 'production',
          start: '2026-12-02T01:00:00Z',
          end: '2026-12-02T03:00:00Z',
          status: 'planned',
        },
      ],
      contents: [],
    });
  });

  it('suggests conflict-free slots for the CIs, environment and length, and fills the picked one', async () => {
    const releasesApi = mockReleasesApi({
      suggestSlots: jest.fn().mockResolvedValue([
        { start: '2026-12-02T20:00:00Z', end: '2026-12-02T23:00:00Z' },
        { start: '2026-12-03T20:00:00Z', end: '2026-12-03T23:00:00Z' },
      ]),
    });
    const onCreate = jest.fn(async (_request: ReleaseCreateRequest) => {});
    await renderInTestApp(
      <TestApiProvider apis={[[releasesApiRef, releasesApi]]}>
        <ReleaseFormDialog
          open
          entityRef={entityRef}
          defaultOwner="group:default/payments-team"
          onClose={jest.fn()}
          onCreate={onCreate}
        />
      </TestApiProvider>,
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Plan a release',
    });
    await fill(within(dialog).getByLabelText(/^Title/), 'Payments 2.4');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Add a slot' }),
    );
    const environment = within(dialog).getByLabelText('Slot 1 environment');
    await userEvent.clear(environment);
    await fill(environment, 'production');
    await fill(
      within(dialog).getByLabelText('Slot 1 start (America/New_York)'),
      '2026-12-01T20:00',
    );
    await fill(
      within(dialog).getByLabelText('Slot 1 end (America/New_York)'),
      '2026-12-01T23:00',
    );

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Suggest a slot for Slot 1' }),
    );

    const suggestions = await screen.findByRole('list', {
      name: 'Suggested slots',
    });
    expect(releasesApi.suggestSlots).toHaveBeenCalledWith({
      entityRefs: [entityRef],
      environment: 'production',
      duration: 'PT3H',
      count: 5,
      category: 'scheduled',
      owner: 'group:default/payments-team',
      excludeReleaseId: undefined,
    });
    // Times in the viewer's zone: 20:00 UTC is 15:00 in New York.
    const second = within(suggestions).getByText(
      'Dec 3, 2026, 3:00 PM EST – Dec 3, 2026, 6:00 PM EST',
    );
    await userEvent.click(second);

    await waitFor(() =>
      expect(
        within(dialog).getByLabelText('Slot 1 start (America/New_York)'),
      ).toHaveValue('2026-12-03T15:00'),
    );
    expect(
      within(dialog).getByLabelText('Slot 1 end (America/New_York)'),
    ).toHaveValue('2026-12-03T18:00');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Plan release' }),
    );
    await waitFor(() => expect(onCreate).toHaveBeenCalledTimes(1));
    expect(onCreate.mock.calls[0][0].schedule).toEqual([
      {
        environment: 'production',
        start: '2026-12-03T20:00:00Z',
        end: '2026-12-03T23:00:00Z',
        status: 'planned',
      },
    ]);
  });

  it("keeps the form and shows the server's message when creating fails", async () => {
    const onCreate = jest.fn(async () => {
      throw await responseError(400, 'InputError', 'owner: no such group');
    });
    const { dialog } = await renderCreate(onCreate);

    await fill(within(dialog).getByLabelText(/^Title/), 'Payments 2.4');
    await userEvent.keyboard('{Enter}');

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'owner: no such group',
    );
    expect(within(dialog).getByLabelText(/^Title/)).toHaveValue('Payments 2.4');
  });

  it('closes with Escape', async () => {
    const { onClose } = await renderCreate(jest.fn());

    await userEvent.keyboard('{Escape}');

    expect(onClose).toHaveBeenCalled();
  });

  describe('editing', () => {
    const release = makeRelease({
      revision: 3,
      owner: 'group:default/team-a',
      testPlan: 'Run the checkout suite',
      schedule: [
        {
          environment: 'production',
          start: '2026-12-01T20:00:00Z',
          end: '2026-12-01T22:00:00Z',
          status: 'planned',
        },
      ],
    });

    async function renderEdit(
      onUpdate: (request: ReleasePatchRequest) => Promise<void>,
    ) {
      const onReload = jest.fn();
      await renderInTestApp(
        <TestApiProvider apis={[[releasesApiRef, mockReleasesApi()]]}>
          <ReleaseFormDialog
            open
            release={release}
            onClose={jest.fn()}
            onReload={onReload}
            onUpdate={onUpdate}
          />
        </TestApiProvider>,
      );
      const dialog = await screen.findByRole('dialog', {
        name: 'Edit REL-2026-0042',
      });
      return { dialog, onReload };
    }

    it('starts from the release, with its slots in the viewer zone', async () => {
      const { dialog } = await renderEdit(jest.fn());

      expect(within(dialog).getByLabelText(/^Title/)).toHaveValue(
        'Payments 2.4',
      );
      expect(within(dialog).getByLabelText('Test plan')).toHaveValue(
        'Run the checkout suite',
      );
      expect(
        within(dialog).getByLabelText('Slot 1 start (America/New_York)'),
      ).toHaveValue('2026-12-01T15:00');
    });

    it('sends the changed fields with the revision it was opened with', async () => {
      const onUpdate = jest.fn(async (_request: ReleasePatchRequest) => {});
      const { dialog } = await renderEdit(onUpdate);

      const version = within(dialog).getByLabelText('Version');
      await userEvent.clear(version);
      await fill(version, '2.4.1');
      await userEvent.keyboard('{Enter}');

      await waitFor(() =>
        expect(onUpdate).toHaveBeenCalledWith({
          version: '2.4.1',
          revision: 3,
        }),
      );
    });

    it('says when nothing changed', async () => {
      const onUpdate = jest.fn(async () => {});
      const { dialog } = await renderEdit(onUpdate);

      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Save' }),
      );

      expect(await within(dialog).findByRole('alert')).toHaveTextContent(
        'Change at least one field besides the revision',
      );
      expect(onUpdate).not.toHaveBeenCalled();
    });

    it('asks to reload when the release changed since it was opened', async () => {
      const onUpdate = jest.fn(async () => {
        throw await responseError(409, 'ConflictError', 'Conflict');
      });
      const { dialog, onReload } = await renderEdit(onUpdate);

      await fill(within(dialog).getByLabelText('Version'), '-rc1');
      await userEvent.keyboard('{Enter}');

      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveTextContent('Someone changed this release');
      await userEvent.click(
        within(alert).getByRole('button', { name: 'Reload' }),
      );
      expect(onReload).toHaveBeenCalled();
    });
  });
});

describe('ReleaseFormDialog after approval', () => {
  it('names the fields that may no longer change, from the shared edit rules', async () => {
    const approved = makeRelease({ status: 'approved', revision: 5 });
    const onUpdate = jest.fn(async () => {});
    await renderInTestApp(
      <TestApiProvider apis={[[releasesApiRef, mockReleasesApi()]]}>
        <ReleaseFormDialog
          open
          release={approved}
          onClose={jest.fn()}
          onUpdate={onUpdate}
        />
      </TestApiProvider>,
    );
    const dialog = await screen.findByRole('dialog');

    await userEvent.click(within(dialog).getByLabelText(/^Title/));
    await userEvent.paste(' (final)');
    await userEvent.click(within(dialog).getByLabelText('Known errors'));
    await userEvent.paste('KE-9');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      await within(dialog).findByText(
        'title cannot change once the release is approved; a reviewer can veto it back to build or test',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Title/)).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(within(dialog).getByLabelText('Known errors')).toHaveAttribute(
      'aria-invalid',
      'false',
    );
    expect(onUpdate).not.toHaveBeenCalled();
  });
});
