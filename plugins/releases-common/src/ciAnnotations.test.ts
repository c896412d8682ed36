import { Entity } from '@backstage/catalog-model';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parseAllDocuments } from 'yaml';
import {
  CI_CLASSES,
  CI_KINDS,
  CRITICALITIES,
  describeCiAnnotationProblems,
} from './ciAnnotations';
import { DEFAULT_ENVIRONMENTS } from './environments';

const CI_ID = 'stagegate.dev/ci-id';
const CI_CLASS = 'stagegate.dev/ci-class';
const CRITICALITY = 'stagegate.dev/criticality';
const ENVIRONMENTS = 'stagegate.dev/environments';

function problems(
  annotations: Record<string, string> | undefined,
  environments: readonly string[] = DEFAULT_ENVIRONMENTS,
) {
  return describeCiAnnotationProblems(annotations, environments);
}

function loadExampleCis(): Entity[] {
  return ['components.yaml', 'systems.yaml']
    .flatMap(file =>
      parseAllDocuments(
        readFileSync(resolve(__dirname, '../../../examples', file), 'utf8'),
      ),
    )
    .map(document => document.toJS() as Entity)
    .filter(entity => CI_KINDS.includes(entity.kind));
}

describe('CI constants', () => {
  it('lists the CI kinds of the product design', () => {
    expect(CI_KINDS).toEqual(['Component', 'Resource', 'System', 'API']);
  });

  it('lists the criticalities from the least to the most critical', () => {
    expect(CRITICALITIES).toEqual(['low', 'medium', 'high', 'critical']);
  });

  it('has the CI classes of the product design and a catch-all', () => {
    expect(CI_CLASSES).toEqual(
      expect.arrayContaining([
        'application',
        'service',
        'database',
        'server',
        'network',
        'hardware',
        'document',
        'other',
      ]),
    );
  });
});

describe('describeCiAnnotationProblems', () => {
  it('accepts an entity without annotations', () => {
    expect(problems(undefined)).toEqual([]);
    expect(problems({})).toEqual([]);
  });

  it('ignores annotations it does not own', () => {
    expect(
      problems({
        'backstage.io/techdocs-ref': 'dir:.',
        'stagegate.dev/something-else': 'x y z',
      }),
    ).toEqual([]);
  });

  it('accepts every example CI', () => {
    const examples = loadExampleCis();
    expect(examples.length).toBeGreaterThan(10);
    for (const entity of examples) {
      expect([
        entity.metadata.name,
        problems(entity.metadata.annotations),
      ]).toEqual([entity.metadata.name, []]);
    }
  });

  it('accepts a complete set of valid annotations', () => {
    expect(
      problems({
        [CI_ID]: 'CI00042',
        [CI_CLASS]: 'service',
        [CRITICALITY]: 'critical',
        [ENVIRONMENTS]: 'sit, sat ,production',
      }),
    ).toEqual([]);
  });

  describe('ci-id', () => {
    it.each(['CI00042', 'a', 'payments:api/42', 'x'.repeat(64)])(
      'accepts %p',
      id => {
        expect(problems({ [CI_ID]: id })).toEqual([]);
      },
    );

    it.each(['', '   '])('refuses the empty id %p', id => {
      expect(problems({ [CI_ID]: id })).toEqual([
        'metadata.annotations.stagegate.dev/ci-id: must not be empty; give the id of the CI in the CMDB, such as CI00042',
      ]);
    });

    it.each(['CI 00042', ' CI00042', 'CI00042\t'])(
      'refuses %p, which has whitespace',
      id => {
        expect(problems({ [CI_ID]: id })).toEqual([
          `metadata.annotations.stagegate.dev/ci-id: '${id}' must not contain whitespace`,
        ]);
      },
    );

    it('refuses an id longer than 64 characters, saying how long it is', () => {
      expect(problems({ [CI_ID]: 'x'.repeat(65) })).toEqual([
        'metadata.annotations.stagegate.dev/ci-id: is 65 characters long; at most 64 are allowed',
      ]);
    });

    it('names both problems of a long id with whitespace in one line', () => {
      const id = `CI ${'0'.repeat(70)}`;
      expect(problems({ [CI_ID]: id })).toEqual([
        `metadata.annotations.stagegate.dev/ci-id: '${id}' must not contain whitespace; is 73 characters long; at most 64 are allowed`,
      ]);
    });
  });

  describe('ci-class', () => {
    it.each([...CI_CLASSES])('accepts %s', ciClass => {
      expect(problems({ [CI_CLASS]: ciClass })).toEqual([]);
    });

    it.each(['app', 'Service', ' service', ''])(
      'refuses %p, naming the classes',
      ciClass => {
        expect(problems({ [CI_CLASS]: ciClass })).toEqual([
          `metadata.annotations.stagegate.dev/ci-class: '${ciClass}' is not one of application, service, database, server, network, hardware, document, library, website, api, other`,
        ]);
      },
    );
  });

  describe('criticality', () => {
    it.each([...CRITICALITIES])('accepts %s', criticality => {
      expect(problems({ [CRITICALITY]: criticality })).toEqual([]);
    });

    it.each(['urgent', 'High', '3', ''])(
      'refuses %p, naming the criticalities',
      criticality => {
        expect(problems({ [CRITICALITY]: criticality })).toEqual([
          `metadata.annotations.stagegate.dev/criticality: '${criticality}' is not one of low, medium, high, critical`,
        ]);
      },
    );
  });

  describe('environments', () => {
    it.each(['production', 'cinte,sit,sat,production', ' sit , production '])(
      'accepts %p with the default environments',
      environments => {
        expect(problems({ [ENVIRONMENTS]: environments })).toEqual([]);
      },
    );

    it('refuses an environment that is not configured, naming the configured ones', () => {
      expect(problems({ [ENVIRONMENTS]: 'sit,prod' })).toEqual([
        "metadata.annotations.stagegate.dev/environments: 'prod' is not a configured environment; the configured environments are cinte, sit, sat, production",
      ]);
    });

    it('names every unknown environment once', () => {
      expect(problems({ [ENVIRONMENTS]: 'uat,prod,uat' })).toEqual([
        "metadata.annotations.stagegate.dev/environments: 'uat', 'prod' are not configured environments; the configured environments are cinte, sit, sat, production; lists 'uat' more than once",
      ]);
    });

    it('refuses an environment listed twice', () => {
      expect(problems({ [ENVIRONMENTS]: 'sit, sat, sit' })).toEqual([
        "metadata.annotations.stagegate.dev/environments: lists 'sit' more than once",
      ]);
    });

    it.each(['sit,,production', 'sit,', ',sit'])(
      'refuses %p, which has an empty item',
      environments => {
        expect(problems({ [ENVIRONMENTS]: environments })).toEqual([
          `metadata.annotations.stagegate.dev/environments: '${environments}' has an empty item; list environments separated by commas, such as cinte,sit,sat,production`,
        ]);
      },
    );

    it.each(['', ' '])('refuses the empty list %p', environments => {
      expect(problems({ [ENVIRONMENTS]: environments })).toEqual([
        'metadata.annotations.stagegate.dev/environments: must not be empty; list environments separated by commas, such as cinte,sit,sat,production',
      ]);
    });

    describe('with environments configured by the deployment', () => {
      const configured = ['dev', 'staging', 'prod'];

      it('accepts the configured environments', () => {
        expect(
          problems({ [ENVIRONMENTS]: 'dev,staging,prod' }, configured),
        ).toEqual([]);
      });

      it('refuses a default environment the deployment does not configure', () => {
        expect(
          problems({ [ENVIRONMENTS]: 'staging,production' }, configured),
        ).toEqual([
          "metadata.annotations.stagegate.dev/environments: 'production' is not a configured environment; the configured environments are dev, staging, prod",
        ]);
      });

      it('is case-sensitive', () => {
        expect(problems({ [ENVIRONMENTS]: 'Prod' }, configured)).toEqual([
          "metadata.annotations.stagegate.dev/environments: 'Prod' is not a configured environment; the configured environments are dev, staging, prod",
        ]);
      });
    });

    it('says when no environments are configured at all', () => {
      expect(problems({ [ENVIRONMENTS]: 'sit' }, [])).toEqual([
        "metadata.annotations.stagegate.dev/environments: 'sit' is not a configured environment; no environments are configured (releases.environments)",
      ]);
    });
  });

  describe('stagegate.dev/distribution-lists', () => {
    const LISTS = 'stagegate.dev/distribution-lists';
    const onSystem = (value: string, distributionLists?: string[]) =>
      describeCiAnnotationProblems({ [LISTS]: value }, DEFAULT_ENVIRONMENTS, {
        kind: 'System',
        distributionLists,
      });

    it('accepts configured lists on a System', () => {
      expect(
        onSystem('cab-core, payments-ops', ['cab-core', 'payments-ops']),
      ).toEqual([]);
    });

    it('names the lists that are not configured, and the configured ones', () => {
      expect(
        onSystem('cab-core,cab-typo', ['cab-core', 'payments-ops']),
      ).toEqual([
        "metadata.annotations.stagegate.dev/distribution-lists: 'cab-typo' is not a distribution list; the configured lists are cab-core, payments-ops",
      ]);
    });

    it('says when no lists are configured at all', () => {
      expect(onSystem('cab-core', [])).toEqual([
        "metadata.annotations.stagegate.dev/distribution-lists: 'cab-core' is not a distribution list; no lists are configured (releases.notifications.distributionLists)",
      ]);
    });

    it('checks only the form of the names when the lists are not known', () => {
      expect(onSystem('cab-core')).toEqual([]);
      expect(onSystem('cab core')).toEqual([
        "metadata.annotations.stagegate.dev/distribution-lists: 'cab core' is not a distribution list name; use letters, digits, dots, dashes and underscores, at most 63, starting with a letter or digit",
      ]);
    });

    it('refuses empty items and duplicates', () => {
      expect(onSystem('cab-core,,x', ['cab-core', 'x'])).toEqual([
        "metadata.annotations.stagegate.dev/distribution-lists: 'cab-core,,x' has an empty item; list distribution lists separated by commas, such as cab-core,payments-ops",
      ]);
      expect(onSystem('x, x', ['x'])).toEqual([
        "metadata.annotations.stagegate.dev/distribution-lists: lists 'x' more than once",
      ]);
    });

    it('belongs on a System only', () => {
      expect(
        describeCiAnnotationProblems({ [LISTS]: 'x' }, DEFAULT_ENVIRONMENTS, {
          kind: 'Component',
          distributionLists: ['x'],
        }),
      ).toEqual([
        'metadata.annotations.stagegate.dev/distribution-lists: belongs on a System; the releases of its CIs notify the lists it names',
      ]);
    });
  });

  it('lists one line per bad annotation, in a fixed order', () => {
    expect(
      problems({
        [ENVIRONMENTS]: 'prod',
        [CRITICALITY]: 'urgent',
        [CI_CLASS]: 'app',
        [CI_ID]: 'CI 1',
      }),
    ).toEqual([
      "metadata.annotations.stagegate.dev/ci-id: 'CI 1' must not contain whitespace",
      "metadata.annotations.stagegate.dev/ci-class: 'app' is not one of application, service, database, server, network, hardware, document, library, website, api, other",
      "metadata.annotations.stagegate.dev/criticality: 'urgent' is not one of low, medium, high, critical",
      "metadata.annotations.stagegate.dev/environments: 'prod' is not a configured environment; the configured environments are cinte, sit, sat, production",
    ]);
  });
});
