import { ChangeWindowEntity } from './changeWindow';
import { Ci } from './ci';
import {
  WindowSource,
  freezeStatusOf,
  windowSourceOf,
  windowsForCi,
} from './ciWindows';

const ci: Ci = {
  entityRef: 'component:default/payments-api',
  kind: 'Component',
  title: 'payments-api',
  ciId: 'CI00042',
  ciClass: 'service',
  ciClassSource: 'annotation',
  criticality: 'critical',
  environments: ['sat', 'production'],
  owner: 'group:default/payments-team',
  system: 'system:default/payments',
};

function aWindow(
  name: string,
  spec: Partial<ChangeWindowEntity['spec']>,
): WindowSource {
  return windowSourceOf({
    apiVersion: 'stagegate.dev/v1alpha1',
    kind: 'ChangeWindow',
    metadata: { name, title: `Window ${name}` },
    spec: {
      type: 'blackout',
      enforcement: 'block',
      timezone: 'America/New_York',
      owner: 'group:default/release-managers',
      ...spec,
    },
  } as ChangeWindowEntity);
}

const yearEnd = aWindow('year-end', {
  start: '2026-12-15T00:00',
  end: '2027-01-05T00:00',
  scope: { systems: ['payments'], environments: ['production'] },
  allowCategories: ['emergency'],
});
const monthEnd = aWindow('month-end', {
  rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1',
  dtstart: '2026-01-31T00:00',
  duration: 'P1D',
});
const saturdays = aWindow('saturdays', {
  type: 'maintenance',
  enforcement: 'approval',
  timezone: 'Europe/London',
  rrule: 'FREQ=WEEKLY;BYDAY=SA',
  dtstart: '2026-01-03T22:00',
  duration: 'PT6H',
});
const storefrontOnly = aWindow('storefront', {
  start: '2026-12-01T00:00',
  end: '2026-12-02T00:00',
  scope: { systems: ['storefront'] },
});

describe('windowsForCi', () => {
  it('lists the windows that apply, with their current and next occurrences, soonest first', () => {
    const windows = windowsForCi(
      [yearEnd, monthEnd, saturdays, storefrontOnly],
      ci,
      '2026-11-22T12:00:00Z',
    );
    expect(windows.map(w => w.title)).toEqual([
      'Window saturdays',
      'Window month-end',
      'Window year-end',
    ]);
    const [sat, month, year] = windows;
    expect(sat.current).toBeUndefined();
    expect(sat.next).toEqual({
      start: '2026-11-28T22:00:00Z',
      end: '2026-11-29T04:00:00Z',
    });
    expect(month.next).toEqual({
      start: '2026-11-30T05:00:00Z',
      end: '2026-12-01T05:00:00Z',
    });
    expect(year).toMatchObject({
      entityRef: 'changewindow:default/year-end',
      type: 'blackout',
      enforcement: 'block',
      timezone: 'America/New_York',
      allowCategories: ['emergency'],
      environments: ['production'],
      next: { start: '2026-12-15T05:00:00Z', end: '2027-01-05T05:00:00Z' },
    });
  });

  it('gives the occurrence under way as current and the one after as next', () => {
    const [month] = windowsForCi([monthEnd], ci, '2026-11-30T12:00:00Z');
    expect(month.current).toEqual({
      start: '2026-11-30T05:00:00Z',
      end: '2026-12-01T05:00:00Z',
    });
    expect(month.next?.start).toBe('2026-12-31T05:00:00Z');
  });
});

describe('freezeStatusOf', () => {
  it('says which blackout is next when none is under way', () => {
    const windows = windowsForCi(
      [yearEnd, saturdays],
      ci,
      '2026-11-22T12:00:00Z',
    );
    expect(freezeStatusOf(windows)).toMatchObject({
      state: 'upcoming',
      from: '2026-12-15T05:00:00Z',
      window: { title: 'Window year-end' },
    });
  });

  it('says frozen, until the end of the blackout that lasts longest', () => {
    const windows = windowsForCi(
      [yearEnd, monthEnd],
      ci,
      '2026-12-31T12:00:00Z',
    );
    expect(freezeStatusOf(windows)).toMatchObject({
      state: 'frozen',
      until: '2027-01-05T05:00:00Z',
      window: { title: 'Window year-end' },
    });
  });

  it('says nothing when no blackout applies', () => {
    const windows = windowsForCi([saturdays], ci, '2026-11-22T12:00:00Z');
    expect(freezeStatusOf(windows)).toEqual({ state: 'none' });
  });
});
