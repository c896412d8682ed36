import { DEFAULT_ENVIRONMENTS } from '../environments';
import { checkTransition } from '../gates';
import { TransitionContext } from '../gateTypes';
import { ReleaseStatus } from '../lifecycle';
import { Release } from '../release';
import { TestResult } from '../releaseFields';

/** People in the fixtures: the owner, the creator and two independent reviewers. */
export const OWNER = 'user:default/oscar.owner';
export const CREATOR = 'user:default/carla.creator';
export const REVIEWER = 'user:default/rita.reviewer';
export const OTHER_REVIEWER = 'user:default/rob.reviewer';

/** Inside the fixture's production slot. */
export const NOW = '2026-03-01T11:00:00.000Z';

const doneSlot = (environment: string, day: string) => ({
  environment,
  start: `2026-02-${day}T10:00:00.000Z`,
  end: `2026-02-${day}T12:00:00.000Z`,
  status: 'done' as const,
});

/**
 * A release that satisfies every gate of the lifecycle; tests take away what they check.
 */
export function aCompleteRelease(overrides: Partial<Release> = {}): Release {
  return {
    id: 'rel-1',
    key: 'REL-2026-0001',
    title: 'Payments 1.2',
    description: '',
    unitType: 'delta',
    category: 'scheduled',
    status: 'planning',
    version: '1.2.0',
    entityRefs: ['component:default/payments-api'],
    owner: OWNER,
    rfc: { id: 'RFC-1', url: 'https://itsm.example.com/RFC-1' },
    schedule: [
      doneSlot('cinte', '01'),
      doneSlot('sit', '10'),
      doneSlot('sat', '20'),
      {
        environment: 'production',
        start: '2026-03-01T10:00:00.000Z',
        end: '2026-03-01T12:00:00.000Z',
        status: 'planned',
      },
    ],
    contents: [
      {
        name: 'payments-api',
        version: '1.2.0',
        kind: 'artifact',
        checksum: 'sha256:9f86d081884c7d65',
      },
      { name: 'payments config', version: '7', kind: 'config' },
    ],
    testPlan: 'Run the regression suite in SAT.',
    testResults: [
      {
        name: 'login',
        passed: true,
        recordedAt: '2026-02-20T12:00:00.000Z',
        recordedBy: CREATOR,
      },
      {
        name: 'login',
        environment: 'production',
        passed: true,
        recordedAt: NOW,
        recordedBy: CREATOR,
      },
    ],
    backoutPlan: { steps: 'Redeploy 1.1.9.', tested: true },
    acceptanceCriteria: 'Payments succeed.',
    pirOutcome: { outcome: 'successful', notes: 'Went well.' },
    approvals: [{ gate: 'cab', decision: 'approve', by: REVIEWER, at: NOW }],
    revision: 1,
    createdAt: '2026-01-15T09:00:00.000Z',
    updatedAt: '2026-01-15T09:00:00.000Z',
    createdBy: CREATOR,
    ...overrides,
  };
}

/** A context in which nothing outside the release stands in the way. */
export function aContext(
  overrides: Partial<TransitionContext> = {},
): TransitionContext {
  return {
    actor: REVIEWER,
    now: NOW,
    environments: DEFAULT_ENVIRONMENTS,
    gateDecision: { decision: 'allowed' },
    reason: 'As agreed with the CAB',
    ...overrides,
  };
}

/** A complete release in the given status, with some fields replaced. */
export const inStatus = (
  status: ReleaseStatus,
  overrides: Partial<Release> = {},
): Release => aCompleteRelease({ status, ...overrides });

/** A recorded test result; without an environment it is a pre-production result. */
export const aTestResult = (
  name: string,
  passed: boolean,
  environment?: string,
): TestResult => ({
  name,
  passed,
  recordedAt: NOW,
  recordedBy: CREATOR,
  ...(environment ? { environment } : {}),
});

/** The failures of moving a release to a status, in a friendly context. */
export const failuresOf = (
  release: Release,
  to: ReleaseStatus,
  context = aContext(),
) => checkTransition(release, to, context).failures;
