import { CiGraph } from './ciGraph';

const edges = [
  // payments-api depends on its database and the ledger; the ledger on its database
  {
    source: 'component:default/payments-api',
    type: 'dependsOn',
    target: 'resource:default/payments-db',
  },
  {
    source: 'resource:default/payments-db',
    type: 'dependencyOf',
    target: 'component:default/payments-api',
  },
  {
    source: 'component:default/payments-api',
    type: 'dependsOn',
    target: 'component:default/ledger-service',
  },
  {
    source: 'component:default/ledger-service',
    type: 'dependsOn',
    target: 'resource:default/ledger-db',
  },
  {
    source: 'component:default/checkout-service',
    type: 'dependsOn',
    target: 'component:default/payments-api',
  },
  {
    source: 'component:default/payments-api',
    type: 'partOf',
    target: 'system:default/payments',
  },
  {
    source: 'component:default/payments-api',
    type: 'ownedBy',
    target: 'group:default/payments-team',
  },
];

describe('CiGraph', () => {
  const graph = CiGraph.fromEdges(edges);

  it('finds the CIs within a depth, in both directions, with their distance', () => {
    expect(graph.withinDepth('component:default/payments-api', 1)).toEqual(
      new Map([
        ['resource:default/payments-db', 1],
        ['component:default/ledger-service', 1],
        ['component:default/checkout-service', 1],
        ['system:default/payments', 1],
      ]),
    );
    expect(
      graph
        .withinDepth('component:default/payments-api', 2)
        .get('resource:default/ledger-db'),
    ).toBe(2);
    expect(
      graph
        .withinDepth('component:default/checkout-service', 2)
        .has('resource:default/payments-db'),
    ).toBe(true);
    expect(
      graph
        .withinDepth('component:default/checkout-service', 2)
        .has('resource:default/ledger-db'),
    ).toBe(false);
  });

  it('ignores relations that do not link CIs, such as ownership', () => {
    expect(
      graph
        .withinDepth('component:default/payments-api', 5)
        .has('group:default/payments-team'),
    ).toBe(false);
  });

  it('never includes the CI itself, and knows nothing of unknown CIs', () => {
    expect(
      graph
        .withinDepth('component:default/payments-api', 3)
        .has('component:default/payments-api'),
    ).toBe(false);
    expect(graph.withinDepth('component:default/payments-api', 0).size).toBe(0);
    expect(graph.withinDepth('component:default/unknown', 2).size).toBe(0);
  });

  it('lists direct relations with their direction, once each', () => {
    const twice = CiGraph.fromEdges([...edges, ...edges]);
    expect(twice.relationsOf('component:default/payments-api')).toEqual([
      {
        entityRef: 'resource:default/payments-db',
        type: 'dependsOn',
        direction: 'upstream',
      },
      {
        entityRef: 'component:default/ledger-service',
        type: 'dependsOn',
        direction: 'upstream',
      },
      {
        entityRef: 'system:default/payments',
        type: 'partOf',
        direction: 'upstream',
      },
    ]);
    expect(twice.relationsOf('resource:default/payments-db')).toEqual([
      {
        entityRef: 'component:default/payments-api',
        type: 'dependencyOf',
        direction: 'downstream',
      },
    ]);
  });

  it('stays correct on a chain longer than the depth asked for', () => {
    const chain = Array.from({ length: 50 }, (_, i) => ({
      source: `component:default/c${i}`,
      type: 'dependsOn',
      target: `component:default/c${i + 1}`,
    }));
    const reach = CiGraph.fromEdges(chain).withinDepth(
      'component:default/c10',
      3,
    );
    expect([...reach.keys()].sort()).toEqual(
      ['c7', 'c8', 'c9', 'c11', 'c12', 'c13']
        .map(n => `component:default/${n}`)
        .sort(),
    );
  });
});
