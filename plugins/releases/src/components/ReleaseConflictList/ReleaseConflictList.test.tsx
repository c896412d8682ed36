import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { Settings } from 'luxon';
import { ReleaseConflictList } from './ReleaseConflictList';

const systemZone = Settings.defaultZone;
beforeEach(() => {
  Settings.defaultZone = 'UTC';
});
afterEach(() => {
  Settings.defaultZone = systemZone;
});

describe('ReleaseConflictList', () => {
  it('says when the conflicts shown could not be checked again, and since when they stand', async () => {
    await renderInTestApp(
      <ReleaseConflictList
        release={{
          conflicts: [],
          conflictsCheckedAt: '2026-11-20T09:00:00Z',
          conflictsUnchecked:
            'The catalog is unavailable, so the CIs cannot be read now',
        }}
      />,
    );
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent(/not re-checked now/);
    expect(notice).toHaveTextContent(/catalog is unavailable/);
    expect(notice).toHaveTextContent(/2026|Nov/);
  });

  it('shows nothing for a release without conflicts that was checked', async () => {
    await renderInTestApp(
      <ReleaseConflictList
        release={{ conflicts: [], conflictsCheckedAt: '2026-11-20T09:00:00Z' }}
      />,
    );
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('region')).toBeNull();
  });
});
