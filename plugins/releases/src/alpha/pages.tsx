import { PageBlueprint } from '@backstage/frontend-plugin-api';
import EventIcon from '@material-ui/icons/Event';
import { releasesApiRef } from '../api';
import { rootRouteRef } from '../routes';

/**
 * The release calendar page at `/releases`, with its sidebar item. Opening it asks for the
 * calendar the URL describes at once, while the page's code loads, instead of after the
 * page has been drawn.
 *
 * @alpha
 */
export const releaseCalendarPage = PageBlueprint.makeWithOverrides({
  factory(originalFactory, { apis }) {
    return originalFactory({
      path: '/releases',
      title: 'Release calendar',
      icon: <EventIcon />,
      routeRef: rootRouteRef,
      noHeader: true,
      loader: () => {
        const api = apis.get(releasesApiRef);
        if (api) {
          const query = window.location.search;
          // Only a head start: when its code cannot be loaded, the page asks as usual.
          import('../calendar/calendarPrefetch').then(
            m => m.prefetchCalendar(api, query),
            () => undefined,
          );
        }
        return import('../components/ReleaseCalendarPage').then(m => (
          <m.ReleaseCalendarPage />
        ));
      },
    });
  },
});
