import { GateFailure } from '../gateTypes';
import { Release, ReleaseCategory } from '../release';
import { latestTestResults } from '../testGates';
import { CREATOR, OWNER, REVIEWER } from './releaseFixtures';

/** Times of the walks: every release's production slot, and a moment inside and outside it. */
export const SLOT_START = '2026-03-01T10:00:00.000Z';
export const INSIDE_SLOT = '2026-03-01T11:00:00.000Z';
export const OUTSIDE_SLOT = '2026-03-01T15:00:00.000Z';
/** The id of the blocking conflict the walks plant and override. */
export const BLOCKING_CONFLICT_ID = 'c1';

/** A release as it is created: a title, its CIs and pre-production slots, nothing else. */
export function newRelease(
  id: string,
  unitType: Release['unitType'],
  category: ReleaseCategory,
  parentId?: string,
): Release {
  return {
    id,
    key: `REL-${id}`,
    title: `Release ${id}`,
    description: '',
    unitType,
    category,
    status: 'planning',
    entityRefs: [`component:default/${id}`],
    ...(parentId ? { parentId } : {}),
    schedule: ['cinte', 'sit', 'sat'].map(environment => ({
      environment,
      start: '2026-02-01T10:00:00.000Z',
      end: '2026-02-01T12:00:00.000Z',
      status: 'planned' as const,
    })),
    revision: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    createdBy: CREATOR,
  };
}

const result = (name: string, passed: boolean, environment?: string) => ({
  name,
  passed,
  recordedAt: INSIDE_SLOT,
  recordedBy: CREATOR,
  ...(environment ? { environment } : {}),
});

// Passing re-runs of every test whose latest result in (or outside) production fails.
function rerunFailing(release: Release, production: boolean): Partial<Release> {
  const all = release.testResults ?? [];
  const failing = latestTestResults(
    all.filter(r => (r.environment === 'production') === production),
  ).filter(r => !r.passed);
  const env = production ? 'production' : undefined;
  const reruns =
    failing.length > 0
      ? failing.map(r => result(r.name, true, env))
      : [result('smoke', true, env)];
  return { testResults: [...all, ...reruns] };
}

type Edit = (release: Release, name: string) => Partial<Release>;

/** Edits a person might make; most move a release closer to its next gate. */
export const EDITS: Record<string, Edit> = {
  owner: () => ({ owner: OWNER }),
  slot: r => ({
    schedule: [
      ...r.schedule,
      {
        environment: 'production',
        start: SLOT_START,
        end: '2026-03-01T12:00:00.000Z',
        status: 'planned',
      },
    ],
  }),
  promote: r => {
    const next = r.schedule.findIndex(
      s => s.environment !== 'production' && s.status !== 'done',
    );
    return {
      schedule: r.schedule.map((s, i) =>
        i === next ? { ...s, status: 'done' } : s,
      ),
    };
  },
  promoteAll: r => ({
    schedule: r.schedule.map(s =>
      s.environment === 'production' ? s : { ...s, status: 'done' },
    ),
  }),
  contents: () => ({
    contents: [
      {
        name: 'api',
        version: '1.0.0',
        kind: 'artifact',
        checksum: 'sha256:abcdef12',
      },
    ],
  }),
  badContents: () => ({
    contents: [{ name: 'api', version: '1.0.0', kind: 'artifact' }],
  }),
  testPlan: () => ({ testPlan: 'Regression suite' }),
  testPass: (r, name) => ({
    testResults: [...(r.testResults ?? []), result(name, true)],
  }),
  testFail: (r, name) => ({
    testResults: [...(r.testResults ?? []), result(name, false)],
  }),
  rerun: r => rerunFailing(r, false),
  prodPass: (r, name) => ({
    testResults: [...(r.testResults ?? []), result(name, true, 'production')],
  }),
  prodFail: (r, name) => ({
    testResults: [...(r.testResults ?? []), result(name, false, 'production')],
  }),
  prodRerun: r => rerunFailing(r, true),
  backout: () => ({
    backoutPlan: { steps: 'Redeploy the previous version', tested: true },
  }),
  untestedBackout: () => ({
    backoutPlan: { steps: 'Redeploy', tested: false },
  }),
  pir: () => ({ pirOutcome: { outcome: 'successful', notes: 'Fine' } }),
  rfc: () => ({ rfc: { id: 'RFC-1' } }),
  override: () => ({
    conflictOverrides: [
      {
        by: REVIEWER,
        reason: 'Accepted risk',
        at: INSIDE_SLOT,
        conflictIds: [BLOCKING_CONFLICT_ID],
      },
    ],
  }),
};

/** Edits that only ever help. */
export const GOOD_EDITS = [
  'owner',
  'slot',
  'contents',
  'testPlan',
  'testPass',
  'prodPass',
  'backout',
  'pir',
  'rfc',
  'promote',
  'promoteAll',
];

/** What a diligent person does about a gate failure: an edit, a decision, or waiting. */
export type Remedy =
  | { edit: string }
  | { decide: 'approve' | 'reject'; gate: 'cab' | 'ecab' }
  | { world: 'inside' | 'allow' }
  | undefined;

/**
 * The remedy for a failure, found from its gate and field alone. That every failure the walks
 * meet has one is itself a check that the failures say what to do.
 */
export function remedyFor(failure: GateFailure, release: Release): Remedy {
  switch (`${failure.gate}/${failure.field ?? ''}`) {
    case 'planning/owner':
      return { edit: 'owner' };
    case 'planning/schedule':
      return { edit: 'slot' };
    case 'vdd/contents':
      return { edit: 'contents' };
    case 'trr/testPlan':
      return { edit: 'testPlan' };
    case 'trr/testResults':
      return { edit: 'rerun' };
    case 'trr/backoutPlan':
    case 'backout/backoutPlan':
      return { edit: 'backout' };
    case 'rrr/rfc':
      return { edit: 'rfc' };
    case 'cab/approvals':
      return { decide: 'approve', gate: 'cab' };
    case 'ecab/approvals':
      return { decide: 'approve', gate: 'ecab' };
    case 'veto/approvals':
      return {
        decide: 'reject',
        gate: release.category === 'emergency' ? 'ecab' : 'cab',
      };
    case 'conflicts/schedule':
      return { edit: 'override' };
    case 'slot/schedule':
      return release.schedule.some(s => s.environment === 'production')
        ? { world: 'inside' }
        : { edit: 'slot' };
    case 'promotion/schedule':
      return { edit: 'promoteAll' };
    case 'deployment-gate/':
      return { world: 'allow' };
    case 'post-implementation-tests/testResults':
      return { edit: 'prodRerun' };
    case 'pir/pirOutcome':
      return { edit: 'pir' };
    default:
      // Package children are fixed by walking the children; nothing to do on the package.
      return undefined;
  }
}
