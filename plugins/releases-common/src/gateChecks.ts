import { BlockingConflict, GateFailure, GateName } from './gateTypes';
import { RELEASE_CATEGORIES, RELEASE_UNIT_TYPES, Release } from './release';
import { overriddenConflictIds } from './conflictOverrides';

// Each check returns every failure of its gate; `checkTransition` concatenates them so a
// person sees everything that is missing at once.

const blank = (value: string | undefined) => !value || value.trim() === '';

const failure = (
  gate: GateName,
  field: string,
  message: string,
): GateFailure => ({ gate, field, message });

/**
 * Gate planning → build: the plan says what (title, unit type, category), which CIs, who
 * (owner) and when (a production slot).
 *
 * @param production - The production environment.
 *
 * @public
 */
export function checkPlan(release: Release, production: string): GateFailure[] {
  const failures: GateFailure[] = [];
  if (blank(release.title)) {
    failures.push(failure('planning', 'title', 'Give the release a title'));
  }
  if (!RELEASE_UNIT_TYPES.includes(release.unitType)) {
    failures.push(
      failure(
        'planning',
        'unitType',
        'Choose a unit type: delta, full or package',
      ),
    );
  }
  if (!RELEASE_CATEGORIES.includes(release.category)) {
    failures.push(
      failure(
        'planning',
        'category',
        'Choose a category: scheduled, unscheduled or emergency',
      ),
    );
  }
  if (release.entityRefs.length === 0) {
    failures.push(
      failure(
        'planning',
        'entityRefs',
        'Name at least one CI the release changes',
      ),
    );
  }
  if (blank(release.owner)) {
    failures.push(
      failure(
        'planning',
        'owner',
        'Name a release owner: the user or group accountable for it',
      ),
    );
  }
  if (!release.schedule.some(slot => slot.environment === production)) {
    failures.push(
      failure(
        'planning',
        'schedule',
        `Plan a slot in ${production}: when the release goes live`,
      ),
    );
  }
  return failures;
}

/**
 * Gate build → test: the version description document (VDD) lists at least one item, each
 * with a version, and every artifact with a checksum.
 *
 * @public
 */
export function checkContents(release: Release): GateFailure[] {
  const contents = release.contents ?? [];
  if (contents.length === 0) {
    return [
      failure(
        'vdd',
        'contents',
        'List the release contents (VDD): at least one item with its version',
      ),
    ];
  }
  const failures: GateFailure[] = [];
  const unversioned = contents.filter(item => blank(item.version));
  if (unversioned.length > 0) {
    const names = unversioned.map(item => item.name).join(', ');
    failures.push(failure('vdd', 'contents', `Give a version for ${names}`));
  }
  const unsummed = contents.filter(
    item => item.kind === 'artifact' && blank(item.checksum),
  );
  if (unsummed.length > 0) {
    const names = unsummed.map(item => item.name).join(', ');
    failures.push(
      failure(
        'vdd',
        'contents',
        `Give a checksum for the artifact${
          unsummed.length === 1 ? '' : 's'
        } ${names}`,
      ),
    );
  }
  return failures;
}

/**
 * Gate readiness → approved, the release readiness review (RRR): an RFC is linked.
 *
 * @public
 */
export function checkRfc(release: Release): GateFailure[] {
  return blank(release.rfc?.id)
    ? [
        failure(
          'rrr',
          'rfc',
          'Link the RFC (request for change) this release implements',
        ),
      ]
    : [];
}

/**
 * Blocking conflicts stop approval, one failure each, unless an override with a reason that
 * names the conflict was recorded.
 *
 * @param canOverride - Whether the actor may override; only changes the advice given.
 *
 * @public
 */
export function checkConflicts(
  release: Release,
  conflicts: readonly BlockingConflict[] = [],
  canOverride = false,
): GateFailure[] {
  const overridden = overriddenConflictIds(release);
  const escape = canOverride
    ? 'or record an override with a reason'
    : 'or ask someone allowed to override conflicts to record an override with a reason';
  return conflicts
    .filter(conflict => !overridden.has(conflict.id))
    .map(conflict =>
      failure(
        'conflicts',
        'schedule',
        `Resolve the blocking conflict "${conflict.message}" (${conflict.id}), ${escape}`,
      ),
    );
}

/**
 * Gate approved → deploying: now is inside a planned or running production slot
 * (half-open, `[start, end)`).
 *
 * @public
 */
export function checkSlot(
  release: Release,
  production: string,
  now: string,
): GateFailure[] {
  const slots = release.schedule.filter(
    slot =>
      slot.environment === production &&
      (slot.status === 'planned' || slot.status === 'in_progress'),
  );
  if (slots.length === 0) {
    return [
      failure('slot', 'schedule', `Plan a slot in ${production} to deploy in`),
    ];
  }
  const at = Date.parse(now);
  const inside = slots.some(
    slot => Date.parse(slot.start) <= at && at < Date.parse(slot.end),
  );
  if (inside) return [];
  const planned = slots.map(slot => `${slot.start} to ${slot.end}`).join(', ');
  return [
    failure(
      'slot',
      'schedule',
      `Deploy within the approved ${production} slot (${planned}); it is now ${now}`,
    ),
  ];
}

/**
 * Gate review → closed: the post-implementation review (PIR) has an outcome and notes.
 *
 * @public
 */
export function checkPir(release: Release): GateFailure[] {
  if (!release.pirOutcome) {
    return [
      failure(
        'pir',
        'pirOutcome',
        'Record the PIR outcome (successful, partial or failed) and notes',
      ),
    ];
  }
  return blank(release.pirOutcome.notes)
    ? [
        failure(
          'pir',
          'pirOutcome',
          'Write the PIR notes: what went well and what to change',
        ),
      ]
    : [];
}

/**
 * A backout plan is present: needed to back out, and to close an emergency release.
 *
 * @public
 */
export function checkBackoutPlan(release: Release): GateFailure[] {
  return !release.backoutPlan || blank(release.backoutPlan.steps)
    ? [
        failure(
          'backout',
          'backoutPlan',
          'Write a backout plan: how to restore the previous state',
        ),
      ]
    : [];
}
