import { Request, Response } from 'express';
import { KeptAnswer } from '../services/KeptAnswer';

/** Below this size gzip saves too little to be worth a header. */
const GZIP_FROM_BYTES = 1024;

/**
 * Sends a kept answer: 304 when the client holds it already (its `If-None-Match`), its gzip
 * when the client accepts gzip, else its JSON. The root router's compression leaves an
 * answer that is already encoded alone, so a kept answer is compressed once, not per request.
 *
 * @internal
 */
export async function sendKept(
  req: Pick<Request, 'fresh' | 'acceptsEncodings'>,
  res: Response,
  answer: KeptAnswer,
): Promise<void> {
  res
    .status(200)
    .type('application/json')
    .set('ETag', answer.etag)
    // The answer is the caller's (it follows their read access), and a copy may be reused
    // only after asking whether it is still current.
    .set('Cache-Control', 'private, no-cache')
    .vary('Accept-Encoding');
  if (req.fresh) {
    res.status(304).end();
  } else if (
    answer.body.length >= GZIP_FROM_BYTES &&
    req.acceptsEncodings('gzip') === 'gzip'
  ) {
    res.set('Content-Encoding', 'gzip').send(await answer.gzipped());
  } else {
    res.send(answer.body);
  }
}
