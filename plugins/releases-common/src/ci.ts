import {
  Entity,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  ANNOTATION_CI_CLASS,
  ANNOTATION_CI_ID,
  ANNOTATION_CRITICALITY,
  ANNOTATION_DISTRIBUTION_LISTS,
  ANNOTATION_ENVIRONMENTS,
} from './annotations';
import { splitListNames } from './distributionLists';
import {
  CI_CLASSES,
  CRITICALITIES,
  CiClass,
  Criticality,
} from './ciAnnotations';
import { CI_RELATION_DIRECTIONS, CiRelationType } from './ciGraph';
import { toEntityRef } from './entityRefs';

/**
 * A configuration item (CI) as Stagegate sees it: a catalog entity with its release
 * attributes, each one read from its annotation or derived from the entity.
 *
 * @public
 */
export type Ci = {
  /** The entity ref of the CI, such as `component:default/payments-api`. */
  entityRef: string;
  kind: string;
  /** `metadata.title`, or the entity's name. */
  title: string;
  /** The id in an external CMDB (`stagegate.dev/ci-id`); the entity ref when not given. */
  ciId: string;
  /** `stagegate.dev/ci-class`, or derived from the kind and `spec.type`. */
  ciClass: CiClass;
  /** Whether `ciClass` came from the annotation or was derived. */
  ciClassSource: 'annotation' | 'derived';
  /** `stagegate.dev/criticality`; absent when the entity does not declare one. */
  criticality?: Criticality;
  /** `stagegate.dev/environments`, or every configured environment. */
  environments: string[];
  /** The entity ref of the owner, from the `ownedBy` relation or `spec.owner`. */
  owner?: string;
  /** The entity ref of the system the CI is part of (`spec.system`). */
  system?: string;
  /**
   * On a System: the distribution lists its releases notify
   * (`stagegate.dev/distribution-lists`).
   */
  distributionLists?: string[];
};

/**
 * A CI related to another one, with the catalog relation that links them.
 *
 * @public
 */
export type CiRelation = {
  entityRef: string;
  kind: string;
  title: string;
  type: CiRelationType;
};

/**
 * The direct relations of a CI, split into what it needs (upstream) and what needs it
 * (downstream).
 *
 * @public
 */
export type CiRelations = {
  upstream: CiRelation[];
  downstream: CiRelation[];
};

/** Classes derived from `spec.type`, per kind, when no `stagegate.dev/ci-class` is given. */
const CLASS_BY_KIND_AND_TYPE: Record<string, Record<string, CiClass>> = {
  component: {
    service: 'service',
    website: 'website',
    library: 'library',
    documentation: 'document',
  },
  resource: {
    database: 'database',
    'data-store': 'database',
    cache: 'database',
    queue: 'server',
    'message-broker': 'server',
    server: 'server',
    host: 'server',
    'virtual-machine': 'server',
    'kubernetes-cluster': 'server',
    network: 'network',
    'load-balancer': 'network',
    dns: 'network',
    hardware: 'hardware',
  },
};

/** The class a kind falls back to when its `spec.type` says nothing more specific. */
const CLASS_BY_KIND: Record<string, CiClass> = {
  component: 'application',
  api: 'api',
  system: 'application',
  resource: 'other',
};

/**
 * The class of a CI that declares none: from its kind and `spec.type`, for example a
 * Resource of type `database` is a `database`, a Component of type `service` a `service`, an
 * API an `api`; anything unknown is `other`.
 *
 * @public
 */
export function deriveCiClass(kind: string, specType?: unknown): CiClass {
  const lowerKind = kind.toLocaleLowerCase('en-US');
  const type =
    typeof specType === 'string' ? specType.toLocaleLowerCase('en-US') : '';
  return (
    CLASS_BY_KIND_AND_TYPE[lowerKind]?.[type] ??
    CLASS_BY_KIND[lowerKind] ??
    'other'
  );
}

function isOneOf<T extends string>(
  values: readonly T[],
  value: unknown,
): value is T {
  return (
    typeof value === 'string' && (values as readonly string[]).includes(value)
  );
}

function listOf(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map(item => item.trim());
  return items.filter(item => item !== '');
}

function ownerOf(entity: Entity, namespace: string): string | undefined {
  const relation = entity.relations?.find(r => r.type === RELATION_OWNED_BY);
  return (
    relation?.targetRef ?? toEntityRef(entity.spec?.owner, 'group', namespace)
  );
}

/**
 * Maps a catalog entity to its CI attributes. Annotation values the catalog module would
 * have refused (an unknown class, criticality or environment) are not trusted: the class is
 * derived instead, the criticality left out and unknown environments dropped.
 *
 * @param entity - A catalog entity of a CI kind.
 * @param environments - The configured environments, in promotion order.
 * @public
 */
export function toCi(entity: Entity, environments: readonly string[]): Ci {
  const annotations = entity.metadata.annotations ?? {};
  const namespace = entity.metadata.namespace ?? 'default';
  const entityRef = stringifyEntityRef(entity);
  const declaredClass = annotations[ANNOTATION_CI_CLASS];
  const declaredCriticality = annotations[ANNOTATION_CRITICALITY];
  const declaredEnvironments = listOf(annotations[ANNOTATION_ENVIRONMENTS]);
  const classFromAnnotation = isOneOf(CI_CLASSES, declaredClass);
  return {
    entityRef,
    kind: entity.kind,
    title: entity.metadata.title ?? entity.metadata.name,
    ciId: annotations[ANNOTATION_CI_ID]?.trim() || entityRef,
    ciClass: classFromAnnotation
      ? declaredClass
      : deriveCiClass(entity.kind, entity.spec?.type),
    ciClassSource: classFromAnnotation ? 'annotation' : 'derived',
    criticality: isOneOf(CRITICALITIES, declaredCriticality)
      ? declaredCriticality
      : undefined,
    environments: declaredEnvironments
      ? environments.filter(env => declaredEnvironments.includes(env))
      : [...environments],
    owner: ownerOf(entity, namespace),
    system: toEntityRef(entity.spec?.system, 'system', namespace),
    ...(annotations[ANNOTATION_DISTRIBUTION_LISTS] !== undefined
      ? {
          distributionLists: splitListNames(
            annotations[ANNOTATION_DISTRIBUTION_LISTS],
          ),
        }
      : {}),
  };
}

/**
 * The refs of the CIs an entity is directly related to, with each relation's type and
 * direction, as the catalog lists them in `relations`. Relations that do not link CIs (such
 * as `ownedBy`) are left out.
 *
 * @public
 */
export function ciRelationRefsOf(
  entity: Entity,
): Array<{ entityRef: string; type: CiRelationType }> {
  const seen = new Set<string>();
  const found: Array<{ entityRef: string; type: CiRelationType }> = [];
  for (const relation of entity.relations ?? []) {
    if (
      !Object.prototype.hasOwnProperty.call(
        CI_RELATION_DIRECTIONS,
        relation.type,
      )
    ) {
      continue;
    }
    const key = `${relation.type} ${relation.targetRef}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({
      entityRef: relation.targetRef,
      type: relation.type as CiRelationType,
    });
  }
  return found;
}

/**
 * Splits related CIs into upstream and downstream by the direction of their relation type.
 *
 * @public
 */
export function splitCiRelations(relations: CiRelation[]): CiRelations {
  return {
    upstream: relations.filter(
      r => CI_RELATION_DIRECTIONS[r.type] === 'upstream',
    ),
    downstream: relations.filter(
      r => CI_RELATION_DIRECTIONS[r.type] === 'downstream',
    ),
  };
}
