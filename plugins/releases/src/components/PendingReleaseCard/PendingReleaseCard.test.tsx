import { TransitionPreview } from '@stagegate/plugin-releases-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Settings } from 'luxon';
import {
  makeRelease,
  mockReleasesApi,
  responseError,
} from '../../__testUtils__/releases';
import {
  cardActions,
  renderPendingReleaseCard,
} from '../../__testUtils__/renderPendingReleaseCard';

const UPDATE = 'releases.release.update';
const APPROVE = 'releases.release.approve';
const DEPLOY = 'releases.release.deploy';

const systemZone = Settings.defaultZone;
beforeEach(() => {
  Settings.defaultZone = 'America/New_York';
});
afterEach(() => {
  Settings.defaultZone = systemZone;
});

const preview = (
  to: TransitionPreview['to'],
  overrides: Partial<TransitionPreview> = {},
): TransitionPreview => ({
  to,
  allowed: true,
  needsReason: false,
  failures: [],
  ...overrides,
});

const renderCard = renderPendingReleaseCard;
const actions = cardActions;

const buildBlocked = preview('build', {
  allowed: false,
  failures: [
    { gate: 'planning', field: 'owner', message: 'Name a release owner' },
    {
      gate: 'planning',
      field: 'schedule',
      message: 'Plan a slot in production',
    },
  ],
});

describe('PendingReleaseCard', () => {
  it('shows what the release is, its stage, the gates missing for the next one and its slots', async () => {
    const release = makeRelease({
      category: 'emergency',
      unitType: 'package',
      schedule: [
        {
          environment: 'production',
          start: '2026-12-01T20:00:00Z',
          end: '2026-12-01T22:00:00Z',
          status: 'planned',
        },
      ],
    });
    const api = mockReleasesApi({
      getTransitions: jest.fn(async () => [
        buildBlocked,
        preview('on_hold', { needsReason: true }),
      ]),
    });
    const { onOpen } = await renderCard(release, { api, allowed: [] });

    expect(
      screen.getByText('REL-2026-0042 · version 2.4.0'),
    ).toBeInTheDocument();
    expect(screen.getByText('Emergency release')).toBeInTheDocument();
    expect(screen.getByText('Package unit')).toBeInTheDocument();
    expect(
      screen.getByText('planning').closest('[data-state]'),
    ).toHaveAttribute('aria-current', 'step');

    const missing = await screen.findByRole('list', {
      name: 'Missing for build',
    });
    expect(
      within(missing).getByText('Name a release owner'),
    ).toBeInTheDocument();
    expect(
      within(missing).getByText('Plan a slot in production'),
    ).toBeInTheDocument();
    expect(api.getTransitions).toHaveBeenCalledWith(release.id);

    // 20:00 UTC is 3 pm in New York in December.
    expect(
      screen.getByText(
        /^production: Dec 1, 2026, 3:00 PM EST – .*5:00 PM EST$/,
      ),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Payments 2.4' }));
    expect(onOpen).toHaveBeenCalledWith(release);
  });

  it('shows no actions to a viewer who may do nothing', async () => {
    const api = mockReleasesApi({
      getTransitions: jest.fn(async () => [preview('approved')]),
    });
    await renderCard(makeRelease({ status: 'readiness' }), {
      api,
      allowed: [],
    });

    expect(
      await screen.findByText('Every gate for approved is met.'),
    ).toBeInTheDocument();
    expect(actions().queryAllByRole('button')).toHaveLength(0);
  });

  it('shows the lifecycle actions only to a viewer who may update', async () => {
    const release = makeRelease({
      status: 'readiness',
      schedule: [
        {
          environment: 'sit',
          start: '2026-11-20T10:00:00Z',
          end: '2026-11-20T12:00:00Z',
          status: 'planned',
        },
      ],
    });
    const api = mockReleasesApi({
      getTransitions: jest.fn(async () => [
        preview('approved'),
        preview('on_hold', { needsReason: true }),
        preview('cancelled', { needsReason: true }),
      ]),
    });
    await renderCard(release, { api, allowed: [UPDATE] });

    expect(
      await actions().findByRole('button', { name: 'Advance to approved' }),
    ).toBeEnabled();
    expect(
      actions().getByRole('button', { name: 'Put on hold' }),
    ).toBeEnabled();
    expect(actions().getByRole('button', { name: 'Cancel' })).toBeEnabled();
    expect(
      actions().getByRole('button', { name: 'Record test results' }),
    ).toBeInTheDocument();
    expect(actions().getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(actions().queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(actions().queryByRole('button', { name: 'Reject' })).toBeNull();
    expect(
      actions().queryByRole('button', { name: 'Record a deployment' }),
    ).toBeNull();
  });

  it('shows approving only to a viewer who may approve', async () => {
    const api = mockReleasesApi({
      getTransitions: jest.fn(async () => [preview('approved')]),
    });
    await renderCard(makeRelease({ status: 'readiness' }), {
      api,
      allowed: [APPROVE],
    });

    expect(
      await actions().findByRole('button', { name: 'Approve' }),
    ).toBeInTheDocument();
    expect(
      actions().getByRole('button', { name: 'Reject' }),
    ).toBeInTheDocument();
    expect(
      actions().queryByRole('button', { name: 'Advance to approved' }),
    ).toBeNull();
    expect(actions().queryByRole('button', { name: 'Edit' })).toBeNull();
  });

  it('shows the moves of a deployment only to a viewer who may deploy', async () => {
    const release = makeRelease({
      status: 'deploying',
      schedule: [
        {
          environment: 'production',
          start: '2026-12-01T20:00:00Z',
          end: '2026-12-01T22:00:00Z',
          status: 'in_progress',
        },
      ],
    });
    const api = mockReleasesApi({
      getTransitions: jest.fn(async () => [
        preview('deployed'),
        preview('failed', { needsReason: true }),
        preview('backed_out', { needsReason: true }),
      ]),
    });
    await renderCard(release, { api, allowed: [DEPLOY] });

    expect(
      await actions().findByRole('button', { name: 'Advance to deployed' }),
    ).toBeEnabled();
    expect(
      actions().getByRole('button', { name: 'Mark failed' }),
    ).toBeInTheDocument();
    expect(
      actions().getByRole('button', { name: 'Back out' }),
    ).toBeInTheDocument();
    // Recording a deployment changes the schedule, which also needs update.
    expect(
      actions().queryByRole('button', { name: 'Record a deployment' }),
    ).toBeNull();
    expect(
      actions().queryByRole('button', { name: 'Record test results' }),
    ).toBeNull();
  });

  it('offers recording a deployment to a viewer who may deploy and update', async () => {
    const release = makeRelease({
      status: 'deploying',
      schedule: [
        {
          environment: 'production',
          start: '2026-12-01T20:00:00Z',
          end: '2026-12-01T22:00:00Z',
          status: 'in_progress',
        },
      ],
    });
    const api = mockReleasesApi({
      getTransitions: jest.fn(async () => [preview('deployed')]),
      updateRelease: jest.fn(async (_id, patch) => ({
        ...release,
        schedule: patch.schedule!,
        revision: 2,
      })),
    });
    await renderCard(release, { api, allowed: [UPDATE, DEPLOY] });

    await userEvent.click(
      await actions().findByRole('button', { name: 'Record a deployment' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByLabelText('Actual start (America/New_York)'),
    );
    await userEvent.paste('2026-12-01T15:05');
    await userEvent.click(
      within(dialog).getByLabelText('Actual end (America/New_York)'),
    );
    await userEvent.paste('2026-12-01T16:45');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Record deployment' }),
    );

    await waitFor(() =>
      expect(api.updateRelease).toHaveBeenCalledWith(release.id, {
        revision: 1,
        schedule: [
          {
            environment: 'production',
            start: '2026-12-01T20:00:00Z',
            end: '2026-12-01T22:00:00Z',
            actualStart: '2026-12-01T20:05:00Z',
            actualEnd: '2026-12-01T21:45:00Z',
            status: 'done',
          },
        ],
      }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Recorded the deployment.',
    );
  });

  it('disables a move the gates refuse, and lists why', async () => {
    const api = mockReleasesApi({
      getTransitions: jest.fn(async () => [buildBlocked]),
    });
    await renderCard(makeRelease(), { api, allowed: [UPDATE] });

    const advance = await actions().findByRole('button', {
      name: 'Advance to build',
    });
    expect(advance).toBeDisabled();
    // Assistive technology reads the reasons as the button's description.
    expect(advance).toHaveAccessibleDescription(
      /Plan: Name a release owner.*Plan: Plan a slot in production/,
    );

    await userEvent.hover(advance.parentElement!);
    const tooltip = await screen.findByRole('tooltip');
    expect(
      within(tooltip).getByText('Plan: Name a release owner'),
    ).toBeInTheDocument();
    expect(
      within(tooltip).getByText('Plan: Plan a slot in production'),
    ).toBeInTheDocument();
  });

  it('advances with the revision it saw, then shows the new stage and previews it again', async () => {
    const release = makeRelease({ revision: 4 });
    const moved = { ...release, status: 'build' as const, revision: 5 };
    const api = mockReleasesApi({
      getTransitions: jest
        .fn()
        .mockResolvedValueOnce([preview('build')])
        .mockResolvedValue([
          preview('test', {
            allowed: false,
            failures: [{ gate: 'vdd', message: 'List the contents' }],
          }),
        ]),
      transitionRelease: jest.fn(async () => moved),
    });
    const { onChanged } = await renderCard(release, {
      api,
      allowed: [UPDATE],
    });

    await userEvent.click(
      await actions().findByRole('button', { name: 'Advance to build' }),
    );

    expect(api.transitionRelease).toHaveBeenCalledWith(release.id, {
      to: 'build',
      revision: 4,
    });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'REL-2026-0042 moved to build.',
    );
    expect(screen.getByText('build').closest('[data-state]')).toHaveAttribute(
      'aria-current',
      'step',
    );
    expect(
      await screen.findByRole('list', { name: 'Missing for test' }),
    ).toHaveTextContent('List the contents');
    expect(onChanged).toHaveBeenCalledWith(moved, release);
  });

  it("shows the server's message when it refuses a move", async () => {
    const api = mockReleasesApi({
      getTransitions: jest.fn(async () => [preview('build')]),
      transitionRelease: jest.fn(async () => {
        throw await responseError(
          409,
          'ConflictError',
          'Cannot move to build: Name a release owner',
        );
      }),
    });
    await renderCard(makeRelease(), { api, allowed: [UPDATE] });

    await userEvent.click(
      await actions().findByRole('button', { name: 'Advance to build' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Cannot move to build: Name a release owner',
    );
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
  });

  it('asks to reload when the release changed meanwhile, and reloads it', async () => {
    const release = makeRelease();
    const api = mockReleasesApi({
      getTransitions: jest.fn(async () => [preview('build')]),
      transitionRelease: jest.fn(async () => {
        throw await responseError(
          409,
          'ConflictError',
          'The release is at revision 2, not 1',
        );
      }),
      getRelease: jest.fn(async () => ({
        ...release,
        title: 'Payments 2.4 (renamed)',
        revision: 2,
      })),
    });
    await renderCard(release, { api, allowed: [UPDATE] });

    await userEvent.click(
      await actions().findByRole('button', { name: 'Advance to build' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone changed this release');

    await userEvent.click(
      within(alert).getByRole('button', { name: 'Reload' }),
    );

    expect(api.getRelease).toHaveBeenCalledWith(release.id);
    expect(
      await screen.findByRole('button', { name: 'Payments 2.4 (renamed)' }),
    ).toBeInTheDocument();
  });

  it('puts a release on hold only with a reason, from the keyboard', async () => {
    const release = makeRelease({ status: 'build', revision: 3 });
    const api = mockReleasesApi({
      getTransitions: jest.fn(async () => [
        preview('on_hold', { needsReason: true }),
      ]),
      transitionRelease: jest.fn(async () => ({
        ...release,
        status: 'on_hold' as const,
        heldFrom: 'build' as const,
        revision: 4,
      })),
    });
    await renderCard(release, { api, allowed: [UPDATE] });

    await userEvent.click(
      await actions().findByRole('button', { name: 'Put on hold' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Put on hold' }),
    );

    expect(
      await within(dialog).findByText(
        'Give a reason for moving the release to on hold; it goes into the history',
      ),
    ).toBeInTheDocument();
    expect(api.transitionRelease).not.toHaveBeenCalled();
    // The field in error has the focus, so the reason can be typed right away.
    expect(within(dialog).getByLabelText(/^Reason/)).toHaveFocus();

    await userEvent.keyboard('Waiting for the vendor{Enter}');

    await waitFor(() =>
      expect(api.transitionRelease).toHaveBeenCalledWith(release.id, {
        to: 'on_hold',
        reason: 'Waiting for the vendor',
        revision: 3,
      }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'REL-2026-0042 moved to on hold.',
    );
    expect(screen.getByText('On hold (stopped in build)')).toBeInTheDocument();
  });
});

describe('PendingReleaseCard approvals', () => {
  it('records a rejection through the API and shows what was recorded', async () => {
    const release = makeRelease({ status: 'readiness' });
    const api = mockReleasesApi({
      recordApproval: jest.fn(async () => ({
        ...release,
        revision: 2,
        approvals: [
          {
            gate: 'rrr' as const,
            decision: 'reject' as const,
            by: 'user:default/bob',
            at: '2026-11-02T09:00:00Z',
            comment: 'RFC missing',
          },
        ],
      })),
    });
    await renderCard(release, { api, allowed: [APPROVE] });

    await userEvent.click(
      await actions().findByRole('button', { name: 'Reject' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.selectOptions(within(dialog).getByLabelText('Gate'), 'rrr');
    await userEvent.type(
      within(dialog).getByLabelText(/^Comment/),
      'RFC missing{Enter}',
    );

    await waitFor(() =>
      expect(api.recordApproval).toHaveBeenCalledWith(release.id, {
        gate: 'rrr',
        decision: 'reject',
        comment: 'RFC missing',
      }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Recorded your rejection at the Release readiness review (RRR).',
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('keeps the dialog open with the message when segregation of duties refuses', async () => {
    const release = makeRelease({ status: 'readiness' });
    const api = mockReleasesApi({
      recordApproval: jest.fn(async () => {
        throw await responseError(
          409,
          'ConflictError',
          'user:default/alice owns or created the release and cannot approve it',
        );
      }),
    });
    await renderCard(release, { api, allowed: [APPROVE] });

    await userEvent.click(
      await actions().findByRole('button', { name: 'Approve' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Approve' }),
    );

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'user:default/alice owns or created the release and cannot approve it',
    );
  });

  describe('conflicts', () => {
    const blocking = {
      id: 'blackout-window:changewindow:default/year-end-freeze:production',
      type: 'blackout-window' as const,
      severity: 'critical' as const,
      enforcement: 'block' as const,
      itemId: 'r1',
      other: {
        kind: 'window' as const,
        id: 'changewindow:default/year-end-freeze',
        title: 'Year-end freeze',
      },
      entityRefs: ['component:default/payments'],
      environment: 'production',
      interval: { start: '2026-12-20T03:00:00Z', end: '2026-12-20T05:00:00Z' },
      message:
        'The production slot falls in the blackout window "Year-end freeze"',
    };
    const warning = {
      ...blocking,
      id: 'owner-overlap:r9:production',
      type: 'owner-overlap' as const,
      severity: 'low' as const,
      enforcement: 'warn' as const,
      message: 'The owner has another production slot at the same time',
    };

    it('marks a release with conflicts and lists them, blocking first', async () => {
      const release = makeRelease({ conflicts: [warning, blocking] });
      await renderCard(release, { api: mockReleasesApi(), allowed: [] });

      expect(await screen.findByText('2 conflicts')).toBeInTheDocument();
      const region = screen.getByRole('region', { name: /Conflicts \(2\)/ });
      const items = within(region).getAllByRole('listitem');
      expect(items[0]).toHaveTextContent(blocking.message);
      expect(items[0]).toHaveTextContent('Enforcement: block (blocks)');
      expect(items[0]).toHaveTextContent('In a blackout window');
      expect(items[1]).toHaveTextContent(warning.message);
    });

    it('does not offer the override of blocking conflicts to a viewer who may not', async () => {
      const release = makeRelease({
        status: 'readiness',
        revision: 7,
        conflicts: [warning, blocking],
      });
      const overridden = {
        ...release,
        revision: 8,
        conflictOverrides: [
          {
            by: 'user:default/rita.release',
            reason: 'CAB accepted the risk',
            at: '2026-12-01T10:00:00Z',
            conflictIds: [blocking.id],
          },
        ],
      };
      const api = mockReleasesApi({
        overrideConflicts: jest.fn().mockResolvedValue(overridden),
      });

      await renderCard(release, { api, allowed: [UPDATE] });
      await screen.findByText('2 conflicts');
      expect(
        actions().queryByRole('button', { name: 'Override conflicts' }),
      ).toBeNull();
    });
  });
});
