import {
  ContentItem,
  Release,
  ReleaseCategory,
  ReleaseCreateRequest,
  ReleasePatchRequest,
  ReleaseUnitType,
  ScheduleSlot,
  releaseCreateSchema,
  releasePatchSchema,
} from '@stagegate/plugin-releases-common';
import {
  FieldErrors,
  fromDateTimeLocal,
  toDateTimeLocal,
  validate,
  viewerZone,
} from '../../utils';

/**
 * A planned slot as the form edits it: wall clock times in the viewer's zone, plus what the
 * form does not show (actual times and status) so that editing keeps them.
 *
 * @internal
 */
export interface SlotFormValues {
  environment: string;
  /** `datetime-local` value in the viewer's zone. */
  start: string;
  end: string;
  /** The instants the slot had when the form opened, kept when the times are unchanged. */
  originalStart?: string;
  originalEnd?: string;
  actualStart?: string;
  actualEnd?: string;
  status?: ScheduleSlot['status'];
}

/**
 * One item of the contents (VDD) as the form edits it.
 *
 * @internal
 */
export interface ContentFormValues {
  name: string;
  version: string;
  kind: ContentItem['kind'];
  checksum: string;
  source?: string;
}

/**
 * Everything the release form edits, as text the way the inputs hold it.
 *
 * @internal
 */
export interface ReleaseFormValues {
  title: string;
  description: string;
  unitType: ReleaseUnitType;
  category: ReleaseCategory;
  version: string;
  entityRefs: string[];
  owner: string;
  rfcId: string;
  rfcUrl: string;
  parentId?: string;
  schedule: SlotFormValues[];
  contents: ContentFormValues[];
  testPlan: string;
  backoutSteps: string;
  backoutTested: boolean;
  acceptanceCriteria: string;
  knownErrors: string;
  /** The distribution lists that get the release's notifications, by name. */
  distributionLists: string[];
}

/**
 * An empty slot for the form.
 *
 * @internal
 */
export function emptySlot(environment = ''): SlotFormValues {
  return { environment, start: '', end: '' };
}

/** The length of a slot the form suggests for when it has no times yet. */
const DEFAULT_SLOT_DURATION = 'PT2H';

/**
 * The length of a slot as an ISO 8601 duration, such as `PT2H`, for slot suggestions; two
 * hours when its times are not filled in or do not make a positive interval.
 *
 * @internal
 */
export function slotDuration(slot: SlotFormValues, zone: string): string {
  const start = fromDateTimeLocal(slot.start, zone);
  const end = fromDateTimeLocal(slot.end, zone);
  if (!start || !end) return DEFAULT_SLOT_DURATION;
  const minutes = Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
  if (minutes <= 0) return DEFAULT_SLOT_DURATION;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 ? `${rest}M` : ''}`;
}

/**
 * An empty contents item for the form.
 *
 * @internal
 */
export function emptyContentItem(): ContentFormValues {
  return { name: '', version: '', kind: 'artifact', checksum: '' };
}

/**
 * The form of a new release of an entity: the entity as its first CI, and its owner when
 * known.
 *
 * @internal
 */
export function newReleaseValues(defaults: {
  entityRef: string;
  owner?: string;
}): ReleaseFormValues {
  return {
    title: '',
    description: '',
    unitType: 'delta',
    category: 'scheduled',
    version: '',
    entityRefs: [defaults.entityRef],
    owner: defaults.owner ?? '',
    rfcId: '',
    rfcUrl: '',
    schedule: [],
    contents: [],
    testPlan: '',
    backoutSteps: '',
    backoutTested: false,
    acceptanceCriteria: '',
    knownErrors: '',
    distributionLists: [],
  };
}

/**
 * The form of an existing release, with its slot times in the viewer's zone (or `zone`).
 *
 * @internal
 */
export function releaseValues(
  release: Release,
  zone: string = viewerZone(),
): ReleaseFormValues {
  return {
    title: release.title,
    description: release.description ?? '',
    unitType: release.unitType,
    category: release.category,
    version: release.version ?? '',
    entityRefs: [...release.entityRefs],
    owner: release.owner ?? '',
    rfcId: release.rfc?.id ?? '',
    rfcUrl: release.rfc?.url ?? '',
    parentId: release.parentId,
    schedule: release.schedule.map(slot => ({
      environment: slot.environment,
      start: toDateTimeLocal(slot.start, zone),
      end: toDateTimeLocal(slot.end, zone),
      originalStart: slot.start,
      originalEnd: slot.end,
      actualStart: slot.actualStart,
      actualEnd: slot.actualEnd,
      status: slot.status,
    })),
    contents: (release.contents ?? []).map(item => ({
      name: item.name,
      version: item.version,
      kind: item.kind,
      checksum: item.checksum ?? '',
      source: item.source,
    })),
    testPlan: release.testPlan ?? '',
    backoutSteps: release.backoutPlan?.steps ?? '',
    backoutTested: release.backoutPlan?.tested ?? false,
    acceptanceCriteria: release.acceptanceCriteria ?? '',
    knownErrors: release.knownErrors ?? '',
    distributionLists: [...(release.distributionLists ?? [])],
  };
}

const filled = (text: string | undefined) =>
  text !== undefined && text.trim() !== '';

// A wall clock time of the form as an instant; the original instant when it is unchanged,
// so that editing a release does not round its times to the minute.
function slotInstant(
  local: string,
  original: string | undefined,
  zone: string,
): string | undefined {
  if (original && local === toDateTimeLocal(original, zone)) return original;
  return fromDateTimeLocal(local, zone);
}

/**
 * The request body the form stands for, before validation, and the times the form could not
 * read (by field, such as `schedule.0.start`). Empty optional texts are left out, and slot
 * times are read in `zone` and sent in UTC.
 *
 * @internal
 */
export function toReleaseInput(
  values: ReleaseFormValues,
  zone: string = viewerZone(),
): { input: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const input: Record<string, unknown> = {
    title: values.title,
    unitType: values.unitType,
    category: values.category,
    entityRefs: values.entityRefs,
  };
  if (filled(values.description)) input.description = values.description;
  if (filled(values.version)) input.version = values.version;
  if (filled(values.owner)) input.owner = values.owner;
  if (filled(values.rfcId) || filled(values.rfcUrl)) {
    input.rfc = {
      id: values.rfcId,
      ...(filled(values.rfcUrl) ? { url: values.rfcUrl.trim() } : {}),
    };
  }
  if (values.parentId) input.parentId = values.parentId;
  input.schedule = values.schedule.map((slot, index) => {
    const where = slot.environment.trim() || `slot ${index + 1}`;
    const read = (
      which: 'start' | 'end',
      original: string | undefined,
    ): string => {
      const local = slot[which];
      const instant = slotInstant(local, original, zone);
      if (!instant) {
        errors[`schedule.${index}.${which}`] = filled(local)
          ? `'${local}' is not a date and time`
          : `Give the ${which} of the ${where} slot, in your time zone (${zone})`;
      }
      return instant ?? '';
    };
    const out: Record<string, unknown> = {
      environment: slot.environment,
      start: read('start', slot.originalStart),
      end: read('end', slot.originalEnd),
    };
    if (slot.actualStart) out.actualStart = slot.actualStart;
    if (slot.actualEnd) out.actualEnd = slot.actualEnd;
    if (slot.status) out.status = slot.status;
    return out;
  });
  input.contents = values.contents.map(item => ({
    name: item.name,
    version: item.version,
    kind: item.kind,
    ...(filled(item.checksum) ? { checksum: item.checksum } : {}),
    ...(filled(item.source) ? { source: item.source } : {}),
  }));
  if (filled(values.testPlan)) input.testPlan = values.testPlan;
  if (filled(values.backoutSteps) || values.backoutTested) {
    input.backoutPlan = {
      steps: values.backoutSteps,
      tested: values.backoutTested,
    };
  }
  if (filled(values.acceptanceCriteria)) {
    input.acceptanceCriteria = values.acceptanceCriteria;
  }
  if (filled(values.knownErrors)) input.knownErrors = values.knownErrors;
  if (values.distributionLists.length > 0) {
    input.distributionLists = values.distributionLists;
  }
  return { input, errors };
}

/**
 * Validation of the form: the body to send, or the messages by field.
 *
 * @internal
 */
export type FormValidation<T> =
  | { body: T; errors?: undefined }
  | { body?: undefined; errors: FieldErrors };

function finish<T>(
  result: { data?: T; errors?: FieldErrors },
  readErrors: FieldErrors,
): FormValidation<T> {
  // A time the form could not read explains more than the schema's complaint about it.
  const errors = { ...result.errors, ...readErrors };
  if (Object.keys(errors).length > 0 || !result.data) return { errors };
  return { body: result.data };
}

/**
 * Validates a new release with the shared `releaseCreateSchema`.
 *
 * @internal
 */
export function validateCreate(
  values: ReleaseFormValues,
  zone: string = viewerZone(),
): FormValidation<ReleaseCreateRequest> {
  const { input, errors } = toReleaseInput(values, zone);
  return finish(validate(releaseCreateSchema, input), errors);
}

const EMPTIABLE_LISTS = ['distributionLists'];

/**
 * Validates an edit with the shared `releasePatchSchema`: only the fields that differ from
 * the release as it was loaded are sent, with the revision they are based on.
 *
 * @internal
 */
export function validatePatch(
  values: ReleaseFormValues,
  initial: ReleaseFormValues,
  revision: number,
  zone: string = viewerZone(),
): FormValidation<ReleasePatchRequest> {
  const { input, errors } = toReleaseInput(values, zone);
  const { input: before } = toReleaseInput(initial, zone);
  const patch: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    if (JSON.stringify(value) !== JSON.stringify(before[field])) {
      patch[field] = value;
    }
  }
  // Lists the form leaves out when empty: emptying one is a change to send.
  for (const field of EMPTIABLE_LISTS) {
    if (before[field] !== undefined && input[field] === undefined) {
      patch[field] = [];
    }
  }
  patch.revision = revision;
  return finish(validate(releasePatchSchema, patch), errors);
}
