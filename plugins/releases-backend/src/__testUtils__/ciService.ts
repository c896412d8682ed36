import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  CI_KINDS,
  DEFAULT_ENVIRONMENTS,
} from '@stagegate/plugin-releases-common';
import { CatalogCiReader } from '../catalog/CatalogCiReader';
import { CiService, CiSnapshotCache } from '../services';

/**
 * A CI service over an in-memory catalog, for tests of code that only needs one to exist;
 * CI behaviour itself is tested against the real catalog backend.
 */
export function createInMemoryCiService(entities: Entity[] = []): CiService {
  const reader = new CatalogCiReader(
    catalogServiceMock({ entities }),
    CI_KINDS,
  );
  const snapshots = new CiSnapshotCache({
    reader,
    auth: mockServices.auth(),
    logger: mockServices.logger.mock(),
    environments: DEFAULT_ENVIRONMENTS,
    maxAgeMs: 0,
  });
  return new CiService({
    reader,
    snapshots,
    environments: DEFAULT_ENVIRONMENTS,
  });
}
