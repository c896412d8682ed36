import {
  Release,
  ReleaseCategory,
  ReleaseStatus,
  ReleaseUnitType,
  ScheduleSlot,
} from '@stagegate/plugin-releases-common';
import { toIsoUtc, toOptionalIsoUtc } from './timestamps';

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
 * Assembles a release from its row, its CI rows and its slot rows.
 *
 * @internal
 */
export function releaseFromRows(
  row: DbReleaseRow,
  entities: DbReleaseEntityRow[],
  slots: DbReleaseSlotRow[],
): Release {
  return {
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
    revision: row.revision,
    createdAt: toIsoUtc(row.created_at),
    updatedAt: toIsoUtc(row.updated_at),
    createdBy: row.created_by,
  };
}
