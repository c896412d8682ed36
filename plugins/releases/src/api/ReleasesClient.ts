import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { CiDetail, Page, Release } from '@stagegate/plugin-releases-common';
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

  private async get<T>(path: string): Promise<T> {
    return this.json<T>(await this.fetch(path));
  }

  private async fetch(path: string): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('releases');
    return this.fetchApi.fetch(`${baseUrl}${path}`);
  }

  private async json<T>(response: Response): Promise<T> {
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
