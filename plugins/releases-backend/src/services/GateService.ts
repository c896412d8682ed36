import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  GateAnswer,
  GateQuestion,
  Release,
  decideGate,
  releaseListQuerySchema,
} from '@stagegate/plugin-releases-common';
import { ScheduleService } from './ScheduleService';
import { ReleaseService } from './ReleaseService';

/** Statuses a release can be in and still matter to a deployment about to happen. */
const GATE_STATUSES = [
  'planning',
  'build',
  'test',
  'readiness',
  'on_hold',
  'approved',
  'deploying',
];

/**
 * Answers the deployment gate for pipelines, from the releases the caller may read.
 *
 * @internal
 */
export class GateService {
  constructor(
    private readonly deps: {
      releases: ReleaseService;
      schedule: ScheduleService;
    },
  ) {}

  async decide(
    question: GateQuestion,
    options: { credentials: BackstageCredentials },
  ): Promise<GateAnswer> {
    const releases = await this.releasesOf(question.entityRef, options);
    const windows = await this.deps.schedule.windowsOfReleases(
      releases,
      question.at,
    );
    return decideGate(
      question,
      releases,
      release => windows.get(release.id) ?? [],
    );
  }

  /** Every release of the CI in a status that matters, across pages. */
  private async releasesOf(
    entityRef: string,
    options: { credentials: BackstageCredentials },
  ): Promise<Release[]> {
    const found: Release[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.deps.releases.listReleases(
        releaseListQuerySchema.parse({
          entityRef,
          status: GATE_STATUSES,
          limit: 200,
          cursor,
        }),
        options,
      );
      found.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor && found.length < 1000);
    return found;
  }
}
