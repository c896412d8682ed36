import { CalendarEvent } from '@stagegate/plugin-releases-common';
import {
  CATEGORY_COLORS,
  CONFLICT_OUTLINE,
  OVERDUE_BAR,
  OVERDUE_MARK,
  eventDescription,
  eventLabel,
  eventStyle,
  eventTitle,
} from './eventAppearance';

const release: CalendarEvent = {
  id: 'release:r1:production',
  kind: 'release',
  title: 'Payments API 3.10',
  start: '2026-12-01T20:00:00Z',
  end: '2026-12-01T22:00:00Z',
  environment: 'production',
  entityRefs: ['component:default/payments-api'],
  systems: ['payments'],
  category: 'emergency',
  status: 'approved',
  releaseId: 'r1',
  releaseKey: 'REL-2026-0050',
  conflictKeys: [],
};

describe('event appearance', () => {
  it('colours releases by category, filled when committed and dashed while tentative', () => {
    expect(eventStyle(release).background).toBe(CATEGORY_COLORS.emergency);
    const planned = eventStyle({
      ...release,
      status: 'planning',
      category: 'scheduled',
    });
    expect(planned.border).toBe(`2px dashed ${CATEGORY_COLORS.scheduled}`);
    expect(planned.background).toBe('#ffffff');
    expect(eventStyle({ ...release, status: 'cancelled' }).textDecoration).toBe(
      'line-through',
    );
  });

  it('outlines events with conflicts and marks their label', () => {
    const conflicted = { ...release, conflictKeys: ['c1', 'c2'] };
    expect(eventStyle(conflicted).outline).toBe(
      `3px solid ${CONFLICT_OUTLINE}`,
    );
    expect(eventStyle(release).outline).toBeUndefined();
    expect(eventLabel(conflicted)).toBe(
      '⚠ REL-2026-0050 Payments API 3.10 (production)',
    );
    expect(eventDescription(conflicted)).toMatch(/2 conflicts$/);
  });

  it('marks a release over its stage time limit with a bar and in its words', () => {
    const overdue = { ...release, overdue: true, conflictKeys: ['c1'] };
    expect(eventStyle(overdue).boxShadow).toBe(`inset 6px 0 0 ${OVERDUE_BAR}`);
    expect(eventStyle(release).boxShadow).toBeUndefined();
    expect(eventLabel(overdue)).toBe(
      `⚠ ${OVERDUE_MARK} REL-2026-0050 Payments API 3.10 (production)`,
    );
    expect(eventDescription(overdue)).toBe(
      'REL-2026-0050 Payments API 3.10 (production), emergency release, status approved, 1 conflict, overdue in its stage',
    );
    expect(eventDescription(release)).not.toMatch(/overdue/);
  });

  it('names the release key once, whether or not the title starts with it', () => {
    expect(
      eventLabel({ ...release, title: 'REL-2026-0050 Payments API 3.10' }),
    ).toBe('REL-2026-0050 Payments API 3.10 (production)');
    expect(
      eventTitle({ ...release, title: 'REL-2026-0050 Payments API 3.10' }),
    ).toBe('Payments API 3.10');
    expect(eventTitle(release)).toBe('Payments API 3.10');
  });

  it('shades blackout and maintenance windows differently', () => {
    const window: CalendarEvent = {
      ...release,
      id: 'window:w:1',
      kind: 'window',
      title: 'Year-end freeze',
      windowType: 'blackout',
      enforcement: 'block',
    };
    const blackout = eventStyle(window).background;
    const maintenance = eventStyle({
      ...window,
      windowType: 'maintenance',
    }).background;
    expect(blackout).toMatch(/repeating-linear-gradient/);
    expect(maintenance).not.toBe(blackout);
    expect(eventLabel(window)).toBe('Blackout: Year-end freeze');
  });
});
