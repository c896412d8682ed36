import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  ApprovalRequest,
  CalendarResponse,
  CiDetail,
  CreatedFeedToken,
  DistributionList,
  FeedToken,
  HistoryEntry,
  KpiReport,
  Page,
  Release,
  ReleaseCreateRequest,
  ReleaseNotes,
  ReleasePatchRequest,
  ScheduleInterval,
  TestResultsRequest,
  TransitionPreview,
  TransitionRequest,
  Watch,
} from '@stagegate/plugin-releases-common';
import {
  CalendarFilters,
  CalendarRequest,
  ConflictOverrideRequest,
  DownloadedFile,
  KpiRequest,
  ReleaseListRequest,
  ReleasesApi,
  SlotSuggestionRequest,
} from './ReleasesApi';

/** Query parameters for a request object: arrays become repeated parameters. */
function queryOf(request: object): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(request)) {
    for (const item of ([] as unknown[]).concat(value ?? [])) {
      params.append(name, String(item));
    }
  }
  return params;
}

/** The calendar filters as query parameters; `conflictsOnly` only when it is set. */
function calendarQueryOf(request: CalendarRequest): URLSearchParams {
  const { conflictsOnly, ...rest } = request;
  return queryOf({ ...rest, conflictsOnly: conflictsOnly || undefined });
}

/** The name the backend gives a download in `Content-Disposition`, if it gives one. */
function attachmentName(response: Response): string | undefined {
  const header = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded) return decodeURIComponent(encoded[1].trim());
  return /filename="?([^";]+)"?/i.exec(header)?.[1];
}

/**
 * Talks to the releases backend through Backstage's discovery and fetch APIs, so calls carry
 * the signed-in user's credentials.
 *
 * @public
 */
export class ReleasesClient implements ReleasesApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async listReleases(request: ReleaseListRequest = {}): Promise<Page<Release>> {
    return this.get<Page<Release>>(`/releases?${queryOf(request)}`);
  }

  async getCi(entityRef: string): Promise<CiDetail | undefined> {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    const path = [
      kind.toLocaleLowerCase('en-US'),
      namespace.toLocaleLowerCase('en-US'),
      name,
    ]
      .map(encodeURIComponent)
      .join('/');
    const response = await this.fetch(`/cis/${path}`);
    // Not a CI, or one the caller may not see: the backend does not tell them apart.
    if (response.status === 404) {
      return undefined;
    }
    return this.json<CiDetail>(response);
  }

  async getRelease(id: string): Promise<Release> {
    return this.get<Release>(releasePath(id));
  }

  async createRelease(request: ReleaseCreateRequest): Promise<Release> {
    return this.send<Release>('POST', '/releases', request);
  }

  async updateRelease(
    id: string,
    request: ReleasePatchRequest,
  ): Promise<Release> {
    return this.send<Release>('PATCH', releasePath(id), request);
  }

  async getTransitions(id: string): Promise<TransitionPreview[]> {
    const { items } = await this.get<{ items: TransitionPreview[] }>(
      `${releasePath(id)}/transitions`,
    );
    return items;
  }

  async transitionRelease(
    id: string,
    request: TransitionRequest,
  ): Promise<Release> {
    return this.send<Release>(
      'POST',
      `${releasePath(id)}/transitions`,
      request,
    );
  }

  async recordApproval(id: string, request: ApprovalRequest): Promise<Release> {
    return this.send<Release>('POST', `${releasePath(id)}/approvals`, request);
  }

  async recordTestResults(
    id: string,
    request: TestResultsRequest,
  ): Promise<Release> {
    return this.send<Release>(
      'POST',
      `${releasePath(id)}/test-results`,
      request,
    );
  }

  async getHistory(id: string): Promise<HistoryEntry[]> {
    const { items } = await this.get<{ items: HistoryEntry[] }>(
      `${releasePath(id)}/history`,
    );
    return items;
  }

  async getCalendar(request: CalendarRequest = {}): Promise<CalendarResponse> {
    return this.get<CalendarResponse>(`/calendar?${calendarQueryOf(request)}`);
  }

  async suggestSlots(
    request: SlotSuggestionRequest,
  ): Promise<ScheduleInterval[]> {
    const { entityRefs, ...rest } = request;
    const params = queryOf({ entityRef: entityRefs, ...rest });
    const { items } = await this.get<{ items: ScheduleInterval[] }>(
      `/slots?${params}`,
    );
    return items;
  }

  async overrideConflicts(
    id: string,
    request: ConflictOverrideRequest,
  ): Promise<Release> {
    return this.send<Release>(
      'POST',
      `${releasePath(id)}/conflict-overrides`,
      request,
    );
  }

  async listFeedTokens(): Promise<FeedToken[]> {
    const { items } = await this.get<{ items: FeedToken[] }>('/feed-tokens');
    return items;
  }

  async createFeedToken(name: string): Promise<CreatedFeedToken> {
    return this.send<CreatedFeedToken>('POST', '/feed-tokens', { name });
  }

  async revokeFeedToken(tokenId: string): Promise<void> {
    await this.expectOk(
      await this.fetch(`/feed-tokens/${encodeURIComponent(tokenId)}`, {
        method: 'DELETE',
      }),
    );
  }

  async getCalendarFeedUrl(
    token: string,
    filters: CalendarFilters = {},
    timeZone?: string,
  ): Promise<string> {
    const baseUrl = await this.discoveryApi.getBaseUrl('releases');
    const params = new URLSearchParams({ token });
    calendarQueryOf(filters).forEach((value, name) =>
      params.append(name, value),
    );
    if (timeZone) params.set('tz', timeZone);
    return `${baseUrl}/calendar.ics?${params}`;
  }

  async getKpis(request: KpiRequest = {}): Promise<KpiReport> {
    return this.get<KpiReport>(`/kpis?${queryOf(request)}`);
  }

  async exportKpis(request: KpiRequest = {}): Promise<DownloadedFile> {
    const params = queryOf({ ...request, format: 'csv' });
    const response = await this.fetch(`/kpis?${params}`);
    await this.expectOk(response);
    return {
      fileName: attachmentName(response) ?? 'release-kpis.csv',
      content: await response.blob(),
    };
  }

  async listWatches(): Promise<Watch[]> {
    const { items } = await this.get<{ items: Watch[] }>('/watches');
    return items;
  }

  async watch(targetRef: string): Promise<void> {
    await this.expectOk(
      await this.fetch('/watches', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ targetRef }),
      }),
    );
  }

  async unwatch(targetRef: string): Promise<void> {
    await this.expectOk(
      await this.fetch(`/watches?${queryOf({ targetRef })}`, {
        method: 'DELETE',
      }),
    );
  }

  async getReleaseNotes(id: string): Promise<ReleaseNotes> {
    return this.get<ReleaseNotes>(`${releasePath(id)}/notes`);
  }

  async listDistributionLists(): Promise<DistributionList[]> {
    const { items } = await this.get<{ items: DistributionList[] }>(
      '/distribution-lists',
    );
    return items;
  }

  private async get<T>(path: string): Promise<T> {
    return this.json<T>(await this.fetch(path));
  }

  private async send<T>(
    method: 'POST' | 'PATCH',
    path: string,
    body: unknown,
  ): Promise<T> {
    return this.json<T>(
      await this.fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
  }

  private async fetch(path: string, init?: RequestInit): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('releases');
    return this.fetchApi.fetch(`${baseUrl}${path}`, init);
  }

  private async json<T>(response: Response): Promise<T> {
    await this.expectOk(response);
    return (await response.json()) as T;
  }

  private async expectOk(response: Response): Promise<void> {
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
  }
}

function releasePath(id: string): string {
  return `/releases/${encodeURIComponent(id)}`;
}
