import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { HistoryEntry, Release } from '@stagegate/plugin-releases-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Settings } from 'luxon';
import { ReleasesApi, releasesApiRef } from '../../api';
import {
  makeRelease,
  mockReleasesApi,
  permissionApi,
} from '../../__testUtils__/releases';
import { ReleaseDetailDialog } from './ReleaseDetailDialog';
import { stoppedAtFromHistory } from './ReleaseDetailBody';

const systemZone = Settings.defaultZone;
beforeEach(() => {
  Settings.defaultZone = 'UTC';
});
afterEach(() => {
  Settings.defaultZone = systemZone;
});

const release = makeRelease({
  status: 'backed_out',
  description: 'Quarterly payments release',
  owner: 'group:default/team-a',
  rfc: { id: 'RFC-1234', url: 'https://itsm.example.com/RFC-1234' },
  contents: [
    {
      name: 'payments-api',
      version: '2.4.0',
      kind: 'artifact',
      checksum: 'sha256:9f86d08',
    },
    { name: 'runbook', version: '3', kind: 'document' },
  ],
  testPlan: 'Run the checkout suite',
  testResults: [
    {
      name: 'checkout',
      environment: 'sat',
      passed: true,
      recordedAt: '2026-11-10T10:00:00Z',
      recordedBy: 'user:default/carol',
    },
  ],
  backoutPlan: { steps: 'Redeploy 2.3.0', tested: true },
  acceptanceCriteria: 'Payments succeed',
  knownErrors: 'KE-7: slow refunds',
  approvals: [
    {
      gate: 'cab',
      decision: 'reject',
      by: 'user:default/bob',
      at: '2026-11-12T09:00:00Z',
      comment: 'Backout not rehearsed',
    },
    {
      gate: 'cab',
      decision: 'approve',
      by: 'user:default/bob',
      at: '2026-11-14T09:30:00Z',
    },
  ],
  pirOutcome: { outcome: 'failed', notes: 'Latency regression' },
});

const history: HistoryEntry[] = [
  {
    releaseId: release.id,
    revision: 1,
    action: 'created',
    by: 'user:default/alice',
    at: '2026-11-01T09:00:00Z',
    changes: [{ field: 'title', after: 'Payments 2.4' }],
  },
  {
    releaseId: release.id,
    revision: 9,
    action: 'transitioned',
    by: 'user:default/alice',
    at: '2026-12-01T23:00:00Z',
    from: 'deployed',
    to: 'backed_out',
    reason: 'Latency doubled',
    changes: [{ field: 'status', before: 'deployed', after: 'backed_out' }],
  },
];

async function renderDetail(
  api: ReleasesApi,
  shown: Release = release,
  allowed: string[] = [],
) {
  const onClose = jest.fn();
  const onChanged = jest.fn();
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [releasesApiRef, api],
        [permissionApiRef, permissionApi(allowed)],
      ]}
    >
      <ReleaseDetailDialog
        release={shown}
        onClose={onClose}
        onChanged={onChanged}
      />
    </TestApiProvider>,
    {
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
  return { onClose, onChanged, dialog: await screen.findByRole('dialog') };
}

const section = (dialog: HTMLElement, name: string) =>
  within(within(dialog).getByRole('region', { name }));

describe('ReleaseDetailDialog', () => {
  it('shows the documents, approvals and history of the release, read afresh', async () => {
    const api = mockReleasesApi({
      getRelease: jest.fn(async () => release),
      getHistory: jest.fn(async () => history),
    });
    const { dialog } = await renderDetail(api);

    expect(
      await within(dialog).findByText('Quarterly payments release'),
    ).toBeInTheDocument();
    expect(api.getRelease).toHaveBeenCalledWith(release.id);
    expect(api.getHistory).toHaveBeenCalledWith(release.id);
    expect(
      within(dialog).getByRole('link', { name: 'RFC-1234' }),
    ).toHaveAttribute('href', 'https://itsm.example.com/RFC-1234');

    const contents = section(dialog, 'Contents (VDD)');
    expect(contents.getByText('payments-api')).toBeInTheDocument();
    expect(contents.getByText('sha256:9f86d08')).toBeInTheDocument();
    expect(contents.getByText('runbook')).toBeInTheDocument();

    const tests = section(dialog, 'Test plan and results');
    expect(tests.getByText('Run the checkout suite')).toBeInTheDocument();
    expect(tests.getByText('checkout')).toBeInTheDocument();
    expect(tests.getByText('passed')).toBeInTheDocument();
    expect(tests.getByText('carol')).toBeInTheDocument();

    expect(
      section(dialog, 'Backout plan').getByText('The backout plan was tested.'),
    ).toBeInTheDocument();
    expect(
      section(dialog, 'Acceptance criteria').getByText('Payments succeed'),
    ).toBeInTheDocument();
    expect(
      section(dialog, 'Known errors').getByText('KE-7: slow refunds'),
    ).toBeInTheDocument();

    const approvals = within(
      within(dialog).getByRole('table', { name: 'Approvals' }),
    );
    const rows = approvals.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Change advisory board (CAB)');
    expect(rows[0]).toHaveTextContent('rejected');
    expect(rows[0]).toHaveTextContent('bob');
    expect(rows[0]).toHaveTextContent('Nov 12, 2026');
    expect(rows[0]).toHaveTextContent('Backout not rehearsed');
    expect(rows[1]).toHaveTextContent('approved');

    expect(
      section(dialog, 'Post-implementation review').getByText(
        'Latency regression',
      ),
    ).toBeInTheDocument();

    const timeline = within(
      within(dialog).getByRole('list', { name: 'History' }),
    );
    const entries = timeline.getAllByRole('listitem');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent('alice created the release');
    expect(entries[0]).toHaveTextContent('Changed: title');
    expect(entries[1]).toHaveTextContent(
      'alice moved the release: deployed → backed out',
    );
    expect(entries[1]).toHaveTextContent('Dec 1, 2026');
    expect(entries[1]).toHaveTextContent('Reason: Latency doubled');

    // The stepper knows from the history where the release was backed out.
    expect(
      within(dialog).getByText('Backed out (stopped in deployed)'),
    ).toBeInTheDocument();
  });

  it('shows what people typed as text, never as HTML, and links only to http(s)', async () => {
    const hostile = makeRelease({
      ...release,
      title: '<img src=x onerror="window.pwned=1">Payments',
      description: '<script>window.pwned=1</script><b>bold?</b>',
      knownErrors: '<a href="javascript:alert(1)">click</a>',
      // A script url as stored before links were checked: hostile input, not code.
      // eslint-disable-next-line no-script-url
      rfc: { id: 'RFC-666', url: 'javascript:alert(document.cookie)' },
    });
    const api = mockReleasesApi({
      getRelease: jest.fn(async () => hostile),
      getHistory: jest.fn(async () => []),
    });
    const { dialog } = await renderDetail(api, hostile);

    expect(
      await within(dialog).findByText(
        '<script>window.pwned=1</script><b>bold?</b>',
      ),
    ).toBeInTheDocument();
    expect(dialog.querySelector('script, img[src="x"], b')).toBeNull();
    expect(
      within(dialog).getByText('<a href="javascript:alert(1)">click</a>'),
    ).toBeInTheDocument();
    // The RFC is named, but its url is no link: it is not http(s).
    expect(within(dialog).getByText('RFC-666')).toBeInTheDocument();
    expect(within(dialog).queryByRole('link', { name: 'RFC-666' })).toBeNull();
    const hrefs = [...dialog.querySelectorAll('a')].map(a =>
      a.getAttribute('href'),
    );
    expect(
      hrefs.filter(href => /^\s*(javascript|data):/i.test(href ?? '')),
    ).toEqual([]);
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('shows an error panel when the release cannot be loaded', async () => {
    const api = mockReleasesApi({
      getRelease: jest.fn(async () => {
        throw new Error('Release not found');
      }),
    });
    const { dialog } = await renderDetail(api);

    expect(
      await within(dialog).findByText('Error: The release could not be loaded'),
    ).toBeInTheDocument();
  });

  it('closes with its button', async () => {
    const api = mockReleasesApi({
      getRelease: jest.fn(async () => release),
    });
    const { dialog, onClose } = await renderDetail(api);

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Close' }),
    );

    expect(onClose).toHaveBeenCalled();
  });
});

describe('ReleaseDetailDialog actions', () => {
  it('records the PIR of a release in review, and reads it again', async () => {
    const inReview = makeRelease({ status: 'review', revision: 12 });
    const reviewed = {
      ...inReview,
      revision: 13,
      pirOutcome: { outcome: 'partial' as const, notes: 'Refunds were slow' },
    };
    const api = mockReleasesApi({
      getRelease: jest
        .fn()
        .mockResolvedValueOnce(inReview)
        .mockResolvedValue(reviewed),
      getTransitions: jest.fn(async () => [
        {
          to: 'closed' as const,
          allowed: false,
          needsReason: false,
          failures: [
            { gate: 'pir' as const, message: 'Record the PIR outcome' },
          ],
        },
      ]),
      updateRelease: jest.fn(async () => reviewed),
    });
    const { dialog, onChanged } = await renderDetail(api, inReview, [
      'releases.release.update',
    ]);

    await userEvent.click(
      await within(dialog).findByRole('button', { name: 'Record the PIR' }),
    );
    const pir = await screen.findByRole('dialog', {
      name: /^Post-implementation review/,
    });
    await userEvent.selectOptions(
      within(pir).getByLabelText('Outcome'),
      'partial',
    );
    await userEvent.click(
      within(pir).getByRole('button', { name: 'Record review' }),
    );
    expect(
      await within(pir).findByText('The PIR notes must not be empty'),
    ).toBeInTheDocument();
    await userEvent.click(within(pir).getByLabelText(/^Notes/));
    await userEvent.paste('Refunds were slow');
    await userEvent.click(
      within(pir).getByRole('button', { name: 'Record review' }),
    );

    await waitFor(() =>
      expect(api.updateRelease).toHaveBeenCalledWith(inReview.id, {
        pirOutcome: { outcome: 'partial', notes: 'Refunds were slow' },
        revision: 12,
      }),
    );
    expect(onChanged).toHaveBeenCalledWith(reviewed, inReview);
    expect(
      await within(dialog).findByText('Refunds were slow'),
    ).toBeInTheDocument();
    expect(api.getRelease).toHaveBeenCalledTimes(2);
  });
});

describe('stoppedAtFromHistory', () => {
  it('finds the main-line status a release left for its side state', () => {
    expect(stoppedAtFromHistory(release, history)).toBe('deployed');
    expect(
      stoppedAtFromHistory({ ...release, status: 'cancelled' }, history),
    ).toBeUndefined();
  });
});
