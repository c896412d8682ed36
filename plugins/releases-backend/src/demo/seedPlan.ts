import { InputError } from '@backstage/errors';
import {
  HistoryAction,
  Release,
  ReleaseStatus,
  applyApproval,
  applyTransition,
  checkApproval,
  checkEditableFields,
  checkTransition,
  childrenToBackOut,
  historyEntryFor,
  releaseStatusLabel,
} from '@stagegate/plugin-releases-common';
import { createHash } from 'crypto';
import { DateTime } from 'luxon';
import { NewRelease, ReleaseChange } from '../database';
import { CatalogIndex } from './catalogFiles';
import { RelativeClock } from './relativeTime';
import { SeedFile, SeedRelease } from './seedFileSchema';
import { SeedEvent, SeedProblem, seedTimeline } from './seedTimeline';

/**
 * One write of the seeding, in the order it must happen: a release inserted with its
 * `created` entry, or changes saved with their history entries in one transaction.
 *
 * @internal
 */
export type SeedOperation =
  | { type: 'insert'; release: NewRelease }
  | { type: 'changes'; changes: ReleaseChange[] };

/**
 * Everything the seeding will write, worked out and checked before anything is written.
 *
 * @internal
 */
export type SeedPlan = {
  operations: SeedOperation[];
  /** Every release as it will be stored at the end, by its name in the file. */
  releases: Map<string, Release>;
};

/**
 * A stable release id for a name of the demo file (a name-based UUID), so that the demo's
 * links stay the same from one fresh start to the next, and two backends seeding the same
 * empty database at once collide instead of storing everything twice.
 *
 * @internal
 */
export function demoReleaseId(name: string): string {
  const hex = createHash('sha1')
    .update(`stagegate-demo-release:${name}`)
    .digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

const ACTIONS: Record<SeedEvent['change']['kind'], HistoryAction> = {
  created: 'created',
  slot: 'updated',
  'test-results': 'test-results',
  approval: 'approval',
  pir: 'updated',
  step: 'transitioned',
};

function problemReporter(source: string, release: SeedRelease): SeedProblem {
  return (field, message) => {
    throw new InputError(
      `Invalid demo releases in ${source}: release '${release.name}': ${field}: ${message}`,
    );
  };
}

/** Checks the references of a release against the configuration and the catalog files. */
function checkReferences(
  release: SeedRelease,
  environments: readonly string[],
  catalog: CatalogIndex,
  fail: SeedProblem,
) {
  release.schedule.forEach((slot, index) => {
    if (!environments.includes(slot.environment)) {
      fail(
        `schedule.${index}.environment`,
        `'${
          slot.environment
        }' is not a configured environment; use one of ${environments.join(
          ', ',
        )}`,
      );
    }
  });
  if (catalog.refs.size === 0) return;
  const known = (ref: string, field: string) => {
    if (!catalog.refs.has(ref.toLowerCase())) {
      fail(field, `${ref} is not in the catalog files of the demo`);
    }
  };
  release.entityRefs.forEach((ref, index) => known(ref, `entityRefs.${index}`));
  known(release.owner, 'owner');
  if (release.createdBy) known(release.createdBy, 'createdBy');
  release.approvals.forEach((a, i) => known(a.by, `approvals.${i}.by`));
  release.steps.forEach((s, i) => s.by && known(s.by, `steps.${i}.by`));
  release.testResults.forEach(
    (r, i) => r.by && known(r.by, `testResults.${i}.by`),
  );
  if (release.pir?.by) known(release.pir.by, 'pir.by');
}

/** The next free human key of a year, as the store would give it on an empty table. */
function keyGenerator() {
  const last = new Map<number, number>();
  return (createdAt: string) => {
    const year = DateTime.fromISO(createdAt, { zone: 'utc' }).year;
    const next = (last.get(year) ?? 0) + 1;
    last.set(year, next);
    return `REL-${year}-${String(next).padStart(4, '0')}`;
  };
}

/** Leaves out fields without a value, as the store gives a release back. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as T;
}

/**
 * Works out, and checks, everything seeding the demo file writes: each release created at
 * its relative time, then every change it went through, replayed in time order across all
 * releases. Each change is checked by the same rules of `-common` the API enforces (gates,
 * segregation of duties, edit rules, package rules) and written with its history entry, so
 * the demo data could have been entered through the API. Nothing is written here.
 *
 * @param file - The parsed demo file.
 * @param options - The seeding moment, the configured environments, the catalog files'
 *   index, and the name of the file for error messages.
 * @throws InputError naming the release and the field, when the file breaks a rule.
 * @internal
 */
export function planSeed(
  file: SeedFile,
  options: {
    now: Date;
    environments: readonly string[];
    catalog: CatalogIndex;
    source: string;
  },
): SeedPlan {
  const clock = new RelativeClock(options.now, file.zone);
  const failFor = new Map<string, SeedProblem>();
  const plannedSlots = new Map<string, Release['schedule']>();
  const events: SeedEvent[] = [];
  for (const release of file.releases) {
    const fail = problemReporter(options.source, release);
    failFor.set(release.name, fail);
    checkReferences(release, options.environments, options.catalog, fail);
    const timeline = seedTimeline(release, clock, fail);
    plannedSlots.set(release.name, timeline.plannedSlots);
    events.push(
      {
        release,
        at: timeline.createdAt,
        by: release.createdBy ?? release.owner,
        field: 'created',
        rank: 0,
        change: { kind: 'created' },
      },
      ...timeline.events,
    );
  }
  // A stable sort keeps the file's order for changes at the same instant and rank.
  events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.rank - b.rank);

  const nextKey = keyGenerator();
  const current = new Map<string, Release>();
  const nameOf = new Map(
    file.releases.map(r => [demoReleaseId(r.name), r.name]),
  );
  const operations: SeedOperation[] = [];
  const childrenOf = (parent: Release) =>
    [...current.values()].filter(r => r.parentId === parent.id);

  for (const event of events) {
    const { release: seed, at, by, field, change } = event;
    const fail = failFor.get(seed.name)!;
    if (change.kind === 'created') {
      const parent = seed.parent ? current.get(seed.parent) : undefined;
      if (seed.parent) checkParent(seed, parent, fail);
      const release = defined<Release>({
        id: demoReleaseId(seed.name),
        key: nextKey(at),
        title: seed.title,
        description: seed.description,
        unitType: seed.unitType,
        category: seed.category,
        status: 'planning',
        version: seed.version,
        entityRefs: seed.entityRefs,
        parentId: parent?.id,
        owner: seed.owner,
        rfc: seed.rfc,
        schedule: plannedSlots.get(seed.name)!,
        contents: seed.contents,
        testPlan: seed.testPlan,
        backoutPlan: seed.backoutPlan,
        acceptanceCriteria: seed.acceptanceCriteria,
        knownErrors: seed.knownErrors,
        revision: 1,
        createdAt: at,
        updatedAt: at,
        createdBy: by,
      });
      const { revision: _r, updatedAt: _u, ...fields } = release;
      const entityOwners = Object.fromEntries(
        seed.entityRefs.map(ref => [ref, options.catalog.owners.get(ref)]),
      );
      operations.push({
        type: 'insert',
        release: { ...fields, entityOwners },
      });
      current.set(seed.name, release);
      continue;
    }

    const before = current.get(seed.name)!;
    const stamp = (after: Release): Release => ({
      ...after,
      revision: before.revision + 1,
      updatedAt: at,
    });
    let after: Release;
    let reason: string | undefined;
    const cascade: ReleaseChange[] = [];
    switch (change.kind) {
      case 'slot': {
        refuseEdit(before, 'schedule', field, fail);
        const schedule = before.schedule.map((slot, index) =>
          index === change.index ? change.slot : slot,
        );
        after = stamp({ ...before, schedule });
        break;
      }
      case 'test-results':
        after = stamp({
          ...before,
          testResults: [...(before.testResults ?? []), ...change.results],
        });
        break;
      case 'pir':
        refuseEdit(before, 'pirOutcome', field, fail);
        after = stamp({ ...before, pirOutcome: change.pirOutcome });
        break;
      case 'approval': {
        const { approval } = change;
        const failures = checkApproval(before, approval, approval.by);
        if (failures.length > 0) {
          fail(field, failures.map(f => f.message).join('; '));
        }
        after = applyApproval(before, approval, approval.by, at);
        reason = approval.comment;
        break;
      }
      case 'step':
      default: {
        const children =
          before.unitType === 'package' ? childrenOf(before) : undefined;
        // Scheduling conflicts and change windows are left to the calendar to show: the
        // demo is meant to have some (a payments upgrade planned in the year-end freeze).
        const result = checkTransition(before, change.to, {
          actor: by,
          now: at,
          environments: options.environments,
          children,
          blockingConflicts: [],
          canOverrideConflicts: false,
          reason: change.reason,
        });
        if (!result.allowed) {
          fail(
            field,
            `cannot move from ${releaseStatusLabel(
              before.status,
            )} to ${releaseStatusLabel(change.to)}: ${result.failures
              .map(f => f.message)
              .join('; ')}`,
          );
        }
        after = applyTransition(before, change.to, at);
        reason = change.reason;
        if (before.unitType === 'package' && change.to === 'backed_out') {
          // As the API does: backing out a package backs out every deployed child.
          for (const child of childrenToBackOut(children ?? [])) {
            const backedOut = applyTransition(child, 'backed_out', at);
            cascade.push({
              before: child,
              after: backedOut,
              entry: historyEntryFor(child, backedOut, {
                action: 'transitioned',
                by,
                at,
                reason: `Backed out with package ${before.key}: ${
                  change.reason ?? ''
                }`,
              }),
            });
          }
        }
        break;
      }
    }
    const entry = historyEntryFor(before, after, {
      action: ACTIONS[change.kind],
      by,
      at,
      reason,
    });
    operations.push({
      type: 'changes',
      changes: [{ before, after, entry }, ...cascade],
    });
    for (const saved of [after, ...cascade.map(c => c.after)]) {
      current.set(nameOf.get(saved.id)!, saved);
    }
  }

  for (const seed of file.releases) {
    const status = current.get(seed.name)!.status;
    if (status !== seed.status) {
      failFor.get(seed.name)!(
        'status',
        `the steps end in ${releaseStatusLabel(
          status,
        )}, not ${releaseStatusLabel(seed.status)}`,
      );
    }
  }
  return { operations, releases: current };
}

/** Refuses a recorded change to a field the release's status no longer lets change. */
function refuseEdit(
  release: Release,
  editedField: string,
  field: string,
  fail: SeedProblem,
) {
  const refused = checkEditableFields(release.status, [editedField]);
  if (refused.length > 0) {
    fail(field, refused.map(f => f.message).join('; '));
  }
}

/** The checks the API makes when a release is planned inside a package. */
function checkParent(
  seed: SeedRelease,
  parent: Release | undefined,
  fail: SeedProblem,
) {
  if (!parent) {
    fail('parent', `${seed.parent} must be created before the releases in it`);
  }
  if (parent.unitType !== 'package') {
    fail(
      'parent',
      `${seed.parent} is a ${parent.unitType} release, not a package`,
    );
  }
  if (seed.unitType !== 'delta') {
    fail('unitType', 'only delta releases go into a package');
  }
  const open: readonly ReleaseStatus[] = [
    'planning',
    'build',
    'test',
    'readiness',
  ];
  if (!open.includes(parent.status)) {
    fail(
      'parent',
      `${seed.parent} is already ${releaseStatusLabel(parent.status)}`,
    );
  }
}
