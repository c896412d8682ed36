import { DateTime } from 'luxon';
import { resolve } from 'path';
import { stringify } from 'yaml';
import { CatalogIndex, readCatalogFiles } from './catalogFiles';
import { loadSeedFile, parseSeedFile } from './loadSeedFile';
import { RelativeClock } from './relativeTime';
import { demoReleaseId, planSeed } from './seedPlan';

const examplesFile = resolve(__dirname, '../../../../examples/releases.yaml');
const environments = ['cinte', 'sit', 'sat', 'production'];
const now = new Date('2026-11-22T07:15:00Z');
const noCatalog: CatalogIndex = { refs: new Set(), owners: new Map() };

/** A small valid file: one release planned and moved to build, for variations. */
function aFile(release: Record<string, unknown> = {}) {
  return {
    zone: 'Europe/London',
    releases: [
      {
        name: 'small',
        title: 'Small release',
        unitType: 'delta',
        category: 'scheduled',
        status: 'build',
        entityRefs: ['component:payments-api'],
        owner: 'oscar.owner',
        created: { day: -10, at: '10:00' },
        schedule: [
          { environment: 'production', day: 9, hours: 2, status: 'planned' },
        ],
        steps: [{ to: 'build', day: -9 }],
        ...release,
      },
    ],
  };
}

const plan = (file: object) =>
  planSeed(parseSeedFile(stringify(file), 'test.yaml'), {
    now,
    environments,
    catalog: noCatalog,
    source: 'test.yaml',
  });

describe('the example releases file', () => {
  it('parses, and names catalog files that exist', async () => {
    const file = await loadSeedFile(examplesFile);

    expect(file.releases.length).toBeGreaterThanOrEqual(15);
    const catalog = await readCatalogFiles(file.catalogFiles);
    expect(catalog.owners.get('component:default/payments-api')).toBe(
      'group:default/payments-team',
    );
    expect(catalog.refs.has('user:default/andy.approver')).toBe(true);
  });

  it('passes every rule whatever the weekday and hour it is seeded at, across clock changes', async () => {
    const file = await loadSeedFile(examplesFile);
    const catalog = await readCatalogFiles(file.catalogFiles);
    // The first and last minutes of a week in London (where the file's week starts), and
    // midweek: in the week of a clock change (29 March 2026) and in a plain November week.
    const moments = [
      '2026-03-23T00:01',
      '2026-03-25T12:00',
      '2026-03-29T23:59',
      '2026-11-16T00:01',
      '2026-11-18T12:00',
      '2026-11-22T23:59',
    ].map(local =>
      DateTime.fromISO(local, { zone: 'Europe/London' }).toJSDate(),
    );

    for (const moment of moments) {
      const result = planSeed(file, {
        now: moment,
        environments,
        catalog,
        source: examplesFile,
      });
      expect(result.releases.size).toBe(file.releases.length);
    }
  });
});

describe('planSeed', () => {
  it('creates each release with stable ids and keys in the order they were created', () => {
    const result = plan(aFile());

    const [insert, step] = result.operations;
    expect(insert).toMatchObject({
      type: 'insert',
      release: {
        id: demoReleaseId('small'),
        key: 'REL-2026-0001',
        status: 'planning',
        createdBy: 'user:default/oscar.owner',
        createdAt: '2026-11-06T10:00:00.000Z',
      },
    });
    expect(step).toMatchObject({
      type: 'changes',
      changes: [
        {
          after: { status: 'build', revision: 2 },
          entry: { revision: 2, from: 'planning', to: 'build' },
        },
      ],
    });
    expect(demoReleaseId('small')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('refuses a file that is not valid, naming the release and the field', () => {
    const broken = aFile({ steps: [{ to: 'built', day: -9 }] });
    delete (broken.releases[0] as Record<string, unknown>).owner;

    expect(() => plan(broken)).toThrow(
      /Invalid demo releases in test\.yaml: release 'small': owner: Required; release 'small': steps\.0\.to: Invalid enum value/,
    );
    expect(() =>
      parseSeedFile('releases: [{ name: x, created: { at: "25:00" } }]', 'f'),
    ).toThrow(/release 'x': created\.at: Give a local time as HH:mm/);
    expect(() => parseSeedFile('releases: [', 'f')).toThrow(
      /Invalid demo releases in f: /,
    );
  });

  it('refuses a change the lifecycle rules refuse, naming the release and the field', () => {
    expect(() =>
      plan(aFile({ status: 'test', steps: [{ to: 'test', day: -9 }] })),
    ).toThrow(
      "release 'small': steps.0: cannot move from planning to test: A release in planning cannot move to test",
    );
    expect(() =>
      plan(
        aFile({
          status: 'test',
          steps: [
            { to: 'build', day: -9 },
            { to: 'test', day: -8 },
          ],
        }),
      ),
    ).toThrow(
      "release 'small': steps.1: cannot move from build to test: List the release contents (VDD)",
    );
    expect(() =>
      plan(
        aFile({
          approvals: [
            { gate: 'ecab', decision: 'approve', by: 'oscar.owner', day: -9 },
          ],
        }),
      ),
    ).toThrow(
      /release 'small': approvals\.0: You own or created this release.*Only emergency releases go to the ECAB/,
    );
  });

  it('refuses history in the future, steps out of order, and a status the steps do not reach', () => {
    expect(() => plan(aFile({ steps: [{ to: 'build', day: 7 }] }))).toThrow(
      /release 'small': steps\.0: .* is in the future/,
    );
    expect(() => plan(aFile({ steps: [{ to: 'build', day: -11 }] }))).toThrow(
      /release 'small': steps\.0: .* is before the release was created/,
    );
    expect(() =>
      plan(
        aFile({
          status: 'test',
          contents: [{ name: 'notes', version: '1', kind: 'document' }],
          steps: [
            { to: 'build', day: -8 },
            { to: 'test', day: -9 },
          ],
        }),
      ),
    ).toThrow(/release 'small': steps\.1: .* comes before the step above it/);
    expect(() => plan(aFile({ status: 'closed' }))).toThrow(
      "release 'small': status: the steps end in build, not closed",
    );
    expect(() =>
      plan(
        aFile({
          schedule: [
            { environment: 'staging', day: 9, hours: 2, status: 'planned' },
          ],
        }),
      ),
    ).toThrow(
      "release 'small': schedule.0.environment: 'staging' is not a configured environment",
    );
  });

  it('checks CIs and people against the catalog files when the file names them', async () => {
    const catalog = await readCatalogFiles(
      ['components.yaml', 'org.yaml'].map(file =>
        resolve(examplesFile, '..', file),
      ),
    );
    const file = parseSeedFile(
      stringify(aFile({ owner: 'oscar.ownr' })),
      'test.yaml',
    );

    expect(() =>
      planSeed(file, { now, environments, catalog, source: 'test.yaml' }),
    ).toThrow(
      "release 'small': owner: user:default/oscar.ownr is not in the catalog files of the demo",
    );
  });

  it('backs out the deployed children with their package, as the API does', () => {
    // The example package is approved; a package of one child shows the cascade.
    const child = {
      name: 'child',
      title: 'Child',
      unitType: 'delta',
      category: 'emergency',
      status: 'backed_out',
      parent: 'small',
      entityRefs: ['component:payments-api'],
      owner: 'oscar.owner',
      created: { day: -9, at: '11:00' },
      backoutPlan: { steps: 'Roll back', tested: false },
      schedule: [
        { environment: 'production', day: -3, hours: 2, status: 'planned' },
      ],
      approvals: [
        { gate: 'ecab', decision: 'approve', by: 'andy.approver', day: -4 },
      ],
      steps: [
        { to: 'approved', day: -4, at: '10:00' },
        { to: 'deploying', day: -3, at: '09:30' },
      ],
    };
    const small = aFile({
      unitType: 'package',
      category: 'emergency',
      status: 'backed_out',
      backoutPlan: { steps: 'Roll back both', tested: false },
      schedule: [
        { environment: 'production', day: -3, hours: 2, status: 'planned' },
      ],
      approvals: [
        { gate: 'ecab', decision: 'approve', by: 'andy.approver', day: -5 },
      ],
      steps: [
        { to: 'approved', day: -4, at: '12:00' },
        { to: 'deploying', day: -3, at: '09:15' },
        { to: 'backed_out', day: -3, at: '10:00', reason: 'Smoke failed' },
      ],
    });
    small.releases.push(child as any);

    const result = plan(small);

    expect(result.releases.get('child')).toMatchObject({
      status: 'backed_out',
      revision: 5,
    });
    const last = result.operations[result.operations.length - 1];
    expect(last.type === 'changes' && last.changes.length).toBe(2);
  });
});

describe('RelativeClock', () => {
  it('counts days from the Monday of the seeding week, so weekdays stay put', () => {
    for (const moment of ['2026-11-16T00:30:00Z', '2026-11-22T23:30:00Z']) {
      const clock = new RelativeClock(new Date(moment), 'Europe/London');
      expect(clock.resolve({ day: -2, at: '22:00' })).toBe(
        '2026-11-14T22:00:00.000Z',
      );
      expect(clock.resolve({ day: 22, at: '22:00' })).toBe(
        '2026-12-08T22:00:00.000Z',
      );
    }
    const summer = new RelativeClock(new Date('2026-07-01T12:00:00Z'), 'UTC');
    expect(summer.resolve({ day: 0, at: '22:00', zone: 'Europe/London' })).toBe(
      '2026-06-29T21:00:00.000Z',
    );
    expect(summer.resolve({ minutes: -45 })).toBe('2026-07-01T11:15:00.000Z');
  });
});
