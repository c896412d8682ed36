import { z } from 'zod';
import { CiWindow } from './ciWindows';
import { entityRefSchema, isoDateTimeSchema } from './fieldSchemas';
import { DeploymentGateDecision } from './gateTypes';
import { Release, ReleaseCategory } from './release';
import { conflictIdOf } from './conflicts/collector';
import { overriddenConflictIds } from './conflictOverrides';

/**
 * What the deployment gate weighs for one release in one environment at one moment.
 *
 * @public
 */
export type DeploymentGateInput = {
  /** The release's category; windows may let some categories through. */
  category: ReleaseCategory;
  environment: string;
  /** The change windows that apply to the release's CIs, with their current occurrence. */
  windows: readonly CiWindow[];
  /** The ids of the conflicts someone allowed to override has overridden with a reason. */
  overriddenConflictIds: ReadonlySet<string>;
};

function appliesNow(window: CiWindow, input: DeploymentGateInput): boolean {
  return (
    window.type === 'blackout' &&
    window.current !== undefined &&
    window.environments.includes(input.environment) &&
    !window.allowCategories.includes(input.category)
  );
}

/**
 * The change-window part of the deployment gate: a blackout under way that does not let the
 * release's category through prevents deployment when it is enforced as `block`, keeps it
 * awaiting an override when enforced as `approval`, and only warns when enforced as `warn`.
 * A window whose conflict with the release was overridden (by its id) no longer stops it.
 * Every reason names the window and when it ends.
 *
 * @public
 */
export function windowGateDecision(
  input: DeploymentGateInput,
): DeploymentGateDecision {
  const applying = input.windows.filter(w => appliesNow(w, input));
  const isOverridden = (w: CiWindow) =>
    input.overriddenConflictIds.has(
      conflictIdOf('blackout-window', input.environment, {
        kind: 'window',
        id: w.id,
      }),
    );
  const reasons = applying.map(
    w =>
      `${w.title} (${w.enforcement}${
        isOverridden(w) ? ', overridden' : ''
      }) is under way in ${input.environment} until ${w.current!.end}`,
  );
  const stopping = applying.filter(w => !isOverridden(w));
  if (stopping.some(w => w.enforcement === 'block')) {
    return { decision: 'prevented', reasons };
  }
  if (stopping.some(w => w.enforcement === 'approval')) {
    return {
      decision: 'awaiting',
      reasons: [
        ...reasons,
        'Record a conflict override with a reason to deploy during it',
      ],
    };
  }
  return { decision: 'allowed', reasons };
}

/**
 * The question a pipeline asks before it deploys.
 *
 * @public
 */
export type GateQuestion = {
  entityRef: string;
  environment: string;
  /** ISO 8601; the moment the deployment would start. */
  at: string;
  /** The version about to be deployed; when given, the release must carry it. */
  version?: string;
};

/**
 * The deployment gate's answer, with the release that covers the deployment when there is
 * one.
 *
 * @public
 */
export type GateAnswer = DeploymentGateDecision & {
  reasons: string[];
  releaseId?: string;
  releaseKey?: string;
};

const APPROVED_STATUSES: ReadonlySet<string> = new Set([
  'approved',
  'deploying',
]);
const WAITING_STATUSES: ReadonlySet<string> = new Set([
  'planning',
  'build',
  'test',
  'readiness',
  'on_hold',
]);

function slotAt(release: Release, question: GateQuestion) {
  const at = Date.parse(question.at);
  return release.schedule.find(
    slot =>
      slot.environment === question.environment &&
      Date.parse(slot.start) <= at &&
      at < Date.parse(slot.end),
  );
}

function versionMatches(release: Release, question: GateQuestion): boolean {
  return !question.version || release.version === question.version;
}

/**
 * The approved release that covers a deployment: it carries the version (when given) and is
 * approved or being deployed, with a slot in that environment at that moment. A deployment
 * that no release covers bypasses change management.
 *
 * @public
 */
export function findCoveringRelease(
  question: GateQuestion,
  releases: readonly Release[],
): Release | undefined {
  return releases.find(
    release =>
      APPROVED_STATUSES.has(release.status) &&
      versionMatches(release, question) &&
      slotAt(release, question),
  );
}

/**
 * Answers "may this CI deploy to this environment now?" from the releases that touch the CI:
 * `allowed` when an approved release carrying the version has a slot in that environment at
 * that moment and no change window stops it; `awaiting` when a release for it is still on its
 * way through the gates (or a window needs an override); `prevented` otherwise. Every reason
 * is a sentence a pipeline log can print.
 *
 * @param question - What the pipeline asks.
 * @param releases - The releases that touch the CI.
 * @param windowsOf - The change windows that apply to a release's CIs at that moment.
 * @public
 */
export function decideGate(
  question: GateQuestion,
  releases: readonly Release[],
  windowsOf: (release: Release) => readonly CiWindow[],
): GateAnswer {
  const where = `${question.entityRef} in ${question.environment} at ${question.at}`;
  const covering = findCoveringRelease(question, releases);
  if (covering) {
    const windows = windowGateDecision({
      category: covering.category,
      environment: question.environment,
      windows: windowsOf(covering),
      overriddenConflictIds: overriddenConflictIds(covering),
    });
    return {
      ...windows,
      reasons: [
        `${covering.key} (${covering.title}) is approved for ${where}`,
        ...(windows.reasons ?? []),
      ],
      releaseId: covering.id,
      releaseKey: covering.key,
    };
  }
  const waiting = releases.find(
    release =>
      versionMatches(release, question) &&
      (WAITING_STATUSES.has(release.status) ||
        (APPROVED_STATUSES.has(release.status) &&
          release.schedule.some(
            slot =>
              slot.environment === question.environment &&
              Date.parse(slot.start) > Date.parse(question.at),
          ))),
  );
  if (waiting) {
    const why = APPROVED_STATUSES.has(waiting.status)
      ? `its ${question.environment} slot has not started yet`
      : `it is in ${waiting.status.replace(
          '_',
          ' ',
        )} and still needs its gates`;
    return {
      decision: 'awaiting',
      reasons: [
        `${waiting.key} (${waiting.title}) covers ${where}, but ${why}`,
      ],
      releaseId: waiting.id,
      releaseKey: waiting.key,
    };
  }
  const version = question.version ? ` with version ${question.version}` : '';
  return {
    decision: 'prevented',
    reasons: [
      `No approved release${version} covers ${where}; plan a release and take it through its gates first`,
    ],
  };
}

/**
 * Query of `GET /gate`, as it arrives on the wire.
 *
 * @public
 */
export const gateQuerySchema = z.object({
  entityRef: entityRefSchema(),
  environment: z.string().min(1, 'Name the environment to deploy to'),
  at: isoDateTimeSchema.optional(),
  version: z.string().min(1).max(100).optional(),
});
