import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parseAllDocuments } from 'yaml';
import { CiAnnotationsProcessor } from './CiAnnotationsProcessor';

const location: LocationSpec = {
  type: 'url',
  target: 'https://example.com/catalog-info.yaml',
};

function anEntity(
  annotations: Record<string, string>,
  kind = 'Component',
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'payments-api', namespace: 'payments', annotations },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  };
}

function loadExamples(file: string): Entity[] {
  const text = readFileSync(
    resolve(__dirname, '../../../../examples', file),
    'utf8',
  );
  return parseAllDocuments(text).map(document => document.toJS() as Entity);
}

/** Post-processes an entity the way the catalog does, without emitting anything. */
async function postProcess(processor: CiAnnotationsProcessor, entity: Entity) {
  const emit = jest.fn();
  const result = await processor.postProcessEntity(entity, location, emit);
  expect(emit).not.toHaveBeenCalled();
  return result;
}

describe('CiAnnotationsProcessor', () => {
  const processor = new CiAnnotationsProcessor();

  it('has a name', () => {
    expect(processor.getProcessorName()).toBe('CiAnnotationsProcessor');
  });

  it('does not claim any kind, leaving validation of the kinds to others', () => {
    expect(
      (processor as { validateEntityKind?: unknown }).validateEntityKind,
    ).toBeUndefined();
  });

  it.each(['Component', 'Resource', 'System', 'API'])(
    'returns a valid %s unchanged',
    async kind => {
      const entity = anEntity(
        {
          'stagegate.dev/ci-id': 'CI00042',
          'stagegate.dev/ci-class': 'service',
          'stagegate.dev/criticality': 'critical',
          'stagegate.dev/environments': 'sit,sat,production',
        },
        kind,
      );
      await expect(postProcess(processor, entity)).resolves.toBe(entity);
    },
  );

  it('accepts a CI without Stagegate annotations', async () => {
    const entity = anEntity({});
    await expect(postProcess(processor, entity)).resolves.toBe(entity);
  });

  it('accepts every example CI', async () => {
    const examples = [
      ...loadExamples('components.yaml'),
      ...loadExamples('systems.yaml'),
    ];
    for (const entity of examples) {
      await expect(postProcess(processor, entity)).resolves.toBe(entity);
    }
  });

  it.each(['Component', 'Resource', 'System', 'API'])(
    'refuses a %s with a bad annotation, naming the entity and the annotation',
    async kind => {
      await expect(
        postProcess(
          processor,
          anEntity({ 'stagegate.dev/criticality': 'urgent' }, kind),
        ),
      ).rejects.toThrow(
        `${kind.toLocaleLowerCase(
          'en-US',
        )}:payments/payments-api has invalid CI annotations: metadata.annotations.stagegate.dev/criticality: 'urgent' is not one of low, medium, high, critical`,
      );
    },
  );

  it('lists every bad annotation in one message', async () => {
    await expect(
      postProcess(
        processor,
        anEntity({
          'stagegate.dev/ci-id': 'CI 42',
          'stagegate.dev/ci-class': 'mainframe',
          'stagegate.dev/criticality': 'urgent',
          'stagegate.dev/environments': 'sit,prod',
        }),
      ),
    ).rejects.toThrow(
      /has invalid CI annotations: metadata\.annotations\.stagegate\.dev\/ci-id: .*; metadata\.annotations\.stagegate\.dev\/ci-class: .*; metadata\.annotations\.stagegate\.dev\/criticality: .*; metadata\.annotations\.stagegate\.dev\/environments: 'prod' is not a configured environment/,
    );
  });

  it.each(['Group', 'User', 'Domain', 'Location', 'ChangeWindow'])(
    'leaves a %s alone, whatever its annotations',
    async kind => {
      const entity = anEntity({ 'stagegate.dev/criticality': 'urgent' }, kind);
      await expect(postProcess(processor, entity)).resolves.toBe(entity);
    },
  );

  describe('with options', () => {
    it('checks environments against the given ones', async () => {
      const custom = new CiAnnotationsProcessor({
        environments: ['dev', 'prod'],
      });
      await expect(
        postProcess(
          custom,
          anEntity({ 'stagegate.dev/environments': 'dev,prod' }),
        ),
      ).resolves.toBeDefined();
      await expect(
        postProcess(
          custom,
          anEntity({ 'stagegate.dev/environments': 'sit,production' }),
        ),
      ).rejects.toThrow(
        "'sit', 'production' are not configured environments; the configured environments are dev, prod",
      );
    });

    it('checks only the given kinds, whatever their case', async () => {
      const custom = new CiAnnotationsProcessor({
        ciKinds: ['component', 'DATABASE'],
      });
      const bad = { 'stagegate.dev/criticality': 'urgent' };
      await expect(
        postProcess(custom, anEntity(bad, 'Component')),
      ).rejects.toThrow(/criticality/);
      await expect(
        postProcess(custom, anEntity(bad, 'Database')),
      ).rejects.toThrow(/^database:payments\/payments-api has invalid/);
      await expect(
        postProcess(custom, anEntity(bad, 'Resource')),
      ).resolves.toBeDefined();
    });
  });

  describe('fromConfig', () => {
    it('reads releases.environments and releases.ci.kinds', async () => {
      const configured = CiAnnotationsProcessor.fromConfig(
        new ConfigReader({
          releases: { environments: ['dev', 'prod'], ci: { kinds: ['api'] } },
        }),
      );
      await expect(
        postProcess(
          configured,
          anEntity({ 'stagegate.dev/environments': 'production' }, 'API'),
        ),
      ).rejects.toThrow(
        "'production' is not a configured environment; the configured environments are dev, prod",
      );
      await expect(
        postProcess(
          configured,
          anEntity({ 'stagegate.dev/environments': 'production' }, 'Component'),
        ),
      ).resolves.toBeDefined();
    });

    it('defaults to the default environments and CI kinds', async () => {
      const configured = CiAnnotationsProcessor.fromConfig(
        new ConfigReader({}),
      );
      await expect(
        postProcess(
          configured,
          anEntity(
            { 'stagegate.dev/environments': 'cinte,production' },
            'System',
          ),
        ),
      ).resolves.toBeDefined();
      await expect(
        postProcess(
          configured,
          anEntity({ 'stagegate.dev/environments': 'dev' }, 'Resource'),
        ),
      ).rejects.toThrow(
        "'dev' is not a configured environment; the configured environments are cinte, sit, sat, production",
      );
    });

    it('refuses a releases.environments that is not a list of strings', () => {
      expect(() =>
        CiAnnotationsProcessor.fromConfig(
          new ConfigReader({ releases: { environments: 'sit,production' } }),
        ),
      ).toThrow(/releases\.environments/);
    });
  });

  describe('stagegate.dev/distribution-lists', () => {
    const configured = CiAnnotationsProcessor.fromConfig(
      new ConfigReader({
        releases: {
          notifications: {
            distributionLists: {
              'cab-core': ['group:default/cab'],
              'payments-ops': ['user:default/sam.service'],
            },
          },
        },
      }),
    );
    const lists = (value: string, kind = 'System') =>
      anEntity({ 'stagegate.dev/distribution-lists': value }, kind);

    it('accepts a System naming configured lists', async () => {
      const entity = lists('cab-core,payments-ops');
      await expect(postProcess(configured, entity)).resolves.toBe(entity);
    });

    it('refuses a System naming a list that is not configured, naming the annotation', async () => {
      await expect(
        postProcess(configured, lists('cab-core,cab-typo')),
      ).rejects.toThrow(
        "system:payments/payments-api has invalid CI annotations: metadata.annotations.stagegate.dev/distribution-lists: 'cab-typo' is not a distribution list; the configured lists are cab-core, payments-ops",
      );
    });

    it('refuses the annotation on a CI that is not a System', async () => {
      await expect(
        postProcess(configured, lists('cab-core', 'Component')),
      ).rejects.toThrow(
        'metadata.annotations.stagegate.dev/distribution-lists: belongs on a System',
      );
    });

    it('checks only the form of the names when no lists are configured', async () => {
      await expect(
        postProcess(processor, lists('any-list')),
      ).resolves.toBeDefined();
      await expect(postProcess(processor, lists('a;b'))).rejects.toThrow(
        "'a;b' is not a distribution list name",
      );
    });
  });
});
