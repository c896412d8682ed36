import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ChangeWindowEntity,
  Ci,
  CiEdge,
  CiGraph,
  ciRelationRefsOf,
  toCi,
  WindowSource,
  windowSourceOf,
} from '@stagegate/plugin-releases-common';

/**
 * Every CI in the catalog at one moment, with the graph of their relations: what conflict
 * detection and the CI list search through. It is read with the plugin's own credentials,
 * so callers must still check what each user may see.
 *
 * @internal
 */
export class CiSnapshot {
  /** The CIs, sorted by entity ref so that pages can continue after a ref. */
  readonly cis: readonly Ci[];
  readonly graph: CiGraph;
  /** The change windows of the catalog. */
  readonly windows: readonly WindowSource[];
  readonly builtAt: number;
  /** The CIs by entity ref. */
  readonly byRef: ReadonlyMap<string, Ci>;

  private constructor(
    cis: Ci[],
    graph: CiGraph,
    windows: readonly ChangeWindowEntity[],
    builtAt: number,
  ) {
    this.cis = cis.sort((a, b) => compareRefs(a.entityRef, b.entityRef));
    this.byRef = new Map(cis.map(ci => [ci.entityRef, ci]));
    this.graph = graph;
    this.windows = windows.map(windowSourceOf);
    this.builtAt = builtAt;
  }

  /** Builds a snapshot from pages of CI entities and the catalog's change windows. */
  static async fromPages(
    pages: AsyncIterable<Entity[]>,
    environments: readonly string[],
    windows: readonly ChangeWindowEntity[] = [],
    now: number = Date.now(),
  ): Promise<CiSnapshot> {
    const cis: Ci[] = [];
    const edges: CiEdge[] = [];
    for await (const page of pages) {
      for (const entity of page) {
        const source = stringifyEntityRef(entity);
        cis.push(toCi(entity, environments));
        for (const { entityRef, type } of ciRelationRefsOf(entity)) {
          edges.push({ source, type, target: entityRef });
        }
      }
    }
    return new CiSnapshot(cis, CiGraph.fromEdges(edges), windows, now);
  }

  get(entityRef: string): Ci | undefined {
    return this.byRef.get(entityRef);
  }
}

/**
 * Orders entity refs by code unit, the same way on every machine and locale.
 *
 * @internal
 */
export function compareRefs(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
