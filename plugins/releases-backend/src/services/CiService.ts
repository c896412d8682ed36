import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import {
  Ci,
  CiDetail,
  CiListQuery,
  CiRelation,
  Page,
  RelatedCi,
  ciRelationRefsOf,
  freezeStatusOf,
  splitCiRelations,
  toCi,
  windowsForCi,
  windowSourceOf,
} from '@stagegate/plugin-releases-common';
import { CatalogCiReader } from '../catalog/CatalogCiReader';
import { WindowStore } from '../database';
import { decodeCursor, encodeCursor } from '../lib/cursor';
import { CiSnapshotCache } from './CiSnapshotCache';
import { compareRefs } from './CiSnapshot';
import { ciMatcher } from './ciFilters';

type Options = { credentials: BackstageCredentials };

/**
 * Answers questions about CIs on behalf of a caller. Every answer is checked against the
 * catalog with the caller's credentials, so nobody learns of a CI the catalog hides from
 * them.
 *
 * @internal
 */
export class CiService {
  constructor(
    private readonly deps: {
      reader: CatalogCiReader;
      snapshots: CiSnapshotCache;
      /** API windows apply to CIs as catalog ones do. */
      windows: WindowStore;
      environments: readonly string[];
      now?: () => Date;
    },
  ) {}

  /** A page of the CIs the caller may see that match the query, ordered by entity ref. */
  async listCis(
    query: CiListQuery,
    { credentials }: Options,
  ): Promise<Page<Ci>> {
    const snapshot = await this.deps.snapshots.get();
    const after = query.cursor ? decodeCursor(query.cursor).after : undefined;
    const matches = ciMatcher(query);
    const candidates = snapshot.cis.filter(
      ci =>
        (after === undefined || compareRefs(ci.entityRef, after) > 0) &&
        matches(ci),
    );
    const items: Ci[] = [];
    let index = 0;
    // Check visibility a batch at a time until the page is full or candidates run out.
    while (items.length < query.limit && index < candidates.length) {
      const batch = candidates.slice(index, index + query.limit * 2);
      index += batch.length;
      const visible = await this.visibleRefs(batch, credentials);
      for (const ci of batch) {
        if (items.length === query.limit) break;
        if (visible.has(ci.entityRef)) items.push(ci);
      }
    }
    const last = items[items.length - 1];
    const more =
      last !== undefined &&
      candidates.some(ci => compareRefs(ci.entityRef, last.entityRef) > 0);
    return more
      ? { items, nextCursor: encodeCursor({ after: last.entityRef, id: '' }) }
      : { items };
  }

  /** One CI with its relations and windows; NotFoundError when the caller cannot see it. */
  async getCi(entityRef: string, { credentials }: Options): Promise<CiDetail> {
    const entity = await this.deps.reader.ci(entityRef, credentials);
    if (!entity) throw notFound(entityRef);
    const ci = toCi(entity, this.deps.environments);
    const [relations, catalogWindows, apiWindows] = await Promise.all([
      this.relationsOf(ciRelationRefsOf(entity), credentials),
      this.deps.reader.windows(credentials),
      this.deps.windows.listWindows(),
    ]);
    const applied = windowsForCi(
      [...catalogWindows.map(windowSourceOf), ...apiWindows],
      ci,
      this.now(),
    );
    return {
      ...ci,
      relations: splitCiRelations(relations),
      windows: applied,
      freeze: freezeStatusOf(applied),
    };
  }

  /** The CIs within `depth` relations of a CI that the caller may see, nearest first. */
  async relatedCis(
    entityRef: string,
    depth: number,
    { credentials }: Options,
  ): Promise<RelatedCi[]> {
    const entity = await this.deps.reader.ci(entityRef, credentials);
    if (!entity) throw notFound(entityRef);
    const snapshot = await this.deps.snapshots.get();
    const found = [...snapshot.graph.withinDepth(entityRef, depth)].sort(
      ([a, da], [b, db]) => da - db || compareRefs(a, b),
    );
    const summaries = await this.deps.reader.summaries(
      found.map(([ref]) => ref),
      credentials,
    );
    return found.flatMap(([ref, distance], i) => {
      const summary = summaries[i];
      if (!summary) return [];
      return [
        {
          entityRef: ref,
          kind: summary.kind,
          title: titleOf(summary),
          distance,
        },
      ];
    });
  }

  private async visibleRefs(
    cis: readonly Ci[],
    credentials: BackstageCredentials,
  ): Promise<Set<string>> {
    const refs = cis.map(ci => ci.entityRef);
    const summaries = await this.deps.reader.summaries(refs, credentials);
    return new Set(refs.filter((_, i) => summaries[i] !== undefined));
  }

  private async relationsOf(
    refs: ReturnType<typeof ciRelationRefsOf>,
    credentials: BackstageCredentials,
  ): Promise<CiRelation[]> {
    const summaries = await this.deps.reader.summaries(
      refs.map(r => r.entityRef),
      credentials,
    );
    return refs.flatMap(({ entityRef, type }, i) => {
      const summary = summaries[i];
      if (!summary) return [];
      return [{ entityRef, kind: summary.kind, title: titleOf(summary), type }];
    });
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}

function notFound(entityRef: string): NotFoundError {
  return new NotFoundError(
    `No CI ${entityRef}: it does not exist, is not of a CI kind, or you may not see it`,
  );
}

/**
 * The entity ref of the CI at `/cis/:kind/:namespace/:name`.
 *
 * @internal
 */
export function ciRefFromPath(
  kind: string,
  namespace: string,
  name: string,
): string {
  return stringifyEntityRef({ kind, namespace, name });
}

function titleOf(entity: Entity): string {
  return entity.metadata.title ?? entity.metadata.name;
}
