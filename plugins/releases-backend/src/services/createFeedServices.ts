import { FeedTokenStore } from '../database';
import { CalendarFeedService, CalendarSource } from './CalendarFeedService';
import { FeedTokenService } from './FeedTokenService';
import { ReleaseService } from './ReleaseService';

/**
 * The calendar feed's services: feed tokens, and the iCalendar feed over the master
 * calendar.
 *
 * @internal
 */
export function createFeedServices(deps: {
  store: FeedTokenStore;
  releases: ReleaseService;
  calendar: CalendarSource;
  appBaseUrl?: string;
  now?: () => Date;
}): { feedTokens: FeedTokenService; feeds: CalendarFeedService } {
  const readAccess = deps.releases.readAccess.bind(deps.releases);
  const feedTokens = new FeedTokenService({
    store: deps.store,
    readAccess,
    now: deps.now,
  });
  const feeds = new CalendarFeedService({
    calendar: deps.calendar,
    tokens: feedTokens,
    readAccess,
    appBaseUrl: deps.appBaseUrl,
    now: deps.now,
  });
  return { feedTokens, feeds };
}
