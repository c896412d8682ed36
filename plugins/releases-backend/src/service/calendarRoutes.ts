import { HttpAuthService } from '@backstage/backend-plugin-api';
import {
  CalendarQuery,
  calendarQuerySchema,
} from '@stagegate/plugin-releases-common';
import { CalendarService, ReleaseService } from '../services';
import { parse } from './parse';
import { sendKept } from './sendKept';
import { ReleasesRouter } from './types';

/**
 * `GET /calendar`: the master release calendar, as the caller may read it. Reading changes
 * nothing, so it is not audited.
 *
 * @internal
 */
export function addCalendarRoutes(
  router: ReleasesRouter,
  deps: {
    httpAuth: HttpAuthService;
    releases: ReleaseService;
    calendar: CalendarService;
  },
): void {
  const { httpAuth, releases, calendar } = deps;

  router.get('/calendar', async (req, res) => {
    const query = parse(
      calendarQuerySchema,
      req.query,
      'query',
    ) as CalendarQuery;
    const credentials = await httpAuth.credentials(req);
    const access = await releases.readAccess(credentials);
    await sendKept(req, res, await calendar.keptCalendar(query, access));
  });
}
