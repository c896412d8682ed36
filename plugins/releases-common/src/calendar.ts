import { DateTime } from 'luxon';
import { z } from 'zod';
import { isoDateTimeSchema, timeZoneSchema } from './fieldSchemas';
import { ChangeWindowType, WindowEnforcement } from './changeWindow';
import { Conflict } from './conflicts';
import { RELEASE_STATUSES } from './lifecycle';
import {
  RELEASE_CATEGORIES,
  ReleaseCategory,
  ReleaseUnitType,
} from './release';
import { oneOrMany } from './queryParams';
import { checkPeriodSpan } from './periodSpan';

/**
 * The kinds of event on the master release calendar.
 *
 * @public
 */
export const CALENDAR_EVENT_KINDS = ['release', 'change', 'window'] as const;

/**
 * The kind of a calendar event: a release's slot, a change that is not a release, or one
 * occurrence of a change window.
 *
 * @public
 */
export type CalendarEventKind = (typeof CALENDAR_EVENT_KINDS)[number];

/**
 * One event of the master release calendar. Times are ISO 8601 UTC instants; the interval is
 * half-open, `[start, end)`.
 *
 * @public
 */
export type CalendarEvent = {
  /**
   * Stable across requests, and the iCalendar UID's local part: `release:<id>:<environment>`,
   * `change:<id>`, or `window:<window id>:<occurrence start>`.
   */
  id: string;
  kind: CalendarEventKind;
  title: string;
  start: string;
  end: string;
  /** The environment of a release slot or a change. */
  environment?: string;
  /** The environments a window covers; absent means every environment. */
  environments?: string[];
  /** The CIs the release or change touches; empty for a window. */
  entityRefs: string[];
  /** The systems of those CIs, from the catalog. */
  systems: string[];
  owner?: string;
  category?: ReleaseCategory;
  /** A release's or change's status. */
  status?: string;
  unitType?: ReleaseUnitType;
  /** The release of a slot (its id and human key). */
  releaseId?: string;
  releaseKey?: string;
  /** The change of a change event. */
  changeId?: string;
  /** The window of an occurrence: an entity ref (catalog) or an id (API). */
  windowId?: string;
  windowSource?: 'catalog' | 'api';
  windowType?: ChangeWindowType;
  enforcement?: WindowEnforcement;
  /** The IANA zone a window is defined in. */
  timezone?: string;
  /**
   * On a release's event: true when the release is over its current stage's time limit
   * (see the release's `overdue`).
   */
  overdue?: boolean;
  /** The `key`s of the calendar's conflicts this event has or is the other party of. */
  conflictKeys: string[];
};

/**
 * A conflict on the calendar: the engine's conflict, with the calendar event that has it.
 * The other party of a release the reader may not see is shown without its title.
 *
 * @public
 */
export type CalendarConflict = Conflict & {
  /** Unique on the calendar: `<eventId>#<id>` (a conflict's id is unique within its item). */
  key: string;
  /** The calendar event that has the conflict. */
  eventId: string;
  /** The calendar event of the other party, when it is in the period and visible. */
  otherEventId?: string;
};

/**
 * The answer of `GET /calendar`.
 *
 * @public
 */
export type CalendarResponse = {
  from: string;
  to: string;
  events: CalendarEvent[];
  conflicts: CalendarConflict[];
  /** Whether the events were cut at {@link MAX_CALENDAR_EVENTS}. */
  truncated: boolean;
};

/**
 * The most events one calendar answer holds.
 *
 * @public
 */
export const MAX_CALENDAR_EVENTS = 10_000;

/**
 * The longest period one calendar request may span, in days.
 *
 * @public
 */
export const MAX_CALENDAR_SPAN_DAYS = 400;

/**
 * How many days a calendar request covers when it names no end.
 *
 * @public
 */
export const DEFAULT_CALENDAR_DAYS = 42;

/**
 * The period a calendar request covers when it names none: 7 days back, 35 ahead.
 *
 * @public
 */
export function defaultCalendarPeriod(now: Date): { from: string; to: string } {
  const from = DateTime.fromJSDate(now, { zone: 'UTC' })
    .startOf('day')
    .minus({ days: 7 });
  return calendarPeriodFrom(from.toJSDate());
}

/**
 * The default calendar period that starts at `from`: the span of the default period, so a
 * query that gives only `from` sees as much as one that gives neither.
 *
 * @public
 */
export function calendarPeriodFrom(from: Date): { from: string; to: string } {
  const start = DateTime.fromJSDate(from, { zone: 'UTC' });
  return {
    from: start.toISO()!,
    to: start.plus({ days: DEFAULT_CALENDAR_DAYS }).toISO()!,
  };
}

const listOf = <U extends string, T extends Readonly<[U, ...U[]]>>(
  values: T,
  name: string,
) =>
  oneOrMany(
    z.enum(values, {
      message: `The ${name} must be one of ${values.join(', ')}`,
    }),
  );

const filterText = oneOrMany(
  z.string().min(1, 'A filter value cannot be empty').max(255),
);

/**
 * The query of `GET /calendar` and `GET /calendar.ics`. Every filter may be repeated; values
 * of one filter are alternatives, and different filters must all hold.
 *
 * @public
 */
export const calendarQuerySchema = z
  .object({
    from: isoDateTimeSchema.optional(),
    to: isoDateTimeSchema.optional(),
    entityRef: filterText,
    system: filterText,
    owner: filterText,
    environment: filterText,
    category: listOf(RELEASE_CATEGORIES, 'category'),
    status: filterText,
    kind: listOf(CALENDAR_EVENT_KINDS, 'kind'),
    conflictsOnly: z
      .enum(['true', 'false'], {
        message: 'conflictsOnly must be true or false',
      })
      .optional()
      .transform(value => value === 'true'),
    /** The zone the iCalendar feed writes release and change times in; default UTC. */
    tz: timeZoneSchema('tz'),
  })
  .superRefine(checkPeriodSpan(MAX_CALENDAR_SPAN_DAYS));

/**
 * A parsed query of `GET /calendar`.
 *
 * @public
 */
export type CalendarQuery = z.output<typeof calendarQuerySchema>;

/**
 * Release statuses, for the calendar's status filter.
 *
 * @public
 */
export const CALENDAR_STATUS_FILTERS: readonly string[] = RELEASE_STATUSES;

/**
 * A calendar feed token as its owner lists it; the secret itself is shown only once, when
 * it is made.
 *
 * @public
 */
export type FeedToken = {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt?: string;
  revokedAt?: string;
};

/**
 * The answer of `POST /feed-tokens`: the token, and the feed address to subscribe to.
 *
 * @public
 */
export type CreatedFeedToken = FeedToken & {
  /** The secret; it is not stored and cannot be shown again. */
  token: string;
};

/**
 * The body of `POST /feed-tokens`.
 *
 * @public
 */
export const feedTokenCreateSchema = z
  .object({
    name: z
      .string({ required_error: 'Give the token a name, such as "Outlook"' })
      .trim()
      .min(1, 'Give the token a name, such as "Outlook"')
      .max(100, 'The name can have at most 100 characters'),
  })
  .strict();

/**
 * The body of `POST /feed-tokens`, parsed.
 *
 * @public
 */
export type FeedTokenCreateRequest = z.output<typeof feedTokenCreateSchema>;
