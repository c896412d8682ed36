import { TestApiProvider } from '@backstage/test-utils';
import { CalendarResponse } from '@stagegate/plugin-releases-common';
import { act, render, waitFor } from '@testing-library/react';
import { releasesApiRef } from '../api';
import { mockReleasesApi } from '../__testUtils__/releases';
import {
  calendarRequestKey,
  prefetchCalendar,
  resetCalendarPrefetch,
} from './calendarPrefetch';
import { calendarRequest, calendarSearchOf } from './calendarRequest';
import { CalendarData, useCalendarData } from './useCalendarData';

const QUERY = '?view=agenda&date=2026-12-01&tz=UTC';
const { state, zone } = calendarSearchOf(QUERY, 'UTC');
const REQUEST = calendarRequest(state, zone);

const answer: CalendarResponse = {
  from: REQUEST.from!,
  to: REQUEST.to!,
  events: [],
  conflicts: [],
  truncated: false,
};

/** Renders the hook, keeping what it returned on every render. */
function renderCalendarData(api: ReturnType<typeof mockReleasesApi>) {
  const renders: CalendarData[] = [];
  function Probe() {
    renders.push(useCalendarData(REQUEST));
    return null;
  }
  render(
    <TestApiProvider apis={[[releasesApiRef, api]]}>
      <Probe />
    </TestApiProvider>,
  );
  return renders;
}

describe('useCalendarData', () => {
  beforeEach(() => resetCalendarPrefetch());

  it('has a prefetched answer that has arrived in its very first render', async () => {
    const api = mockReleasesApi({
      getCalendar: jest.fn().mockResolvedValue(answer),
    });
    prefetchCalendar(api, QUERY);
    await act(() => new Promise(done => setTimeout(done, 0)));
    expect(calendarRequestKey(api.getCalendar.mock.calls[0][0]!)).toBe(
      calendarRequestKey(REQUEST),
    );

    const renders = renderCalendarData(api);

    expect(renders[0]).toMatchObject({ value: answer, loading: false });
    expect(renders.every(r => !r.loading)).toBe(true);
    expect(api.getCalendar).toHaveBeenCalledTimes(1);
  });

  it('waits for a prefetched answer still on its way, without asking again', async () => {
    let resolve!: (value: CalendarResponse) => void;
    const api = mockReleasesApi({
      getCalendar: jest.fn(
        () => new Promise<CalendarResponse>(done => (resolve = done)),
      ),
    });
    prefetchCalendar(api, QUERY);

    const renders = renderCalendarData(api);
    expect(renders[0]).toMatchObject({ value: undefined, loading: true });
    await act(async () => resolve(answer));

    await waitFor(() =>
      expect(renders[renders.length - 1]).toMatchObject({
        value: answer,
        loading: false,
      }),
    );
    expect(api.getCalendar).toHaveBeenCalledTimes(1);
  });

  it('asks the backend again on a reload', async () => {
    const api = mockReleasesApi({
      getCalendar: jest.fn().mockResolvedValue(answer),
    });
    prefetchCalendar(api, QUERY);
    await act(() => new Promise(done => setTimeout(done, 0)));
    const renders = renderCalendarData(api);

    await act(async () => renders[renders.length - 1].reload());

    await waitFor(() => expect(api.getCalendar).toHaveBeenCalledTimes(2));
  });
});
