import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
} from '@backstage/plugin-catalog-node';
import {
  CI_KINDS,
  DEFAULT_ENVIRONMENTS,
  describeCiAnnotationProblems,
} from '@stagegate/plugin-releases-common';
import {
  readCiKinds,
  readDistributionLists,
  readEnvironments,
} from '@stagegate/plugin-releases-node';

/**
 * Options of the {@link CiAnnotationsProcessor}.
 *
 * @public
 */
export type CiAnnotationsProcessorOptions = {
  /** The configured environments; defaults to DEFAULT_ENVIRONMENTS. */
  environments?: readonly string[];
  /** The entity kinds that are CIs, in any case; defaults to CI_KINDS. */
  ciKinds?: readonly string[];
  /**
   * The names of the configured distribution lists; when undefined, a System's
   * `stagegate.dev/distribution-lists` is checked for its form only.
   */
  distributionLists?: readonly string[];
};

/**
 * Refuses configuration items (entities of the CI kinds) whose Stagegate annotations are
 * invalid: `stagegate.dev/ci-id`, `stagegate.dev/ci-class`, `stagegate.dev/criticality`,
 * `stagegate.dev/environments` and, on a System, `stagegate.dev/distribution-lists`. The catalog records the refusal as a processing error on the
 * entity, and `POST /api/catalog/validate-entity` answers 400 with it.
 *
 * @public
 */
export class CiAnnotationsProcessor implements CatalogProcessor {
  private readonly environments: readonly string[];
  private readonly ciKinds: ReadonlySet<string>;
  private readonly distributionLists?: readonly string[];

  /**
   * Reads the environments from `releases.environments` and the CI kinds from
   * `releases.ci.kinds`, each with its default, and the distribution lists from
   * `releases.notifications.distributionLists`.
   */
  static fromConfig(config: Config): CiAnnotationsProcessor {
    return new CiAnnotationsProcessor({
      environments: readEnvironments(config),
      ciKinds: readCiKinds(config),
      distributionLists: readDistributionLists(config)?.map(list => list.name),
    });
  }

  constructor(options: CiAnnotationsProcessorOptions = {}) {
    this.environments = options.environments ?? DEFAULT_ENVIRONMENTS;
    this.ciKinds = new Set(
      (options.ciKinds ?? CI_KINDS).map(kind =>
        kind.toLocaleLowerCase('en-US'),
      ),
    );
    this.distributionLists = options.distributionLists;
  }

  getProcessorName(): string {
    return 'CiAnnotationsProcessor';
  }

  /**
   * Runs after the catalog validated the entity, so the annotations are known to be strings,
   * and throws: the catalog then keeps the entity's last valid version, if any, records the
   * error on it and refuses the entity in `validate-entity`.
   */
  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    _emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (!this.ciKinds.has(entity.kind.toLocaleLowerCase('en-US'))) {
      return entity;
    }
    const problems = describeCiAnnotationProblems(
      entity.metadata.annotations,
      this.environments,
      { kind: entity.kind, distributionLists: this.distributionLists },
    );
    if (problems.length > 0) {
      throw new Error(
        `${stringifyEntityRef(
          entity,
        )} has invalid CI annotations: ${problems.join('; ')}`,
      );
    }
    return entity;
  }
}
