import { ScheduleVersionStore } from '../database';
import { KeptAnswer } from './KeptAnswer';

/**
 * What a read builds: the answer, and until when it stays right if nothing is written (for
 * example the next instant a release turns overdue), in milliseconds since the epoch.
 *
 * @internal
 */
export type ReadAnswer = { value: unknown; validUntil?: number };

type Entry = {
  version: string;
  answer: KeptAnswer;
  validUntil?: number;
};

/** What an entry holds in memory, roughly: its JSON, and its gzip when made. */
const bytesOf = (entry: Entry) => entry.answer.body.length * 1.25;

/**
 * Answers of read routes (the calendar, the release list), serialized, kept in this replica
 * and served again while they are right. An answer is kept with the schedule's version it was
 * built at, and served only while the version in the database is the same: every write to
 * releases, changes and windows raises it in its own transaction, on whichever replica, so
 * no replica serves an answer older than a committed write. The version is read before the
 * answer is built: an answer can be newer than its version (then it is rebuilt once more),
 * never older.
 *
 * The caller's key must name everything else the answer depends on: the query, the read
 * access, the catalog snapshot. Requests that miss at the same version share one build.
 * The oldest answers go first once the kept JSON passes `maxBytes`; with `maxBytes` 0 the
 * cache is off, and every request builds its own answer.
 *
 * @internal
 */
export class ReadCache {
  readonly #entries = new Map<string, Entry>();
  readonly #building = new Map<string, Promise<KeptAnswer>>();
  #bytes = 0;

  constructor(
    private readonly deps: {
      version: ScheduleVersionStore;
      maxBytes: number;
      now?: () => Date;
    },
  ) {}

  /** The answer under `key`: kept, or built now with `build` and kept. */
  async answer(
    key: string,
    build: () => Promise<ReadAnswer>,
  ): Promise<KeptAnswer> {
    // Turned off: every request builds its own answer.
    if (this.deps.maxBytes === 0) return KeptAnswer.of((await build()).value);
    const version = await this.deps.version.current();
    const kept = this.#entries.get(key);
    if (kept && kept.version === version && !this.expired(kept)) {
      // Used again: it moves to the back of the eviction order.
      this.#entries.delete(key);
      this.#entries.set(key, kept);
      return kept.answer;
    }
    const flight = `${version}\u0000${key}`;
    let building = this.#building.get(flight);
    if (!building) {
      building = this.build(key, version, build).finally(() =>
        this.#building.delete(flight),
      );
      this.#building.set(flight, building);
    }
    return building;
  }

  private async build(
    key: string,
    version: string,
    build: () => Promise<ReadAnswer>,
  ): Promise<KeptAnswer> {
    const { value, validUntil } = await build();
    const answer = KeptAnswer.of(value);
    this.keep(key, { version, answer, validUntil });
    return answer;
  }

  private keep(key: string, entry: Entry) {
    this.forget(key);
    if (bytesOf(entry) > this.deps.maxBytes) return;
    this.#entries.set(key, entry);
    this.#bytes += bytesOf(entry);
    for (const oldest of this.#entries.keys()) {
      if (this.#bytes <= this.deps.maxBytes) break;
      this.forget(oldest);
    }
  }

  private forget(key: string) {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= bytesOf(entry);
  }

  private expired(entry: Entry): boolean {
    const now = (this.deps.now?.() ?? new Date()).getTime();
    return entry.validUntil !== undefined && now >= entry.validUntil;
  }
}
