import { wrapServer } from '@backstage/backend-openapi-utils/testUtils';
import { Express } from 'express';
import { createServer } from 'http';

/**
 * Backstage's `wrapServer`, with the app listening on 127.0.0.1 only.
 *
 * Why: `wrapServer` starts the app with `app.listen(port)`, which binds every interface, and its
 * validating proxy then forwards to `localhost` over IPv6, which fails on machines whose hosts
 * file maps `localhost` to 127.0.0.1 alone (ours). Tests also must listen on loopback only.
 */
export async function wrapServerOnLoopback(app: Express) {
  const loopbackApp = Object.assign(app, {
    listen: (port: number) => createServer(app).listen(port, '127.0.0.1'),
  }) as Express;
  return wrapServer(loopbackApp);
}
