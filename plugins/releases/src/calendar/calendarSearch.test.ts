import {
  CalendarSearchState,
  activeFilterCount,
  apiFilters,
  calendarSearchParams,
  parseCalendarSearch,
} from './calendarSearch';

const TODAY = '2026-11-22';

describe('calendar URL state', () => {
  it('round-trips view, date, zone, grouping and every filter through the query string', () => {
    const state: CalendarSearchState = {
      view: 'timeline',
      date: '2026-12-01',
      zone: 'America/New_York',
      group: 'ci',
      filters: {
        system: ['payments', 'platform'],
        owner: ['group:default/payments-team'],
        environment: ['production'],
        category: ['emergency', 'scheduled'],
        status: ['planning'],
        conflictsOnly: true,
      },
    };

    const query = calendarSearchParams(state).toString();

    expect(parseCalendarSearch(new URLSearchParams(query), TODAY)).toEqual(
      state,
    );
    expect(query).toContain('system=payments&system=platform');
    expect(query).toContain('conflictsOnly=true');
    expect(query).toContain('tz=America%2FNew_York');
  });

  it('defaults to the month of today, in the viewer zone, with no filter', () => {
    expect(parseCalendarSearch(new URLSearchParams(''), TODAY)).toEqual({
      view: 'month',
      date: TODAY,
      zone: undefined,
      group: 'system',
      filters: {
        system: [],
        owner: [],
        environment: [],
        category: [],
        status: [],
        conflictsOnly: false,
      },
    });
  });

  it('ignores values it does not understand', () => {
    const state = parseCalendarSearch(
      new URLSearchParams(
        'view=year&date=2026-13-45&tz=Mars%2FOlympus&category=weekly&category=emergency&system=&system=payments&system=payments&conflictsOnly=yes',
      ),
      TODAY,
    );
    expect(state.view).toBe('month');
    expect(state.date).toBe(TODAY);
    expect(state.zone).toBeUndefined();
    expect(state.filters.category).toEqual(['emergency']);
    expect(state.filters.system).toEqual(['payments']);
    expect(state.filters.conflictsOnly).toBe(false);
  });

  it('gives the API only the filters that are set, and counts them', () => {
    const filters = {
      system: ['payments'],
      owner: [],
      environment: [],
      category: [],
      status: ['build', 'planning'],
      conflictsOnly: true,
    };
    expect(apiFilters(filters)).toEqual({
      system: ['payments'],
      status: ['build', 'planning'],
      conflictsOnly: true,
    });
    expect(activeFilterCount(filters)).toBe(4);
  });
});
