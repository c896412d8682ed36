import { aCompleteRelease } from './__testUtils__/releaseFixtures';
import { DEFAULT_ENVIRONMENTS } from './environments';
import { checkPromotion, productionEnvironment } from './promotion';
import { ScheduleSlot } from './release';

const slot = (
  environment: string,
  status: ScheduleSlot['status'],
): ScheduleSlot => ({
  environment,
  start: '2026-02-01T10:00:00.000Z',
  end: '2026-02-01T12:00:00.000Z',
  status,
});

describe('checkPromotion', () => {
  it('allows production after every earlier environment succeeded', () => {
    expect(
      checkPromotion(aCompleteRelease(), 'production', DEFAULT_ENVIRONMENTS),
    ).toEqual([]);
  });

  it('allows the first environment at any time', () => {
    const release = aCompleteRelease({ schedule: [] });
    expect(checkPromotion(release, 'cinte', DEFAULT_ENVIRONMENTS)).toEqual([]);
  });

  it('names every earlier environment without a successful deployment', () => {
    const release = aCompleteRelease({
      schedule: [
        slot('cinte', 'done'),
        slot('sit', 'failed'),
        slot('sat', 'planned'),
      ],
    });
    expect(
      checkPromotion(release, 'production', DEFAULT_ENVIRONMENTS).map(
        f => f.message,
      ),
    ).toEqual([
      'The deployment to sit failed: deploy to sit successfully before production',
      'Deploy to sat successfully before production: production comes after sat',
    ]);
  });

  it('counts a successful retry after a failure', () => {
    const release = aCompleteRelease({
      schedule: [slot('cinte', 'failed'), slot('cinte', 'done')],
    });
    expect(checkPromotion(release, 'sit', DEFAULT_ENVIRONMENTS)).toEqual([]);
  });

  it('lets emergencies skip the order', () => {
    const release = aCompleteRelease({ category: 'emergency', schedule: [] });
    expect(checkPromotion(release, 'production', DEFAULT_ENVIRONMENTS)).toEqual(
      [],
    );
  });

  it('names an unknown environment and the configured ones', () => {
    expect(checkPromotion(aCompleteRelease(), 'qa', ['dev', 'prod'])).toEqual([
      {
        gate: 'promotion',
        field: 'schedule',
        message:
          "'qa' is not a configured environment; the environments are dev, prod",
      },
    ]);
  });
});

describe('productionEnvironment', () => {
  it('is the last environment, or the default production', () => {
    expect(productionEnvironment(['dev', 'live'])).toBe('live');
    expect(productionEnvironment([])).toBe('production');
  });
});
