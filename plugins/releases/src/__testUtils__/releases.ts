import { ResponseError } from '@backstage/errors';
import { PermissionApi } from '@backstage/plugin-permission-react';
import { Release } from '@stagegate/plugin-releases-common';
import { ReleasesApi } from '../api';

export const entityRef = 'component:default/payments';

let counter = 0;

/**
 * A release in planning for the payments component. Each call gets its own id, so that
 * permission decisions (cached by resource ref) never leak from one test to the next.
 */
export function makeRelease(overrides: Partial<Release> = {}): Release {
  counter += 1;
  return {
    id: `b5a0f1d2-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    key: 'REL-2026-0042',
    title: 'Payments 2.4',
    description: '',
    unitType: 'delta',
    category: 'scheduled',
    status: 'planning',
    version: '2.4.0',
    entityRefs: [entityRef],
    schedule: [],
    revision: 1,
    createdAt: '2026-11-01T09:00:00Z',
    updatedAt: '2026-11-01T09:00:00Z',
    createdBy: 'user:default/alice',
    ...overrides,
  };
}

/** A releases API whose every method is a jest mock; unset methods reject. */
export function mockReleasesApi(
  overrides: Partial<ReleasesApi> = {},
): jest.Mocked<ReleasesApi> {
  const notMocked = (name: string) =>
    jest.fn(async () => {
      throw new Error(`${name} is not mocked`);
    });
  return {
    listReleases: jest.fn(async () => ({ items: [] })),
    getCi: jest.fn(async () => undefined),
    getRelease: notMocked('getRelease'),
    createRelease: notMocked('createRelease'),
    updateRelease: notMocked('updateRelease'),
    getTransitions: jest.fn(async () => []),
    transitionRelease: notMocked('transitionRelease'),
    recordApproval: notMocked('recordApproval'),
    recordTestResults: notMocked('recordTestResults'),
    getHistory: jest.fn(async () => []),
    getCalendar: jest.fn(async () => ({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
      events: [],
      conflicts: [],
      truncated: false,
    })),
    suggestSlots: notMocked('suggestSlots'),
    overrideConflicts: notMocked('overrideConflicts'),
    listFeedTokens: jest.fn(async () => []),
    createFeedToken: notMocked('createFeedToken'),
    revokeFeedToken: notMocked('revokeFeedToken'),
    getCalendarFeedUrl: jest.fn(
      async (token: string) =>
        `http://localhost:7007/api/releases/calendar.ics?token=${token}`,
    ),
    getKpis: notMocked('getKpis'),
    exportKpis: notMocked('exportKpis'),
    listWatches: jest.fn(async () => []),
    watch: notMocked('watch'),
    unwatch: notMocked('unwatch'),
    getReleaseNotes: notMocked('getReleaseNotes'),
    listDistributionLists: jest.fn(async () => []),
    ...overrides,
  } as jest.Mocked<ReleasesApi>;
}

type PermissionResponse = Awaited<ReturnType<PermissionApi['authorize']>>;

/**
 * A permission API that allows exactly the permissions named (all of them when `allowed` is
 * not given).
 */
export function permissionApi(allowed?: string[]): PermissionApi {
  return {
    authorize: jest.fn(
      async request =>
        ({
          result:
            !allowed || allowed.includes(request.permission.name)
              ? 'ALLOW'
              : 'DENY',
        } as PermissionResponse),
    ),
  };
}

/** The error the releases client throws for a Backstage error body. */
export async function responseError(
  statusCode: number,
  name: string,
  message: string,
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        request: { method: 'POST', url: '/api/releases/releases' },
        response: { statusCode },
      }),
      {
        status: statusCode,
        statusText: name,
        headers: { 'Content-Type': 'application/json' },
      },
    ),
  );
}
