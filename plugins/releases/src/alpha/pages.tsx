import { PageBlueprint } from '@backstage/frontend-plugin-api';
import EventIcon from '@material-ui/icons/Event';
import { releasesApiRef } from '../api';
import { rootRouteRef } from '../routes';

/**
 * The release calendar page at `/releases`, with its sidebar item. Opening it asks for the
 * calendar the URL describes as soon as the page's code has loaded, before the page is
 * drawn, instead of after.
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
      // One dynamic import brings the page's code and what asks for its first calendar, so
      // the request goes out before the page is drawn. (Two at once, the page's and a small
      // one for the request, once left the page suspended in an end-to-end run against the
      // development server, which compiles such chunks on demand.)
      loader: () => {
        const query = window.location.search;
        return import('../components/ReleaseCalendarPage').then(m => {
          const api = apis.get(releasesApiRef);
          if (api) m.prefetchCalendar(api, query);
          return <m.ReleaseCalendarPage />;
        });
      },
    });
  },
});
