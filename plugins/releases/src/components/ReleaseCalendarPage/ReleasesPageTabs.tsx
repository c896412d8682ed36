import { HeaderTabs } from '@backstage/core-components';
import { memo, useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

const TABS = [
  { id: 'calendar', label: 'Calendar' },
  { id: 'kpis', label: 'KPIs' },
] as const;

/**
 * A tab of the calendar page.
 *
 * @internal
 */
export type ReleasesPageTab = (typeof TABS)[number]['id'];

/**
 * The tab of the calendar page shown, kept in the URL (`tab=kpis`; the calendar without it),
 * and a way to change it.
 *
 * @internal
 */
export interface ReleasesPageTabState {
  value: ReleasesPageTab;
  select(tab: ReleasesPageTab): void;
}

/**
 * Reads the calendar page's tab from the URL. Changing the tab starts the other tab's view
 * afresh, keeping only the zone, which both tabs read days and times in.
 *
 * @internal
 */
export function useReleasesPageTab(): ReleasesPageTabState {
  const [params, setParams] = useSearchParams();
  const value: ReleasesPageTab =
    params.get('tab') === 'kpis' ? 'kpis' : 'calendar';
  const zone = params.get('tz');
  const select = useCallback(
    (tab: ReleasesPageTab) => {
      const next = new URLSearchParams();
      if (tab !== 'calendar') next.set('tab', tab);
      if (zone) next.set('tz', zone);
      setParams(next);
    },
    [zone, setParams],
  );
  return { value, select };
}

const TAB_LABELS = TABS.map(t => ({ id: t.id, label: t.label }));

/**
 * The tabs of the calendar page, under its header: the calendar and the KPIs.
 *
 * Drawn again only when the tab changes: the tabs measure themselves after every render,
 * which forces the browser to lay out the whole page, and a calendar of thousands of events
 * arriving below them must not pay for that.
 *
 * @internal
 */
export const ReleasesPageTabs = memo(function PageTabs(props: {
  tab: ReleasesPageTab;
  onSelect(tab: ReleasesPageTab): void;
}) {
  const { tab, onSelect } = props;
  return (
    <HeaderTabs
      tabs={TAB_LABELS}
      selectedIndex={TABS.findIndex(t => t.id === tab)}
      onChange={index => onSelect(TABS[index].id)}
    />
  );
});
