import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { ResponseError, ServiceUnavailableError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CHANGE_WINDOW_KIND,
  ChangeWindowEntity,
  isChangeWindowEntity,
} from '@stagegate/plugin-releases-common';

/** The entity fields the CI views need; the rest of an entity is never fetched. */
export const CI_ENTITY_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'spec.type',
  'spec.owner',
  'spec.system',
  'relations',
];

const SUMMARY_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
];

const PAGE_SIZE = 500;

/**
 * Asks the catalog, turning its being down (no answer, or a 5xx) into a 503 that says so,
 * instead of a 500; the catalog's own 4xx answers pass through.
 */
async function askCatalog<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ResponseError && error.statusCode < 500) throw error;
    throw new ServiceUnavailableError(
      `The catalog is unavailable, so ${what} cannot be read now; try again later (${String(
        (error as Error)?.message ?? error,
      )})`,
    );
  }
}

/**
 * Reads CIs and change windows from the catalog, always on behalf of given credentials so
 * that the catalog's permissions decide what is returned.
 *
 * @internal
 */
export class CatalogCiReader {
  constructor(
    private readonly catalog: CatalogService,
    private readonly ciKinds: readonly string[],
  ) {}

  /** Every CI the credentials may see, page by page. */
  async *allCis(credentials: BackstageCredentials): AsyncGenerator<Entity[]> {
    let cursor: string | undefined;
    do {
      const page = await this.ciPage(cursor, credentials);
      yield page.items;
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
  }

  private ciPage(
    cursor: string | undefined,
    credentials: BackstageCredentials,
  ) {
    return askCatalog('the CIs', () =>
      this.catalog.queryEntities(
        cursor
          ? { cursor, limit: PAGE_SIZE, fields: CI_ENTITY_FIELDS }
          : {
              filter: { kind: [...this.ciKinds] },
              limit: PAGE_SIZE,
              fields: CI_ENTITY_FIELDS,
              orderFields: { field: 'metadata.name', order: 'asc' },
            },
        { credentials },
      ),
    );
  }

  /** One CI, or undefined when it does not exist, is not a CI, or is hidden from the caller. */
  async ci(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Entity | undefined> {
    const entity = await askCatalog(entityRef, () =>
      this.catalog.getEntityByRef(entityRef, { credentials }),
    );
    return entity && this.isCiKind(entity.kind) ? entity : undefined;
  }

  /**
   * A CI or a system (which may not be a CI kind here), or undefined when it does not exist,
   * is neither, or is hidden from the caller: what a user may watch.
   */
  async ciOrSystem(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Entity | undefined> {
    const entity = await askCatalog(entityRef, () =>
      this.catalog.getEntityByRef(entityRef, { credentials }),
    );
    if (!entity) return undefined;
    const isSystem = entity.kind.toLocaleLowerCase('en-US') === 'system';
    return isSystem || this.isCiKind(entity.kind) ? entity : undefined;
  }

  /**
   * Kind, name and title of each ref, in order; undefined for refs that do not exist or
   * that the caller may not see.
   */
  async summaries(
    entityRefs: string[],
    credentials: BackstageCredentials,
  ): Promise<Array<Entity | undefined>> {
    if (entityRefs.length === 0) return [];
    const { items } = await askCatalog('the CIs named', () =>
      this.catalog.getEntitiesByRefs(
        { entityRefs, fields: SUMMARY_FIELDS },
        { credentials },
      ),
    );
    return items.map(item => item ?? undefined);
  }

  /** The ChangeWindow entities the credentials may see. */
  async windows(
    credentials: BackstageCredentials,
  ): Promise<ChangeWindowEntity[]> {
    const { items } = await askCatalog('the change windows', () =>
      this.catalog.getEntities(
        { filter: { kind: CHANGE_WINDOW_KIND } },
        { credentials },
      ),
    );
    return items.filter(isChangeWindowEntity);
  }

  isCiKind(kind: string): boolean {
    const lower = kind.toLocaleLowerCase('en-US');
    return this.ciKinds.some(k => k.toLocaleLowerCase('en-US') === lower);
  }
}
