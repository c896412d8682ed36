import express from 'express';
import request from 'supertest';
import { feedTokenOf, feedTokenRedaction } from './feedTokenRedaction';

function createApp() {
  const seen: Array<Record<string, unknown>> = [];
  const app = express();
  app.use(feedTokenRedaction());
  app.get(['/calendar.ics', '/calendar'], (req, res) => {
    seen.push({
      token: feedTokenOf(req),
      url: req.url,
      originalUrl: req.originalUrl,
      query: { ...req.query },
    });
    res.end();
  });
  return { app, seen };
}

describe('feedTokenRedaction', () => {
  it('takes the secret out of the URL and query of the feed, keeping it for the route', async () => {
    const { app, seen } = createApp();
    await request(app)
      .get('/calendar.ics?tz=Europe%2FLondon&token=s3cr3t-Token_x&kind=release')
      .expect(200);
    expect(seen).toEqual([
      {
        token: 's3cr3t-Token_x',
        url: '/calendar.ics?tz=Europe%2FLondon&token=REDACTED&kind=release',
        originalUrl:
          '/calendar.ics?tz=Europe%2FLondon&token=REDACTED&kind=release',
        query: { tz: 'Europe/London', token: 'REDACTED', kind: 'release' },
      },
    ]);
  });

  it('keeps every value of a repeated token, for the route to refuse', async () => {
    const { app, seen } = createApp();
    await request(app).get('/calendar.ics?token=a&token=b').expect(200);
    expect(seen[0].token).toEqual(['a', 'b']);
    expect(seen[0].originalUrl).toBe(
      '/calendar.ics?token=REDACTED&token=REDACTED',
    );
  });

  it('leaves other routes and feeds without a token alone', async () => {
    const { app, seen } = createApp();
    await request(app).get('/calendar?token=abc').expect(200);
    await request(app).get('/calendar.ics?tz=UTC').expect(200);
    expect(seen[0]).toMatchObject({
      token: 'abc',
      originalUrl: '/calendar?token=abc',
    });
    expect(seen[1]).toMatchObject({ token: undefined });
  });
});
