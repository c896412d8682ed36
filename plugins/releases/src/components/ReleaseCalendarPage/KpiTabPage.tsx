import { Header, Page, Progress } from '@backstage/core-components';
import { Suspense, lazy } from 'react';
import { ReleasesPageTabState, ReleasesPageTabs } from './ReleasesPageTabs';

// The charts library is loaded only when the KPIs are opened.
const KpiView = lazy(() =>
  import('../KpiView').then(m => ({ default: m.KpiView })),
);

/**
 * The KPI tab of the calendar page, with the page's header and tabs.
 *
 * @internal
 */
export function KpiTabPage(props: { tab: ReleasesPageTabState }) {
  return (
    <Page themeId="tool">
      <Header
        title="Release calendar"
        subtitle="Release management KPIs: trends, time to implement and totals of a period"
      />
      <ReleasesPageTabs tab={props.tab.value} onSelect={props.tab.select} />
      <Suspense fallback={<Progress />}>
        <KpiView />
      </Suspense>
    </Page>
  );
}
