import { mockCredentials } from '@backstage/backend-test-utils';
import {
  CalendarResponse,
  calendarQuerySchema,
} from '@stagegate/plugin-releases-common';
import { parseIcs } from '../__testUtils__';
import { CalendarFeedService, CalendarSource } from './CalendarFeedService';
import { FeedTokenService } from './FeedTokenService';
import { ReadAccess } from './ReleaseService';

const tokenAccess: ReadAccess = {
  result: 'CONDITIONAL',
  conditions: {
    rule: 'IS_RELEASE_OWNER',
    resourceType: 'releases-release',
    params: { claims: ['user:default/rita.release'] },
  },
};

const empty: CalendarResponse = {
  from: '2026-10-23T00:00:00.000Z',
  to: '2027-05-21T00:00:00.000Z',
  events: [
    {
      id: 'change:1',
      kind: 'change',
      title: 'Patch hosts',
      start: '2026-12-01T10:00:00.000Z',
      end: '2026-12-01T11:00:00.000Z',
      environment: 'production',
      entityRefs: [],
      systems: [],
      conflictKeys: [],
    },
  ],
  conflicts: [],
  truncated: false,
};

function createService() {
  const calendar = jest.fn<
    ReturnType<CalendarSource['calendar']>,
    Parameters<CalendarSource['calendar']>
  >(async () => empty);
  const accessFor = jest.fn(async () => ({
    tokenId: 't1',
    userEntityRef: 'user:default/rita.release',
    access: tokenAccess,
  }));
  const readAccess = jest.fn(
    async (): Promise<ReadAccess> => ({
      result: 'ALLOW',
    }),
  );
  const service = new CalendarFeedService({
    calendar: { calendar },
    tokens: { accessFor } as unknown as FeedTokenService,
    readAccess,
    appBaseUrl: 'https://backstage.example.com',
    now: () => new Date('2026-11-22T09:30:00Z'),
  });
  return { service, calendar, accessFor, readAccess };
}

const query = (input: Record<string, string> = {}) =>
  calendarQuerySchema.parse(input);

describe('CalendarFeedService', () => {
  it("serves a token's stored access, not a live one", async () => {
    const { service, calendar, accessFor, readAccess } = createService();
    const ics = await service.feed(query({ tz: 'Europe/Paris' }), {
      token: 'secret',
    });
    expect(accessFor).toHaveBeenCalledWith('secret');
    expect(readAccess).not.toHaveBeenCalled();
    expect(calendar).toHaveBeenCalledWith(
      expect.objectContaining({ tz: 'Europe/Paris' }),
      tokenAccess,
    );
    expect(parseIcs(ics).events[0]).toMatchObject({
      uid: 'change:1@stagegate',
      tzid: 'Europe/Paris',
      localStart: '2026-12-01T11:00:00',
    });
  });

  it("serves a caller's current access", async () => {
    const { service, calendar, readAccess } = createService();
    const credentials = mockCredentials.service('external:ci');
    await service.feed(query(), { credentials });
    expect(readAccess).toHaveBeenCalledWith(credentials);
    expect(calendar).toHaveBeenCalledWith(expect.anything(), {
      result: 'ALLOW',
    });
  });

  it('covers 30 days back and 180 ahead unless the query names a period', async () => {
    const { service, calendar } = createService();
    await service.feed(query(), { token: 'secret' });
    expect(calendar.mock.calls[0][0]).toMatchObject({
      from: '2026-10-23T00:00:00.000Z',
      to: '2027-05-21T00:00:00.000Z',
    });
    await service.feed(query({ from: '2026-12-01T00:00:00Z' }), {
      token: 'secret',
    });
    expect(calendar.mock.calls[1][0]).toMatchObject({
      from: '2026-12-01T00:00:00Z',
    });
    expect(calendar.mock.calls[1][0].to).toBeUndefined();
  });

  it('fails as the token does', async () => {
    const { service, accessFor, calendar } = createService();
    accessFor.mockRejectedValueOnce(new Error('revoked'));
    await expect(service.feed(query(), { token: 'old' })).rejects.toThrow(
      'revoked',
    );
    expect(calendar).not.toHaveBeenCalled();
  });
});
