/**
 * Catalog relation types that connect configuration items for release purposes, each with
 * the direction it points in: upstream relations lead to what a CI needs, downstream ones to
 * what needs it.
 *
 * @public
 */
export const CI_RELATION_DIRECTIONS = {
  dependsOn: 'upstream',
  partOf: 'upstream',
  consumesApi: 'upstream',
  dependencyOf: 'downstream',
  hasPart: 'downstream',
  providesApi: 'downstream',
  apiConsumedBy: 'downstream',
  apiProvidedBy: 'upstream',
} as const;

/**
 * A catalog relation type that links CIs.
 *
 * @public
 */
export type CiRelationType = keyof typeof CI_RELATION_DIRECTIONS;

/**
 * One relation between two CIs, by entity ref, as the catalog reports it.
 *
 * @public
 */
export interface CiEdge {
  source: string;
  type: string;
  target: string;
}

/**
 * A CI next to another one, with how it is related.
 *
 * @public
 */
export interface CiNeighbour {
  entityRef: string;
  type: CiRelationType;
  direction: 'upstream' | 'downstream';
}

function isCiRelation(type: string): type is CiRelationType {
  return Object.prototype.hasOwnProperty.call(CI_RELATION_DIRECTIONS, type);
}

/**
 * The graph of CIs and their relations, kept as integer adjacency lists so that "which CIs
 * are within depth N of X" is a breadth-first walk over arrays, not a search through edges.
 * Relations count in both directions: a change to either end of a dependency can disturb the
 * other.
 *
 * @public
 */
export class CiGraph {
  private readonly indexByRef = new Map<string, number>();
  private readonly refs: string[] = [];
  private readonly neighbours: CiNeighbour[][] = [];
  private readonly adjacency: number[][] = [];
  /** Keys of the relations and links already added, so hubs stay linear to build. */
  private readonly seen = new Set<string>();

  private constructor() {}

  /** Builds the graph from relations; relation types that do not link CIs are skipped. */
  static fromEdges(edges: Iterable<CiEdge>): CiGraph {
    const graph = new CiGraph();
    for (const edge of edges) {
      if (isCiRelation(edge.type) && edge.source !== edge.target) {
        graph.addEdge(edge.source, edge.type, edge.target);
      }
    }
    return graph;
  }

  /** The number of CIs that have at least one relation. */
  get size(): number {
    return this.refs.length;
  }

  /** The direct relations of a CI, deduplicated, in the order they were added. */
  relationsOf(entityRef: string): CiNeighbour[] {
    const index = this.indexByRef.get(entityRef);
    return index === undefined ? [] : [...this.neighbours[index]];
  }

  /**
   * Every CI within `depth` relations of `entityRef`, with its distance; the CI itself is not
   * included. Depth 0 gives nothing.
   */
  withinDepth(entityRef: string, depth: number): Map<string, number> {
    const found = new Map<string, number>();
    const start = this.indexByRef.get(entityRef);
    if (start === undefined || depth < 1) return found;
    const distance = new Map<number, number>([[start, 0]]);
    let frontier = [start];
    for (let level = 1; level <= depth && frontier.length > 0; level++) {
      const next: number[] = [];
      for (const node of frontier) {
        for (const other of this.adjacency[node]) {
          if (!distance.has(other)) {
            distance.set(other, level);
            found.set(this.refs[other], level);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    return found;
  }

  private indexOf(entityRef: string): number {
    let index = this.indexByRef.get(entityRef);
    if (index === undefined) {
      index = this.refs.length;
      this.indexByRef.set(entityRef, index);
      this.refs.push(entityRef);
      this.neighbours.push([]);
      this.adjacency.push([]);
    }
    return index;
  }

  private addEdge(source: string, type: CiRelationType, target: string) {
    const from = this.indexOf(source);
    const to = this.indexOf(target);
    const relationKey = `${from} ${type} ${to}`;
    if (this.seen.has(relationKey)) return;
    this.seen.add(relationKey);
    this.neighbours[from].push({
      entityRef: target,
      type,
      direction: CI_RELATION_DIRECTIONS[type],
    });
    const linkKey = from < to ? `${from}-${to}` : `${to}-${from}`;
    if (this.seen.has(linkKey)) return;
    this.seen.add(linkKey);
    this.adjacency[from].push(to);
    this.adjacency[to].push(from);
  }
}
