/* eslint-disable no-console */
// Benchmark of the CI graph: building it for 10,000 entities with about 3 relations each, and
// depth-2 queries on it. Each figure comes with its ratio to a baseline measured in the same
// run: building is compared with sorting the same relations, a query with a naive
// breadth-first walk that scans every relation at every level.
import { CiEdge, CiGraph } from '@stagegate/plugin-releases-common';
import { emit, median, timeIt } from './measure';

const ENTITIES = 10_000;
const EDGES_PER_ENTITY = 3;
const QUERIES = 200;

function syntheticEdges(): CiEdge[] {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const edges: CiEdge[] = [];
  for (let i = 0; i < ENTITIES; i++) {
    for (let e = 0; e < EDGES_PER_ENTITY; e++) {
      const j = Math.floor(random() * ENTITIES);
      if (j === i) continue;
      edges.push({
        source: `component:default/c${i}`,
        type: 'dependsOn',
        target: `component:default/c${j}`,
      });
      edges.push({
        source: `component:default/c${j}`,
        type: 'dependencyOf',
        target: `component:default/c${i}`,
      });
    }
  }
  return edges;
}

function naiveWithinDepth(
  edges: CiEdge[],
  start: string,
  depth: number,
): Set<string> {
  const seen = new Set([start]);
  let frontier = new Set([start]);
  for (let level = 0; level < depth; level++) {
    const next = new Set<string>();
    for (const edge of edges) {
      if (frontier.has(edge.source) && !seen.has(edge.target))
        next.add(edge.target);
      if (frontier.has(edge.target) && !seen.has(edge.source))
        next.add(edge.source);
    }
    next.forEach(ref => seen.add(ref));
    frontier = next;
  }
  seen.delete(start);
  return seen;
}

const edges = syntheticEdges();
const buildMs = median(5, () => timeIt(() => CiGraph.fromEdges(edges)));
const sortMs = median(5, () =>
  timeIt(() =>
    [...edges].sort((a, b) =>
      a.source < b.source ? -1 : a.source > b.source ? 1 : 0,
    ),
  ),
);
emit('ci-graph-build-10k-ms', buildMs, 'ms');
emit('ci-graph-build-vs-sort', buildMs / sortMs, 'ratio');

const graph = CiGraph.fromEdges(edges);
const starts = Array.from(
  { length: QUERIES },
  (_, i) => `component:default/c${(i * 49) % ENTITIES}`,
);
const queryMs =
  timeIt(() => starts.forEach(ref => graph.withinDepth(ref, 2))) / QUERIES;
const naiveStarts = starts.slice(0, 10);
const naiveMs =
  timeIt(() => naiveStarts.forEach(ref => naiveWithinDepth(edges, ref, 2))) /
  naiveStarts.length;
for (const ref of naiveStarts) {
  const expected = naiveWithinDepth(edges, ref, 2);
  const actual = graph.withinDepth(ref, 2);
  if (
    expected.size !== actual.size ||
    [...expected].some(r => !actual.has(r))
  ) {
    throw new Error(`CiGraph and the naive walk disagree for ${ref}`);
  }
}
emit('ci-graph-depth2-query-ms', queryMs, 'ms');
emit('ci-graph-depth2-vs-naive-scan', naiveMs / queryMs, 'speed-up');
