/* eslint-disable no-console */
// Benchmark of the CI snapshot the releases backend keeps: 10,000 catalog entities, as the
// catalog returns them (annotations, spec, about 3 relations each), turned into CI views and
// the relation graph. The baseline, measured in the same run, is sorting the same entities by
// ref, which any index of them would need at least.
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { DEFAULT_ENVIRONMENTS } from '@stagegate/plugin-releases-common';
import { performance } from 'perf_hooks';
import { CiSnapshot } from '../plugins/releases-backend/src/services/CiSnapshot';
import { emit, medianOf } from './measure';

const ENTITIES = 10_000;
const RELATIONS_PER_ENTITY = 3;

function syntheticEntities(): Entity[] {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: ENTITIES }, (_, i) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: i % 5 === 0 ? 'Resource' : 'Component',
    metadata: {
      name: `ci-${i}`,
      annotations: {
        'stagegate.dev/ci-id': `CI${String(i).padStart(6, '0')}`,
        'stagegate.dev/criticality': ['low', 'medium', 'high'][i % 3],
      },
    },
    spec: {
      type: i % 5 === 0 ? 'database' : 'service',
      owner: `team-${i % 40}`,
      system: `system-${i % 25}`,
    },
    relations: Array.from({ length: RELATIONS_PER_ENTITY }, () => ({
      type: 'dependsOn',
      targetRef: `component:default/ci-${Math.floor(random() * ENTITIES)}`,
    })),
  }));
}

async function* onePage(entities: Entity[]) {
  yield entities;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function main() {
  const entities = syntheticEntities();
  const builds: number[] = [];
  const sorts: number[] = [];
  for (let run = 0; run < 5; run++) {
    builds.push(
      await timeAsync(() =>
        CiSnapshot.fromPages(onePage(entities), DEFAULT_ENVIRONMENTS),
      ),
    );
    sorts.push(
      await timeAsync(async () =>
        [...entities]
          .map(entity => stringifyEntityRef(entity))
          .sort((a, b) => (a < b ? -1 : 1)),
      ),
    );
  }
  emit('ci-snapshot-build-10k-ms', medianOf(builds), 'ms');
  emit(
    'ci-snapshot-build-vs-sort',
    medianOf(builds) / medianOf(sorts),
    'ratio',
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
