import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogCiReader } from '../catalog/CatalogCiReader';
import { CiSnapshot } from './CiSnapshot';

/**
 * Keeps the latest {@link CiSnapshot} and rebuilds it when it is older than `maxAgeMs`. A
 * rebuild already running is shared, so a burst of requests reads the catalog once.
 *
 * @internal
 */
export class CiSnapshotCache {
  #current?: CiSnapshot;
  #pending?: Promise<CiSnapshot>;

  constructor(
    private readonly deps: {
      reader: CatalogCiReader;
      auth: AuthService;
      logger: LoggerService;
      environments: readonly string[];
      maxAgeMs: number;
    },
  ) {}

  /**
   * The current snapshot, rebuilt first when it is missing or too old. While the catalog is
   * down, an old snapshot is better than none: it is served, and the failure logged; with no
   * snapshot at all the catalog's unavailability is the answer.
   */
  async get(): Promise<CiSnapshot> {
    const current = this.#current;
    if (current && Date.now() - current.builtAt < this.deps.maxAgeMs) {
      return current;
    }
    this.#pending ??= this.rebuild().finally(() => {
      this.#pending = undefined;
    });
    try {
      return await this.#pending;
    } catch (error) {
      if (!current) throw error;
      this.deps.logger.warn(
        `Serving CIs as read from the catalog ${Math.round(
          (Date.now() - current.builtAt) / 1000,
        )} s ago: ${String(error)}`,
      );
      return current;
    }
  }

  /** Rebuilds the snapshot now, for example on a schedule. */
  async rebuild(): Promise<CiSnapshot> {
    const started = Date.now();
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const snapshot = await CiSnapshot.fromPages(
      this.deps.reader.allCis(credentials),
      this.deps.environments,
      await this.deps.reader.windows(credentials),
    );
    this.#current = snapshot;
    this.deps.logger.debug(
      `Read ${snapshot.cis.length} CIs from the catalog in ${
        Date.now() - started
      } ms`,
    );
    return snapshot;
  }
}
