import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  ApprovalRequest,
  CiDetail,
  HistoryEntry,
  Page,
  Release,
  ReleaseCreateRequest,
  ReleasePatchRequest,
  TestResultsRequest,
  TransitionPreview,
  TransitionRequest,
} from '@stagegate/plugin-releases-common';
import { ReleaseListRequest, ReleasesApi } from './ReleasesApi';

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
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(request)) {
      for (const item of ([] as unknown[]).concat(value ?? [])) {
        params.append(name, String(item));
      }
    }
    return this.get<Page<Release>>(`/releases?${params}`);
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
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}

function releasePath(id: string): string {
  return `/releases/${encodeURIComponent(id)}`;
}
