import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  CalendarQuery,
  CalendarResponse,
} from '@stagegate/plugin-releases-common';
import { DateTime } from 'luxon';
import { calendarToIcs } from '../calendar';
import { FeedTokenService } from './FeedTokenService';
import { ReadAccess } from './ReleaseService';

/**
 * What the feed reads its events from: the master calendar for one reader's access.
 *
 * @internal
 */
export type CalendarSource = {
  calendar(query: CalendarQuery, access: ReadAccess): Promise<CalendarResponse>;
};

/**
 * Who asks for a feed: a calendar client with a feed token, or a caller with Backstage
 * credentials (a user or a service).
 *
 * @internal
 */
export type FeedCaller =
  | { token: string }
  | { credentials: BackstageCredentials };

/**
 * The period of a feed whose query names none: 30 days back and 180 ahead, so a subscribed
 * calendar shows the coming half year.
 *
 * @internal
 */
export function defaultFeedPeriod(now: Date): { from: string; to: string } {
  const today = DateTime.fromJSDate(now, { zone: 'utc' }).startOf('day');
  return {
    from: today.minus({ days: 30 }).toISO()!,
    to: today.plus({ days: 180 }).toISO()!,
  };
}

/**
 * The master calendar as an iCalendar feed, for a feed token's stored access or a caller's
 * current access.
 *
 * @internal
 */
export class CalendarFeedService {
  constructor(
    private readonly deps: {
      calendar: CalendarSource;
      tokens: FeedTokenService;
      readAccess: (credentials: BackstageCredentials) => Promise<ReadAccess>;
      /** The app's base URL, for links from events to the portal. */
      appBaseUrl?: string;
      now?: () => Date;
    },
  ) {}

  /**
   * The feed's iCalendar text. AuthenticationError for an unknown or revoked token,
   * NotAllowedError for credentials that may not read releases.
   */
  async feed(query: CalendarQuery, caller: FeedCaller): Promise<string> {
    const access =
      'token' in caller
        ? (await this.deps.tokens.accessFor(caller.token)).access
        : await this.deps.readAccess(caller.credentials);
    const now = this.deps.now?.() ?? new Date();
    const period = query.from || query.to ? {} : defaultFeedPeriod(now);
    const calendar = await this.deps.calendar.calendar(
      { ...query, ...period },
      access,
    );
    return calendarToIcs(calendar, {
      timezone: query.tz,
      appBaseUrl: this.deps.appBaseUrl,
      now,
    });
  }
}
