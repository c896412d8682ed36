import { gunzipSync } from 'zlib';
import { ReadAnswer, ReadCache } from './ReadCache';

/** A schedule version the test moves by hand, as writes on any replica would. */
class Version {
  value = 1;
  reads = 0;
  async current() {
    this.reads++;
    return String(this.value);
  }
}

function setUp(options: { maxBytes?: number } = {}) {
  const version = new Version();
  let now = Date.parse('2026-11-22T10:00:00Z');
  const cache = new ReadCache({
    version,
    maxBytes: options.maxBytes ?? 1024 * 1024,
    now: () => new Date(now),
  });
  let builds = 0;
  /** A build whose answer counts the builds so far. */
  const build =
    (extra: Partial<ReadAnswer> = {}) =>
    async (): Promise<ReadAnswer> => ({
      value: { build: ++builds },
      ...extra,
    });
  const read = async (key: string, extra?: Partial<ReadAnswer>) =>
    JSON.parse((await cache.answer(key, build(extra))).body.toString());
  return {
    version,
    cache,
    read,
    build,
    advance: (ms: number) => {
      now += ms;
    },
    builds: () => builds,
  };
}

describe('ReadCache', () => {
  it('serves a kept answer until the schedule version moves', async () => {
    const { version, read } = setUp();
    expect(await read('calendar')).toEqual({ build: 1 });
    expect(await read('calendar')).toEqual({ build: 1 });
    version.value++;
    expect(await read('calendar')).toEqual({ build: 2 });
    expect(await read('calendar')).toEqual({ build: 2 });
  });

  it('reads the version for every request, so a write elsewhere is seen at once', async () => {
    const { version, read } = setUp();
    await read('calendar');
    await read('calendar');
    await read('calendar');
    expect(version.reads).toBe(3);
  });

  it('keeps answers apart by key', async () => {
    const { read } = setUp();
    expect(await read('rita')).toEqual({ build: 1 });
    expect(await read('sam')).toEqual({ build: 2 });
    expect(await read('rita')).toEqual({ build: 1 });
  });

  it('builds again once the answer is past its validity (a stage limit ran out)', async () => {
    const { read, advance } = setUp();
    const validUntil = Date.parse('2026-11-22T10:05:00Z');
    expect(await read('list', { validUntil })).toEqual({ build: 1 });
    advance(5 * 60_000 - 1);
    expect(await read('list', { validUntil })).toEqual({ build: 1 });
    advance(1);
    expect(await read('list', { validUntil })).toEqual({ build: 2 });
  });

  it('lets requests that miss together share one build', async () => {
    const { cache, build, builds } = setUp();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => cache.answer('calendar', build())),
    );
    expect(builds()).toBe(1);
    expect(new Set(answers).size).toBe(1);
  });

  it('keeps nothing of a failed build', async () => {
    const { cache, read } = setUp();
    await expect(
      cache.answer('calendar', async () => {
        throw new Error('The catalog is unavailable');
      }),
    ).rejects.toThrow('The catalog is unavailable');
    expect(await read('calendar')).toEqual({ build: 1 });
  });

  it('lets the least recently used answers go once it holds more than its bound', async () => {
    // Each answer is about 12 bytes of JSON; room for two of them.
    const { read } = setUp({ maxBytes: 32 });
    await read('a');
    await read('b');
    await read('a');
    await read('c');
    expect(await read('a')).toEqual({ build: 1 });
    expect(await read('c')).toEqual({ build: 3 });
    expect(await read('b')).toEqual({ build: 4 });
  });

  it('builds every answer when turned off', async () => {
    const { read, version } = setUp({ maxBytes: 0 });
    expect(await read('calendar')).toEqual({ build: 1 });
    expect(await read('calendar')).toEqual({ build: 2 });
    expect(version.reads).toBe(0);
  });

  it('keeps the JSON with an entity tag that follows its content, and its gzip', async () => {
    const { cache, version } = setUp();
    const first = await cache.answer('x', async () => ({ value: { a: 1 } }));
    version.value++;
    const same = await cache.answer('x', async () => ({ value: { a: 1 } }));
    version.value++;
    const other = await cache.answer('x', async () => ({ value: { a: 2 } }));
    expect(first.etag).toMatch(/^W\/"[\w-]+"$/);
    expect(same.etag).toBe(first.etag);
    expect(other.etag).not.toBe(first.etag);
    expect(gunzipSync(await other.gzipped()).toString()).toBe('{"a":2}');
    expect(await other.gzipped()).toBe(await other.gzipped());
  });
});
