import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import {
  calendarQuerySchema,
  feedTokenCreateSchema,
} from '@stagegate/plugin-releases-common';
import { z } from 'zod';
import { CalendarFeedService, FeedTokenService } from '../services';
import { audited } from './audited';
import { feedTokenOf } from './feedTokenRedaction';
import { parse } from './parse';
import { ReleasesRouter } from './types';

const feedTokenSchema = z
  .string({ invalid_type_error: 'Give one feed token' })
  .min(1, 'The feed token is empty')
  .max(256, 'This is not a feed token')
  .optional();

/**
 * The iCalendar feed and the caller's feed tokens. `GET /calendar.ics` is open to
 * unauthenticated requests at the HTTP router (calendar clients send no Backstage token), so
 * it checks here: a `token` in the query, or else Backstage credentials; neither is a 401.
 *
 * @internal
 */
export function addCalendarFeedRoutes(
  router: ReleasesRouter,
  deps: {
    httpAuth: HttpAuthService;
    auditor: AuditorService;
    feeds: CalendarFeedService;
    feedTokens: FeedTokenService;
  },
): void {
  const { httpAuth, auditor, feeds, feedTokens } = deps;

  router.get('/calendar.ics', async (req, res) => {
    const token = parse(feedTokenSchema, feedTokenOf(req), 'token');
    const caller = token
      ? { token }
      : {
          credentials: await httpAuth.credentials(req, {
            allow: ['user', 'service'],
          }),
        };
    const query = parse(calendarQuerySchema, req.query, 'query');
    const ics = await feeds.feed(query, caller);
    res
      .status(200)
      .set({
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'inline; filename="stagegate.ics"',
        'Cache-Control': 'private, no-store',
      })
      .send(ics);
  });

  router.get('/feed-tokens', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json({ items: await feedTokens.listTokens({ credentials }) });
  });

  router.post('/feed-tokens', async (req, res) => {
    const body = parse(feedTokenCreateSchema, req.body, 'body');
    const credentials = await httpAuth.credentials(req);
    const created = await audited(
      auditor,
      req,
      'feed-token-create',
      { name: body.name },
      () => feedTokens.createToken(body, { credentials }),
      token => ({ tokenId: token.id }),
    );
    res.status(201).json(created);
  });

  router.delete('/feed-tokens/:tokenId', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { tokenId } = req.params;
    await audited(auditor, req, 'feed-token-revoke', { tokenId }, () =>
      feedTokens.revokeToken(tokenId, { credentials }),
    );
    res.status(204).end();
  });
}
