import { PageBlueprint } from '@backstage/frontend-plugin-api';
import EventIcon from '@material-ui/icons/Event';
import { rootRouteRef } from '../routes';

/**
 * The release calendar page at `/releases`, with its sidebar item.
 *
 * @alpha
 */
export const releaseCalendarPage = PageBlueprint.make({
  params: {
    path: '/releases',
    title: 'Release calendar',
    icon: <EventIcon />,
    routeRef: rootRouteRef,
    noHeader: true,
    loader: () =>
      import('../components/ReleaseCalendarPage').then(m => (
        <m.ReleaseCalendarPage />
      )),
  },
});
