import {
  Entity,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  getCompoundEntityRef,
  parseEntityRef,
} from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import { Config } from '@backstage/config';
import {
  CHANGE_WINDOW_API_VERSION,
  CHANGE_WINDOW_KIND,
  describeChangeWindowProblems,
  isChangeWindowEntity,
} from '@stagegate/plugin-releases-common';
import { readEnvironments } from '@stagegate/plugin-releases-node';

/**
 * Options of the {@link ChangeWindowProcessor}.
 *
 * @public
 */
export type ChangeWindowProcessorOptions = {
  /**
   * The configured environments; when given, a window's `scope.environments` must name only
   * these.
   */
  environments?: readonly string[];
};

/**
 * Accepts entities of the ChangeWindow kind and relates each window to its owner, both ways.
 *
 * @public
 */
export class ChangeWindowProcessor implements CatalogProcessor {
  private readonly environments?: readonly string[];

  /**
   * Reads the environments from `releases.environments`, defaulting to DEFAULT_ENVIRONMENTS.
   */
  static fromConfig(config: Config): ChangeWindowProcessor {
    return new ChangeWindowProcessor({
      environments: readEnvironments(config),
    });
  }

  constructor(options: ChangeWindowProcessorOptions = {}) {
    this.environments = options.environments;
  }

  getProcessorName(): string {
    return 'ChangeWindowProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    if (
      entity.kind !== CHANGE_WINDOW_KIND ||
      entity.apiVersion !== CHANGE_WINDOW_API_VERSION
    ) {
      return false;
    }
    const problems = describeChangeWindowProblems(entity.spec, {
      environments: this.environments,
    });
    if (problems.length > 0) {
      throw new Error(
        `${CHANGE_WINDOW_KIND} ${
          entity.metadata.name
        } is invalid: ${problems.join('; ')}`,
      );
    }
    return true;
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (!isChangeWindowEntity(entity)) return entity;
    const self = getCompoundEntityRef(entity);
    const owner = parseEntityRef(entity.spec.owner, {
      defaultKind: 'Group',
      defaultNamespace: self.namespace,
    });
    emit(
      processingResult.relation({
        source: self,
        type: RELATION_OWNED_BY,
        target: owner,
      }),
    );
    emit(
      processingResult.relation({
        source: owner,
        type: RELATION_OWNER_OF,
        target: self,
      }),
    );
    return entity;
  }
}
