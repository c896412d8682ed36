import fc from 'fast-check';
import {
  InMemoryReleaseService,
  World,
} from './__testUtils__/InMemoryReleaseService';
import {
  CREATOR,
  OTHER_REVIEWER,
  OWNER,
  REVIEWER,
} from './__testUtils__/releaseFixtures';
import {
  EDITS,
  GOOD_EDITS,
  INSIDE_SLOT,
  OUTSIDE_SLOT,
  newRelease,
  remedyFor,
  BLOCKING_CONFLICT_ID,
} from './__testUtils__/walkFixtures';
import { APPROVAL_GATES, ApprovalGate } from './approvalFields';
import { decidableGates } from './approvals';
import { DEFAULT_ENVIRONMENTS } from './environments';
import { RELEASE_STATUSES, ReleaseStatus } from './lifecycle';
import { Release, ReleaseCategory } from './release';
import { RELEASE_TRANSITIONS, transitionTargets } from './transitions';

// Random walks through the lifecycle of a package with two children and a standalone release,
// driven only by the pure rules. A walk mixes a diligent person (who does what the first
// failing gate asks), random moves, random decisions by anyone, random edits, and a changing
// world. The oracles below are written independently of the rules they check.

const ACTORS = [OWNER, CREATOR, REVIEWER, OTHER_REVIEWER];
const IDS = ['pkg', 'child-a', 'child-b', 'solo'];
const PASSED_TRR = [
  'readiness',
  'approved',
  'deploying',
  'deployed',
  'review',
  'closed',
];
const FOLLOWS_BACKOUT = ['deploying', 'deployed', 'review'];

const release = fc.constantFrom(0, 1, 2, 3, 3, 3).map(i => IDS[i]);
const command = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('fix' as const), release }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      release,
      choice: fc.nat(),
      anyStatus: fc.boolean(),
      actor: fc.constantFrom(...ACTORS),
      reason: fc.option(fc.constant('Because'), { freq: 5 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('decide' as const),
      release,
      gate: fc.option(fc.constantFrom(...APPROVAL_GATES), { freq: 3 }),
      choice: fc.nat(),
      decision: fc.constantFrom(
        'approve' as const,
        'approve' as const,
        'reject' as const,
      ),
      actor: fc.constantFrom(...ACTORS),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      release,
      edit: fc.constantFrom(...Object.keys(EDITS)),
      name: fc.constantFrom('login', 'checkout'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('world' as const),
      change: fc.constantFrom(
        'inside',
        'outside',
        'conflict',
        'clear',
        'prevent',
        'allow',
      ),
    }),
  },
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

let steps = 0;
const reached = new Set<ReleaseStatus>();

function someoneElseApproved(r: Release): boolean {
  const approvals = r.approvals ?? [];
  const lastReject = approvals.map(a => a.decision).lastIndexOf('reject');
  return approvals
    .slice(lastReject + 1)
    .some(
      a => a.decision === 'approve' && a.by !== r.owner && a.by !== r.createdBy,
    );
}

function changeWorld(world: World, change: string) {
  if (change === 'inside' || change === 'outside') {
    world.now = change === 'inside' ? INSIDE_SLOT : OUTSIDE_SLOT;
  } else if (change === 'conflict' || change === 'clear') {
    world.blockingConflicts =
      change === 'conflict'
        ? [{ id: BLOCKING_CONFLICT_ID, message: 'Freeze' }]
        : [];
  } else {
    world.gateDecision = {
      decision: change === 'allow' ? 'allowed' : 'prevented',
    };
  }
}

function walk(
  category: ReleaseCategory,
  setup: string[][],
  commands: Command[],
) {
  const world: World = {
    now: INSIDE_SLOT,
    environments: DEFAULT_ENVIRONMENTS,
    blockingConflicts: [],
    gateDecision: { decision: 'allowed' },
  };
  const initial = [
    newRelease('pkg', 'package', 'scheduled'),
    newRelease('child-a', 'delta', 'scheduled', 'pkg'),
    newRelease('child-b', 'delta', 'unscheduled', 'pkg'),
    newRelease('solo', 'full', category),
  ].map((r, i) =>
    setup[i].reduce(
      (acc, name) => ({ ...acc, ...EDITS[name](acc, 'login') }),
      r,
    ),
  );
  const service = new InMemoryReleaseService(world, initial);
  const accepted = new Map(IDS.map(id => [id, 0]));
  const count = (id: string) => accepted.set(id, accepted.get(id)! + 1);

  function move(id: string, to: ReleaseStatus, actor: string, reason?: string) {
    const before = service.get(id);
    const children = service.childrenOf(id);
    const failures = service.transition(id, to, actor, reason);
    if (failures.length > 0) {
      expect(service.get(id)).toBe(before);
      return;
    }
    count(id);
    reached.add(to);
    const after = service.get(id);
    expect(RELEASE_TRANSITIONS[before.status]).toContain(to);
    if (to === 'approved') expect(someoneElseApproved(after)).toBe(true);
    if (to === 'closed') expect(after.pirOutcome?.notes.trim()).toBeTruthy();
    if (
      after.unitType === 'package' &&
      (to === 'approved' || to === 'deploying')
    ) {
      expect(children.length).toBeGreaterThan(0);
      for (const child of children) {
        expect(PASSED_TRR).toContain(
          child.status === 'on_hold' ? child.heldFrom : child.status,
        );
      }
    }
    if (after.unitType === 'package' && to === 'backed_out') {
      for (const child of children.filter(c =>
        FOLLOWS_BACKOUT.includes(c.status),
      )) {
        count(child.id);
        expect(service.get(child.id).status).toBe('backed_out');
      }
    }
  }

  function decide(
    id: string,
    gate: ApprovalGate,
    decision: 'approve' | 'reject',
    actor: string,
  ) {
    const before = service.get(id);
    const comment = decision === 'reject' ? 'Not ready' : undefined;
    const failures = service.decide(id, { gate, decision, comment }, actor);
    if (failures.length === 0) count(id);
    if (actor === before.owner || actor === before.createdBy) {
      expect(failures).toContainEqual(
        expect.objectContaining({ gate: 'segregation-of-duties' }),
      );
    }
  }

  function edit(id: string, name: string, which = 'login') {
    service.update(id, r => EDITS[name](r, which), OWNER);
    count(id);
  }

  // The diligent person: move forward, or do what the first failure with a remedy asks.
  function fix(id: string) {
    const current = service.get(id);
    const targets = transitionTargets(current.status);
    if (targets.length === 0) return;
    const to =
      current.status === 'on_hold'
        ? current.heldFrom ?? 'planning'
        : targets[0];
    const { failures } = service.check(id, to, REVIEWER, 'Because');
    if (failures.length === 0) {
      move(id, to, REVIEWER, 'Because');
      return;
    }
    for (const failure of failures) {
      if (failure.gate !== 'package')
        expect(remedyFor(failure, current)).toBeDefined();
    }
    const remedy = failures
      .map(f => remedyFor(f, current))
      .find(r => r !== undefined);
    if (!remedy) return;
    if ('edit' in remedy) edit(id, remedy.edit);
    else if ('decide' in remedy)
      decide(id, remedy.gate, remedy.decide, REVIEWER);
    else changeWorld(world, remedy.world);
  }

  for (const cmd of commands) {
    steps += 1;
    if (cmd.kind === 'world') changeWorld(world, cmd.change);
    if (cmd.kind === 'edit') edit(cmd.release, cmd.edit, cmd.name);
    if (cmd.kind === 'fix') fix(cmd.release);
    if (cmd.kind === 'decide') {
      const open = decidableGates(service.get(cmd.release));
      const gate =
        cmd.gate ?? open[cmd.choice % Math.max(open.length, 1)] ?? 'cab';
      decide(cmd.release, gate, cmd.decision, cmd.actor);
    }
    if (cmd.kind === 'move') {
      const status = service.get(cmd.release).status;
      const targets = cmd.anyStatus
        ? RELEASE_STATUSES
        : transitionTargets(status);
      const to = targets[cmd.choice % targets.length] ?? 'planning';
      move(cmd.release, to, cmd.actor, cmd.reason ?? undefined);
    }
    // Plain comparisons first: jest's matchers are too slow for tens of thousands of steps.
    for (const id of IDS) {
      const changes = accepted.get(id)!;
      const history = service.history.get(id)!.length;
      const revision = service.get(id).revision;
      if (history !== changes || revision !== 1 + changes) {
        expect({ id, history, revision }).toEqual({
          id,
          history: changes,
          revision: 1 + changes,
        });
      }
    }
  }
  for (const id of IDS) {
    const revisions = service.history.get(id)!.map(entry => entry.revision);
    expect(revisions).toEqual(revisions.map((_, i) => i + 2));
  }
}

describe('random walks through the lifecycle', () => {
  it('keep every invariant', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ReleaseCategory>(
          'scheduled',
          'unscheduled',
          'emergency',
        ),
        fc.array(fc.subarray(GOOD_EDITS), { minLength: 4, maxLength: 4 }),
        fc.array(command, { minLength: 80, maxLength: 160 }),
        walk,
      ),
      { numRuns: 100 },
    );
    expect(steps).toBeGreaterThanOrEqual(10_000);
  });

  it('reach every status, so the invariants were really exercised', () => {
    expect([...reached].sort()).toEqual([...RELEASE_STATUSES].sort());
  });
});
