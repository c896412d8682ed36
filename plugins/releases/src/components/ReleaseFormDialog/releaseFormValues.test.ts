import { Settings } from 'luxon';
import { entityRef, makeRelease } from '../../__testUtils__/releases';
import {
  slotDuration,
  ReleaseFormValues,
  newReleaseValues,
  releaseValues,
  validateCreate,
  validatePatch,
} from './releaseFormValues';

const systemZone = Settings.defaultZone;
beforeEach(() => {
  Settings.defaultZone = 'America/New_York';
});
afterEach(() => {
  Settings.defaultZone = systemZone;
});

const valid = (overrides: Partial<ReleaseFormValues> = {}) => ({
  ...newReleaseValues({ entityRef }),
  title: 'Payments 2.4',
  ...overrides,
});

describe('validateCreate', () => {
  it("sends slot times typed in the viewer's zone in UTC", () => {
    const result = validateCreate(
      valid({
        schedule: [
          {
            environment: 'production',
            start: '2026-12-01T20:00',
            end: '2026-12-01T22:00',
          },
          {
            environment: 'sat',
            start: '2026-07-01T09:00',
            end: '2026-07-01T10:30',
          },
        ],
      }),
    );

    expect(result.errors).toBeUndefined();
    expect(result.body?.schedule).toEqual([
      {
        environment: 'production',
        start: '2026-12-02T01:00:00Z',
        end: '2026-12-02T03:00:00Z',
        status: 'planned',
      },
      {
        environment: 'sat',
        start: '2026-07-01T13:00:00Z',
        end: '2026-07-01T14:30:00Z',
        status: 'planned',
      },
    ]);
  });

  it('leaves out optional texts that are empty', () => {
    const result = validateCreate(valid());

    expect(result.body).toEqual({
      title: 'Payments 2.4',
      unitType: 'delta',
      category: 'scheduled',
      entityRefs: [entityRef],
      schedule: [],
      contents: [],
    });
  });

  it('names each field in error with the shared schema messages', () => {
    const result = validateCreate(
      valid({
        title: '',
        owner: 'payments-team',
        entityRefs: [entityRef, 'nope'],
        rfcId: '',
        rfcUrl: 'not a url',
        schedule: [
          {
            environment: 'production',
            start: '2026-12-01T22:00',
            end: '2026-12-01T20:00',
          },
          { environment: 'sat', start: '', end: '2026-12-01T20:00' },
        ],
        contents: [
          {
            name: 'payments-api',
            version: '2.4.0',
            kind: 'artifact',
            checksum: '',
          },
        ],
        backoutSteps: '',
        backoutTested: true,
      }),
    );

    expect(result.body).toBeUndefined();
    expect(result.errors).toMatchObject({
      title: 'The title must not be empty',
      owner: expect.stringContaining(
        "'payments-team' is not a user or group entity ref",
      ),
      'entityRefs.1': expect.stringContaining("'nope' is not an entity ref"),
      'rfc.id': 'The RFC id must not be empty',
      'rfc.url': expect.stringContaining('The RFC url must be a full url'),
      'schedule.0.end': 'The slot in production must end after it starts',
      'schedule.1.start':
        'Give the start of the sat slot, in your time zone (America/New_York)',
      'contents.0.checksum': expect.stringContaining(
        "Give the checksum of artifact 'payments-api'",
      ),
      'backoutPlan.steps': 'The backout steps must not be empty',
    });
  });
});

describe('validatePatch', () => {
  const release = makeRelease({
    revision: 6,
    owner: 'group:default/team-a',
    schedule: [
      {
        environment: 'production',
        start: '2026-12-01T20:00:30Z',
        end: '2026-12-01T22:00:00Z',
        status: 'planned',
      },
    ],
  });

  it('sends only the fields that changed, with the revision', () => {
    const initial = releaseValues(release);

    const result = validatePatch(
      { ...initial, title: 'Payments 2.4.1', version: '2.4.1' },
      initial,
      release.revision,
    );

    expect(result.body).toEqual({
      title: 'Payments 2.4.1',
      version: '2.4.1',
      revision: 6,
    });
  });

  it('keeps the exact instants of slots whose times did not change', () => {
    const initial = releaseValues(release);

    const result = validatePatch(
      {
        ...initial,
        schedule: [
          ...initial.schedule,
          {
            environment: 'sat',
            start: '2026-11-20T09:00',
            end: '2026-11-20T11:00',
          },
        ],
      },
      initial,
      release.revision,
    );

    expect(result.body?.schedule).toEqual([
      release.schedule[0],
      {
        environment: 'sat',
        start: '2026-11-20T14:00:00Z',
        end: '2026-11-20T16:00:00Z',
        status: 'planned',
      },
    ]);
  });

  it('says so when nothing changed', () => {
    const initial = releaseValues(release);

    expect(validatePatch(initial, initial, 6).errors).toEqual({
      '': 'Change at least one field besides the revision',
    });
  });
});

describe('slotDuration', () => {
  it('is the length of the slot as an ISO 8601 duration, or two hours', () => {
    const slot = (start: string, end: string) => ({
      environment: 'production',
      start,
      end,
    });
    expect(
      slotDuration(slot('2026-12-01T20:00', '2026-12-01T23:30'), 'UTC'),
    ).toBe('PT3H30M');
    expect(
      slotDuration(slot('2026-12-01T20:00', '2026-12-01T20:45'), 'UTC'),
    ).toBe('PT45M');
    expect(slotDuration(slot('', ''), 'UTC')).toBe('PT2H');
    expect(
      slotDuration(slot('2026-12-01T20:00', '2026-12-01T19:00'), 'UTC'),
    ).toBe('PT2H');
  });
});
