import { Content, Header, Page } from '@backstage/core-components';
import { DateTime } from 'luxon';
import { useMemo } from 'react';
import { useReleaseList } from '../../hooks';
import { viewerZone } from '../../utils';
import { ReleaseTable } from '../ReleaseTable';

/** How far ahead the forward schedule of changes looks by default. */
const HORIZON_DAYS = 90;

/**
 * The portal-wide release calendar: the forward schedule of changes.
 *
 * @public
 */
export function ReleaseCalendarPage() {
  const period = useMemo(() => {
    const now = DateTime.utc().startOf('day');
    return {
      from: now.toISO()!,
      to: now.plus({ days: HORIZON_DAYS }).toISO()!,
    };
  }, []);
  const scheduled = useReleaseList(period);

  return (
    <Page themeId="tool">
      <Header
        title="Release calendar"
        subtitle={`Forward schedule of changes, next ${HORIZON_DAYS} days (times in ${viewerZone()})`}
      />
      <Content>
        <ReleaseTable
          title="Scheduled releases"
          list={scheduled}
          emptyTitle={`Nothing is scheduled in the next ${HORIZON_DAYS} days`}
          emptyDescription="Releases with a planned slot in any environment show here."
        />
      </Content>
    </Page>
  );
}
