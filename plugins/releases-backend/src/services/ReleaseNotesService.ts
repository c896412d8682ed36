import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ReleaseNotes,
  generateReleaseNotes,
} from '@stagegate/plugin-releases-common';
import type { ReleaseService } from './ReleaseService';

/**
 * The release notes of a release, generated on every read from the release as it is now,
 * for whoever may read the release.
 *
 * @internal
 */
export class ReleaseNotesService {
  constructor(
    private readonly deps: {
      releases: Pick<ReleaseService, 'getRelease'>;
      environments: readonly string[];
      now?: () => Date;
    },
  ) {}

  /** The notes of one release; 404 when the caller may not read it, as for the release. */
  async notesOf(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<ReleaseNotes> {
    const release = await this.deps.releases.getRelease(id, options);
    return {
      releaseId: release.id,
      markdown: generateReleaseNotes(release, this.deps.environments),
      generatedAt: (this.deps.now?.() ?? new Date()).toISOString(),
    };
  }
}
