import { renderInTestApp } from '@backstage/test-utils';
import { ReleasePatchRequest } from '@stagegate/plugin-releases-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Settings } from 'luxon';
import { makeRelease } from '../../__testUtils__/releases';
import { DeploymentDialog, deploymentPatch } from './DeploymentDialog';

const systemZone = Settings.defaultZone;
beforeEach(() => {
  Settings.defaultZone = 'Europe/Berlin';
});
afterEach(() => {
  Settings.defaultZone = systemZone;
});

const release = makeRelease({
  status: 'deploying',
  revision: 9,
  schedule: [
    {
      environment: 'sat',
      start: '2026-11-20T10:00:00Z',
      end: '2026-11-20T12:00:00Z',
      status: 'done',
      actualStart: '2026-11-20T10:05:00Z',
      actualEnd: '2026-11-20T11:40:00Z',
    },
    {
      environment: 'production',
      start: '2026-12-01T20:00:00Z',
      end: '2026-12-01T22:00:00Z',
      status: 'planned',
    },
  ],
});

describe('deploymentPatch', () => {
  it('records the actual times in UTC and keeps the other slots', () => {
    const { patch, errors } = deploymentPatch(
      release,
      {
        environment: 'production',
        actualStart: '2026-12-01T21:10',
        actualEnd: '2026-12-01T22:30',
        status: 'done',
      },
      'Europe/Berlin',
    );

    expect(errors).toEqual({});
    expect(patch).toEqual({
      revision: 9,
      schedule: [
        release.schedule[0],
        {
          environment: 'production',
          start: '2026-12-01T20:00:00Z',
          end: '2026-12-01T22:00:00Z',
          status: 'done',
          actualStart: '2026-12-01T20:10:00Z',
          actualEnd: '2026-12-01T21:30:00Z',
        },
      ],
    });
  });

  it('needs a start, and an end unless the deployment still runs', () => {
    const { patch, errors } = deploymentPatch(
      release,
      {
        environment: 'production',
        actualStart: '',
        actualEnd: '',
        status: 'done',
      },
      'Europe/Berlin',
    );

    expect(patch).toBeUndefined();
    expect(errors['schedule.1.actualStart']).toMatch(
      /^Give the time the deployment started, in your time zone \(Europe\/Berlin\)/,
    );
    expect(errors['schedule.1.actualEnd']).toMatch(/or mark it in progress/);

    expect(
      deploymentPatch(
        release,
        {
          environment: 'production',
          actualStart: '2026-12-01T21:10',
          actualEnd: '',
          status: 'in_progress',
        },
        'Europe/Berlin',
      ).errors,
    ).toEqual({});
  });
});

describe('DeploymentDialog', () => {
  it('records a deployment with times typed in the viewer zone', async () => {
    const onSubmit = jest.fn(async (_patch: ReleasePatchRequest) => {});
    await renderInTestApp(
      <DeploymentDialog
        open
        release={release}
        onClose={jest.fn()}
        onSubmit={onSubmit}
      />,
    );
    const dialog = await screen.findByRole('dialog');

    // The slot still planned is chosen first.
    expect(within(dialog).getByLabelText('Environment')).toHaveValue(
      'production',
    );
    await userEvent.type(
      within(dialog).getByLabelText('Actual start (Europe/Berlin)'),
      '2026-12-01T21:10',
    );
    await userEvent.type(
      within(dialog).getByLabelText('Actual end (Europe/Berlin)'),
      '2026-12-01T22:30',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Record deployment' }),
    );

    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0].schedule![1]).toMatchObject({
      actualStart: '2026-12-01T20:10:00Z',
      actualEnd: '2026-12-01T21:30:00Z',
      status: 'done',
    });
  });
});
