import {
  BEFORE_CAB_STATUSES,
  Conflict,
  HistoryEntry,
  Release,
  testedBeforeApproval,
} from '@stagegate/plugin-releases-common';
import { randomUUID } from 'crypto';
import { Knex } from 'knex';
import { detailsToJson } from './rows';
import { toDbTimestamp } from './timestamps';

/**
 * The catalog owner of each CI of a release, by entity ref.
 *
 * @internal
 */
export type EntityOwners = Record<string, string | undefined>;

/** The columns of `releases` that a release's fields map to, except id and creation. */
export function releaseColumns(release: Release) {
  return {
    key: release.key,
    title: release.title,
    description: release.description,
    unit_type: release.unitType,
    category: release.category,
    status: release.status,
    version: release.version ?? null,
    owner: release.owner ?? null,
    rfc_id: release.rfc?.id ?? null,
    rfc_url: release.rfc?.url ?? null,
    parent_id: release.parentId ?? null,
    revision: release.revision,
    updated_at: toDbTimestamp(release.updatedAt),
    details: detailsToJson(release),
    pir_outcome: release.pirOutcome?.outcome ?? null,
    backout_outcome: release.backoutOutcome ?? null,
    tested_before_approval: testedBeforeApproval(release) ?? null,
  };
}

/**
 * The stage entry of a change: a change of status, whatever made it, restarts the clock of
 * the stage's time limit at the moment of the change.
 */
export function stageEntryColumns(
  before: Release,
  after: Release,
  at: string,
): { stage_entered_at?: Date } {
  return before.status === after.status
    ? {}
    : { stage_entered_at: toDbTimestamp(at) };
}

/** Writes the CIs of a release, replacing those it had. */
export async function writeEntities(
  tx: Knex.Transaction,
  release: Release,
  owners: EntityOwners = {},
): Promise<void> {
  await tx('release_entities').where({ release_id: release.id }).delete();
  await tx('release_entities').insert(
    release.entityRefs.map((entityRef, position) => ({
      release_id: release.id,
      entity_ref: entityRef,
      position,
      owner_ref: owners[entityRef] ?? null,
    })),
  );
}

/** Writes the slots of a release, replacing those it had. */
export async function writeSlots(
  tx: Knex.Transaction,
  release: Release,
): Promise<void> {
  await tx('release_slots').where({ release_id: release.id }).delete();
  if (release.schedule.length === 0) return;
  await tx('release_slots').insert(
    release.schedule.map(slot => ({
      release_id: release.id,
      environment: slot.environment,
      start_at: toDbTimestamp(slot.start),
      end_at: toDbTimestamp(slot.end),
      actual_start_at: slot.actualStart
        ? toDbTimestamp(slot.actualStart)
        : null,
      actual_end_at: slot.actualEnd ? toDbTimestamp(slot.actualEnd) : null,
      status: slot.status,
    })),
  );
}

/** Writes the incidents of a release, replacing those it had, so periods can count them. */
export async function writeIncidents(
  tx: Knex.Transaction,
  release: Release,
): Promise<void> {
  await tx('release_incidents').where({ release_id: release.id }).delete();
  const incidents = release.incidents ?? [];
  if (incidents.length === 0) return;
  await tx('release_incidents').insert(
    incidents.map(incident => ({
      release_id: release.id,
      incident_id: incident.id,
      recorded_at: toDbTimestamp(incident.recordedAt),
    })),
  );
}

/** Adds the approvals `after` has beyond the `already` stored ones: they are append-only. */
export async function appendApprovals(
  tx: Knex.Transaction,
  after: Release,
  already: number,
): Promise<void> {
  const added = (after.approvals ?? []).slice(already);
  if (added.length === 0) return;
  await tx('release_approvals').insert(
    added.map(approval => ({
      id: randomUUID(),
      release_id: after.id,
      gate: approval.gate,
      decision: approval.decision,
      decided_by: approval.by,
      decided_at: toDbTimestamp(approval.at),
      comment: approval.comment ?? null,
    })),
  );
}

/** Appends one history entry. */
export async function appendHistory(
  tx: Knex.Transaction,
  entry: HistoryEntry,
): Promise<void> {
  await tx('release_history').insert({
    release_id: entry.releaseId,
    revision: entry.revision,
    action: entry.action,
    actor: entry.by,
    at: toDbTimestamp(entry.at),
    from_status: entry.from ?? null,
    to_status: entry.to ?? null,
    reason: entry.reason ?? null,
    changes: JSON.stringify(entry.changes),
  });
}

/**
 * A release's conflicts as checked at one moment.
 *
 * @internal
 */
export type CheckedConflicts = {
  items: readonly Conflict[];
  checkedAt: string;
};

/** Replaces the stored conflicts of a release, and records when they were checked. */
export async function writeConflicts(
  tx: Knex | Knex.Transaction,
  releaseId: string,
  checked: CheckedConflicts,
): Promise<void> {
  await tx('release_conflicts').where({ release_id: releaseId }).delete();
  const rows = uniqueById(checked.items).map(conflict => ({
    release_id: releaseId,
    conflict_id: conflict.id,
    type: conflict.type,
    enforcement: conflict.enforcement,
    severity: conflict.severity,
    body: JSON.stringify(conflict),
  }));
  // Batched, as SQLite limits the variables of one statement.
  for (let i = 0; i < rows.length; i += 100) {
    await tx('release_conflicts').insert(rows.slice(i, i + 100));
  }
  await recordCatches(tx, releaseId, rows, checked.checkedAt);
  await tx('releases')
    .where({ id: releaseId })
    .update({ conflicts_checked_at: toDbTimestamp(checked.checkedAt) });
}

/**
 * Keeps, once per conflict, that it was found while the release was still before CAB: the
 * stored conflicts are current only, and the KPI counts what the process caught in time.
 */
async function recordCatches(
  tx: Knex | Knex.Transaction,
  releaseId: string,
  conflicts: ReadonlyArray<{ conflict_id: string }>,
  checkedAt: string,
): Promise<void> {
  if (conflicts.length === 0) return;
  const release = await tx('releases').where({ id: releaseId }).first('status');
  if (!release || !BEFORE_CAB_STATUSES.includes(release.status)) return;
  for (let i = 0; i < conflicts.length; i += 100) {
    await tx('release_conflict_catches')
      .insert(
        conflicts.slice(i, i + 100).map(({ conflict_id }) => ({
          release_id: releaseId,
          conflict_id,
          caught_at: toDbTimestamp(checkedAt),
        })),
      )
      .onConflict(['release_id', 'conflict_id'])
      .ignore();
  }
}

// A release with several slots can meet the same party in one environment once per slot.
function uniqueById(conflicts: readonly Conflict[]): Conflict[] {
  const byId = new Map<string, Conflict>();
  for (const conflict of conflicts) {
    if (!byId.has(conflict.id)) byId.set(conflict.id, conflict);
  }
  return [...byId.values()];
}
