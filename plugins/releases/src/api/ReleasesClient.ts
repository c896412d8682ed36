import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { Page, Release } from '@stagegate/plugin-releases-common';
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

  private async get<T>(path: string): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('releases');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
