import {
  Approval,
  Conflict,
  HistoryEntry,
  Release,
  ReleaseCategory,
  ReleaseStatus,
  ReleaseUnitType,
  ScheduleSlot,
} from '@stagegate/plugin-releases-common';
import { toIsoUtc, toOptionalIsoUtc } from './timestamps';
import type { ScheduledReleaseSlot } from './ReleaseStore';

type Timestamp = Date | string | number;

/**
 * A row of the `releases` table.
 *
 * @internal
 */
export interface DbReleaseRow {
  id: string;
  key: string;
  title: string;
  description: string;
  unit_type: string;
  category: string;
  status: string;
  version: string | null;
  owner: string | null;
  rfc_id: string | null;
  rfc_url: string | null;
  parent_id: string | null;
  revision: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string;
  details: string;
  pir_outcome: string | null;
  conflicts_checked_at?: Timestamp | null;
  stage_entered_at?: Timestamp | null;
}

/**
 * A row of the `release_conflicts` table: one current conflict of a release.
 *
 * @internal
 */
export interface DbReleaseConflictRow {
  release_id: string;
  conflict_id: string;
  type: string;
  enforcement: string;
  severity: string;
  body: string;
}

/**
 * The working documents of a release, kept together as JSON in `releases.details`: they
 * are read and written with the release and never queried on their own.
 *
 * @internal
 */
export type ReleaseDetails = Pick<
  Release,
  | 'contents'
  | 'testPlan'
  | 'testResults'
  | 'backoutPlan'
  | 'acceptanceCriteria'
  | 'knownErrors'
  | 'distributionLists'
  | 'pirOutcome'
  | 'incidents'
  | 'backoutOutcome'
  | 'conflictOverrides'
  | 'heldFrom'
>;

const DETAIL_FIELDS: ReadonlyArray<keyof ReleaseDetails> = [
  'contents',
  'testPlan',
  'testResults',
  'backoutPlan',
  'acceptanceCriteria',
  'knownErrors',
  'distributionLists',
  'pirOutcome',
  'conflictOverrides',
  'heldFrom',
  'incidents',
  'backoutOutcome',
];

/**
 * A row of the `release_approvals` table.
 *
 * @internal
 */
export interface DbApprovalRow {
  id: string;
  release_id: string;
  gate: string;
  decision: string;
  decided_by: string;
  decided_at: Timestamp;
  comment: string | null;
}

/**
 * A row of the `release_history` table.
 *
 * @internal
 */
export interface DbHistoryRow {
  id?: number;
  release_id: string;
  revision: number;
  action: string;
  actor: string;
  at: Timestamp;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
  changes: string;
}

/**
 * A row of the `release_entities` table.
 *
 * @internal
 */
export interface DbReleaseEntityRow {
  release_id: string;
  entity_ref: string;
  position: number;
  owner_ref?: string | null;
}

/**
 * A row of the `release_slots` table.
 *
 * @internal
 */
export interface DbReleaseSlotRow {
  release_id: string;
  environment: string;
  start_at: Timestamp;
  end_at: Timestamp;
  actual_start_at: Timestamp | null;
  actual_end_at: Timestamp | null;
  status: string;
}

/**
 * Turns a slot row into the wire form.
 *
 * @internal
 */
export function slotFromRow(row: DbReleaseSlotRow): ScheduleSlot {
  return {
    environment: row.environment,
    start: toIsoUtc(row.start_at),
    end: toIsoUtc(row.end_at),
    actualStart: toOptionalIsoUtc(row.actual_start_at),
    actualEnd: toOptionalIsoUtc(row.actual_end_at),
    status: row.status as ScheduleSlot['status'],
  };
}

/**
 * The JSON of `releases.details` for a release.
 *
 * @internal
 */
export function detailsToJson(release: Release): string {
  const details: Record<string, unknown> = {};
  for (const field of DETAIL_FIELDS) {
    if (release[field] !== undefined) details[field] = release[field];
  }
  return JSON.stringify(details);
}

/**
 * Turns an approval row into the wire form.
 *
 * @internal
 */
export function approvalFromRow(row: DbApprovalRow): Approval {
  return {
    gate: row.gate as Approval['gate'],
    decision: row.decision as Approval['decision'],
    by: row.decided_by,
    at: toIsoUtc(row.decided_at),
    ...(row.comment ? { comment: row.comment } : {}),
  };
}

/**
 * Turns a history row into the wire form.
 *
 * @internal
 */
export function historyFromRow(row: DbHistoryRow): HistoryEntry {
  return {
    releaseId: row.release_id,
    revision: row.revision,
    action: row.action as HistoryEntry['action'],
    by: row.actor,
    at: toIsoUtc(row.at),
    ...(row.from_status ? { from: row.from_status as ReleaseStatus } : {}),
    ...(row.to_status ? { to: row.to_status as ReleaseStatus } : {}),
    ...(row.reason ? { reason: row.reason } : {}),
    changes: JSON.parse(row.changes),
  };
}

/**
 * Assembles a release from its row and the rows of its CIs, slots, approvals and conflicts.
 *
 * @internal
 */
export function releaseFromRows(
  row: DbReleaseRow,
  entities: DbReleaseEntityRow[],
  slots: DbReleaseSlotRow[],
  approvals: DbApprovalRow[] = [],
  conflicts: DbReleaseConflictRow[] = [],
): Release {
  const details: ReleaseDetails = JSON.parse(row.details || '{}');
  const checkedAt = toOptionalIsoUtc(row.conflicts_checked_at ?? null);
  return {
    ...details,
    ...(checkedAt
      ? {
          conflicts: conflicts.map(c => JSON.parse(c.body) as Conflict),
          conflictsCheckedAt: checkedAt,
        }
      : {}),
    approvals: approvals.map(approvalFromRow),
    id: row.id,
    key: row.key,
    title: row.title,
    description: row.description,
    unitType: row.unit_type as ReleaseUnitType,
    category: row.category as ReleaseCategory,
    status: row.status as ReleaseStatus,
    version: row.version ?? undefined,
    entityRefs: [...entities]
      .sort((a, b) => a.position - b.position)
      .map(e => e.entity_ref),
    parentId: row.parent_id ?? undefined,
    owner: row.owner ?? undefined,
    rfc: row.rfc_id
      ? { id: row.rfc_id, url: row.rfc_url ?? undefined }
      : undefined,
    schedule: slots.map(slotFromRow),
    stageEnteredAt: toOptionalIsoUtc(row.stage_entered_at ?? null),
    revision: row.revision,
    createdAt: toIsoUtc(row.created_at),
    updatedAt: toIsoUtc(row.updated_at),
    createdBy: row.created_by,
  };
}

/**
 * A release slot joined with the release fields conflict detection needs.
 *
 * @internal
 */
export type ScheduledSlotRow = Pick<
  DbReleaseSlotRow,
  'release_id' | 'environment' | 'start_at' | 'end_at'
> &
  Pick<DbReleaseRow, 'key' | 'title' | 'owner' | 'category' | 'status'>;

/**
 * Turns a scheduled slot row into the lean form conflict detection reads.
 *
 * @internal
 */
export function scheduledSlotFromRow(
  row: ScheduledSlotRow,
  entityRefs: string[] = [],
): ScheduledReleaseSlot {
  return {
    releaseId: row.release_id,
    key: row.key,
    title: row.title,
    entityRefs,
    owner: row.owner ?? undefined,
    category: row.category as ReleaseCategory,
    status: row.status as ReleaseStatus,
    environment: row.environment,
    start: toIsoUtc(row.start_at),
    end: toIsoUtc(row.end_at),
  };
}
