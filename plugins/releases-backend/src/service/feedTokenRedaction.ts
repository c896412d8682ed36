import { NextFunction, Request, RequestHandler, Response } from 'express';

/** What replaces a feed token's secret in the request's URL. */
export const REDACTED = 'REDACTED';

const FEED_PATH = '/calendar.ics';

const secrets = new WeakMap<Request, unknown>();

function redactUrl(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/g, `$1${REDACTED}`);
}

/**
 * Takes the feed token out of a `GET /calendar.ics` request before anything else sees it:
 * the URL (which the root HTTP logger logs, and error answers echo) and the parsed query
 * then carry `REDACTED` instead, and the secret is kept aside for {@link feedTokenOf}.
 * Install it before the plugin's router.
 *
 * @internal
 */
export function feedTokenRedaction(): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (req.path === FEED_PATH && req.query.token !== undefined) {
      secrets.set(req, req.query.token);
      req.query.token = REDACTED;
      req.url = redactUrl(req.url);
      req.originalUrl = redactUrl(req.originalUrl);
    }
    next();
  };
}

/**
 * The feed token a request came with, as {@link feedTokenRedaction} kept it: a string, or
 * whatever else the query held (several values), or undefined when there was none.
 *
 * @internal
 */
export function feedTokenOf(req: Request<any, any, any, any, any>): unknown {
  return secrets.has(req) ? secrets.get(req) : req.query?.token;
}
