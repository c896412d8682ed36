import { createHash } from 'crypto';
import { promisify } from 'util';
import { gzip } from 'zlib';

const gzipAsync = promisify(gzip);

/**
 * A read answer serialized once and kept: its JSON, a validator for conditional requests,
 * and its gzip encoding, made the first time a client asks for it. Serving a kept answer
 * then costs neither serializing, hashing nor compressing it again.
 *
 * @internal
 */
export class KeptAnswer {
  #gzipped?: Promise<Buffer>;

  private constructor(
    /** The answer as UTF-8 JSON. */
    readonly body: Buffer,
    /** A weak entity tag of the JSON, the same for every encoding of it. */
    readonly etag: string,
  ) {}

  /** Serializes an answer. */
  static of(value: unknown): KeptAnswer {
    const body = Buffer.from(JSON.stringify(value));
    const digest = createHash('sha1').update(body).digest('base64url');
    return new KeptAnswer(body, `W/"${digest}"`);
  }

  /** The JSON, gzipped. */
  gzipped(): Promise<Buffer> {
    this.#gzipped ??= gzipAsync(this.body);
    return this.#gzipped;
  }
}
