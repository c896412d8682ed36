import { Entity } from '@backstage/catalog-model';
import { ciRelationRefsOf, deriveCiClass, splitCiRelations, toCi } from './ci';
import { DEFAULT_ENVIRONMENTS } from './environments';

const paymentsApi: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments-api',
    title: 'Payments API',
    annotations: {
      'stagegate.dev/ci-id': 'CI00042',
      'stagegate.dev/ci-class': 'service',
      'stagegate.dev/criticality': 'critical',
      'stagegate.dev/environments': 'sit, production',
    },
  },
  spec: {
    type: 'service',
    owner: 'payments-team',
    system: 'payments',
  },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/payments-team' },
    { type: 'dependsOn', targetRef: 'resource:default/payments-db' },
    { type: 'dependsOn', targetRef: 'resource:default/payments-db' },
    { type: 'providesApi', targetRef: 'api:default/payments' },
    { type: 'partOf', targetRef: 'system:default/payments' },
  ],
};

describe('toCi', () => {
  it('reads every attribute from the annotations and the entity', () => {
    expect(toCi(paymentsApi, DEFAULT_ENVIRONMENTS)).toEqual({
      entityRef: 'component:default/payments-api',
      kind: 'Component',
      title: 'Payments API',
      ciId: 'CI00042',
      ciClass: 'service',
      ciClassSource: 'annotation',
      criticality: 'critical',
      environments: ['sit', 'production'],
      owner: 'group:default/payments-team',
      system: 'system:default/payments',
    });
  });

  it('defaults the id to the entity ref, the class to one derived, and the environments to all', () => {
    const bare: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: { name: 'orders-db', namespace: 'shop' },
      spec: { type: 'database', owner: 'group:default/dba' },
    };
    expect(toCi(bare, ['test', 'live'])).toEqual({
      entityRef: 'resource:shop/orders-db',
      kind: 'Resource',
      title: 'orders-db',
      ciId: 'resource:shop/orders-db',
      ciClass: 'database',
      ciClassSource: 'derived',
      criticality: undefined,
      environments: ['test', 'live'],
      owner: 'group:default/dba',
      system: undefined,
    });
  });

  it('does not trust annotation values the catalog would refuse', () => {
    const odd: Entity = {
      ...paymentsApi,
      metadata: {
        name: 'odd',
        annotations: {
          'stagegate.dev/ci-class': 'spaceship',
          'stagegate.dev/criticality': 'urgent',
          'stagegate.dev/environments': 'moon,production',
        },
      },
      relations: [],
    };
    const ci = toCi(odd, DEFAULT_ENVIRONMENTS);
    expect(ci.ciClass).toBe('service');
    expect(ci.ciClassSource).toBe('derived');
    expect(ci.criticality).toBeUndefined();
    expect(ci.environments).toEqual(['production']);
    expect(ci.owner).toBe('group:default/payments-team');
  });
});

describe('deriveCiClass', () => {
  it.each([
    ['Component', 'service', 'service'],
    ['Component', 'website', 'website'],
    ['Component', 'library', 'library'],
    ['Component', 'something-else', 'application'],
    ['Resource', 'database', 'database'],
    ['Resource', 'kubernetes-cluster', 'server'],
    ['Resource', 'load-balancer', 'network'],
    ['Resource', 's3-bucket', 'other'],
    ['API', 'openapi', 'api'],
    ['System', undefined, 'application'],
    ['Template', undefined, 'other'],
  ])('%s of type %s is a %s', (kind, type, expected) => {
    expect(deriveCiClass(kind, type)).toBe(expected);
  });
});

describe('ciRelationRefsOf and splitCiRelations', () => {
  it('keeps CI relations once each, and splits them by direction', () => {
    const refs = ciRelationRefsOf(paymentsApi);
    expect(refs).toEqual([
      { entityRef: 'resource:default/payments-db', type: 'dependsOn' },
      { entityRef: 'api:default/payments', type: 'providesApi' },
      { entityRef: 'system:default/payments', type: 'partOf' },
    ]);
    const split = splitCiRelations(
      refs.map(ref => ({ ...ref, kind: 'x', title: ref.entityRef })),
    );
    expect(split.upstream.map(r => r.entityRef)).toEqual([
      'resource:default/payments-db',
      'system:default/payments',
    ]);
    expect(split.downstream.map(r => r.entityRef)).toEqual([
      'api:default/payments',
    ]);
  });
});
