import { CalendarResponse } from '@stagegate/plugin-releases-common';
import { viewerZone } from '../utils';
import {
  arrivedCalendar,
  calendarRequestKey,
  prefetchCalendar,
  resetCalendarPrefetch,
  takePrefetchedCalendar,
} from './calendarPrefetch';
import { calendarRequest, calendarSearchOf } from './calendarRequest';

const answer: CalendarResponse = {
  from: '2026-11-30T00:00:00.000Z',
  to: '2027-01-04T00:00:00.000Z',
  events: [],
  conflicts: [],
  truncated: false,
};

const QUERY = '?view=agenda&date=2026-12-01&tz=Europe/London&system=payments';

/** The key of the request the page makes for a query string. */
function pageKey(query: string) {
  const { state, zone } = calendarSearchOf(query, viewerZone());
  return calendarRequestKey(calendarRequest(state, zone));
}

function deferred() {
  let resolve!: (value: CalendarResponse) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<CalendarResponse>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = () => new Promise(done => setTimeout(done, 0));

describe('prefetchCalendar', () => {
  afterEach(() => resetCalendarPrefetch());

  it('asks for exactly the request the page makes for the same URL', () => {
    const getCalendar = jest.fn().mockResolvedValue(answer);

    prefetchCalendar({ getCalendar }, QUERY);

    expect(getCalendar).toHaveBeenCalledTimes(1);
    expect(getCalendar).toHaveBeenCalledWith({
      from: '2026-12-01T00:00:00.000Z',
      to: '2027-01-01T00:00:00.000Z',
      system: ['payments'],
    });
    expect(calendarRequestKey(getCalendar.mock.calls[0][0])).toBe(
      pageKey(QUERY),
    );
  });

  it('hands the answer over once it has arrived, and only once', async () => {
    const pending = deferred();
    prefetchCalendar({ getCalendar: () => pending.promise }, QUERY);
    const key = pageKey(QUERY);

    expect(arrivedCalendar(key)).toBeUndefined();
    pending.resolve(answer);
    await flush();

    expect(arrivedCalendar(key)).toBe(answer);
    const taken = takePrefetchedCalendar(key);
    expect(taken?.value).toBe(answer);
    await expect(taken?.answer).resolves.toBe(answer);
    expect(takePrefetchedCalendar(key)).toBeUndefined();
    expect(arrivedCalendar(key)).toBeUndefined();
  });

  it('hands over an answer still on its way', async () => {
    const pending = deferred();
    prefetchCalendar({ getCalendar: () => pending.promise }, QUERY);

    const taken = takePrefetchedCalendar(pageKey(QUERY));
    expect(taken?.value).toBeUndefined();
    pending.resolve(answer);

    await expect(taken?.answer).resolves.toBe(answer);
  });

  it('is spent by a request for another view, which gets nothing', () => {
    prefetchCalendar(
      { getCalendar: jest.fn().mockResolvedValue(answer) },
      QUERY,
    );

    expect(takePrefetchedCalendar(pageKey('?view=week'))).toBeUndefined();
    expect(takePrefetchedCalendar(pageKey(QUERY))).toBeUndefined();
  });

  it('is not handed out once stale', () => {
    let now = 1_000_000;
    prefetchCalendar(
      { getCalendar: jest.fn().mockResolvedValue(answer) },
      QUERY,
      () => now,
    );
    now += 15_001;

    expect(takePrefetchedCalendar(pageKey(QUERY), now)).toBeUndefined();
  });

  it('passes a failure on to the page that takes it, and to nobody else', async () => {
    const pending = deferred();
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    try {
      prefetchCalendar({ getCalendar: () => pending.promise }, QUERY);
      pending.reject(new Error('The backend is down'));
      await flush();

      expect(unhandled).not.toHaveBeenCalled();
      const taken = takePrefetchedCalendar(pageKey(QUERY));
      await expect(taken?.answer).rejects.toThrow('The backend is down');
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('asks for nothing once the page has asked itself (its code loaded first)', () => {
    const getCalendar = jest.fn().mockResolvedValue(answer);
    expect(takePrefetchedCalendar(pageKey(QUERY))).toBeUndefined();

    prefetchCalendar({ getCalendar }, QUERY);

    expect(getCalendar).not.toHaveBeenCalled();
    expect(arrivedCalendar(pageKey(QUERY))).toBeUndefined();
  });

  it('asks for nothing on the KPI tab', () => {
    const getCalendar = jest.fn().mockResolvedValue(answer);

    prefetchCalendar({ getCalendar }, '?tab=kpis');

    expect(getCalendar).not.toHaveBeenCalled();
  });
});
