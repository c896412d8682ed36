import {
  Entity,
  makeValidator,
  parseEntityRef,
} from '@backstage/catalog-model';
import { DateTime, Duration, IANAZone } from 'luxon';
import { RRule } from 'rrule';
import { z } from 'zod';
import { CHANGE_WINDOW_API_VERSION, CHANGE_WINDOW_KIND } from './annotations';
import { CI_CLASSES, CRITICALITIES } from './ciAnnotations';
import { RELEASE_CATEGORIES } from './release';

/**
 * Window types: a blackout denies changes inside it; a maintenance window allows them, and
 * changes to its CIs outside it conflict.
 *
 * @public
 */
export const CHANGE_WINDOW_TYPES = ['blackout', 'maintenance'] as const;

/**
 * How a conflict with a window is enforced.
 *
 * @public
 */
export const WINDOW_ENFORCEMENTS = ['warn', 'approval', 'block'] as const;

/**
 * The type of a change window: `blackout` denies changes, `maintenance` is when they may happen.
 *
 * @public
 */
export type ChangeWindowType = (typeof CHANGE_WINDOW_TYPES)[number];

/**
 * How a conflict with a window is enforced.
 *
 * @public
 */
export type WindowEnforcement = (typeof WINDOW_ENFORCEMENTS)[number];

/**
 * The selectors of a window's `scope`. A window applies to a change when every selector it
 * lists matches (AND); a selector matches when any of its values does (OR).
 *
 * @public
 */
export const CHANGE_WINDOW_SCOPE_SELECTORS = [
  'systems',
  'environments',
  'entities',
  'ciClasses',
  'criticalities',
] as const;

// ---------------------------------------------------------------------------------------
// Value checks

const LOCAL_DATE_TIME_PATTERN =
  /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

/** A wall-clock date-time without offset, `YYYY-MM-DDTHH:mm` or `YYYY-MM-DDTHH:mm:ss`. */
function isLocalDateTime(value: string): boolean {
  return (
    LOCAL_DATE_TIME_PATTERN.test(value) &&
    DateTime.fromISO(value, { zone: 'UTC' }).isValid
  );
}

/** An IANA zone name such as Europe/London or UTC; fixed offsets such as +02:00 are not. */
const IANA_ZONE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

function isTimeZone(value: string): boolean {
  return IANA_ZONE_NAME_PATTERN.test(value) && IANAZone.isValidZone(value);
}

function isPositiveDuration(value: string): boolean {
  const duration = Duration.fromISO(value);
  return duration.isValid && duration.toMillis() > 0;
}

const entityRefParts = makeValidator();

/** An entity ref whose kind, namespace and name are each valid, such as group:default/a. */
function isEntityRef(value: string, defaultKind?: string): boolean {
  try {
    const ref = parseEntityRef(value, {
      defaultKind,
      defaultNamespace: 'default',
    });
    return (
      entityRefParts.isValidKind(ref.kind) &&
      entityRefParts.isValidNamespace(ref.namespace) &&
      entityRefParts.isValidEntityName(ref.name)
    );
  } catch {
    return false;
  }
}

const RRULE_EXAMPLE = 'FREQ=WEEKLY;BYDAY=SA';
const RRULE_FREQUENCIES = [
  'YEARLY',
  'MONTHLY',
  'WEEKLY',
  'DAILY',
  'HOURLY',
  'MINUTELY',
  'SECONDLY',
];
const WEEKDAY_PATTERN = /^(MO|TU|WE|TH|FR|SA|SU)$/;
const BYDAY_PATTERN = /^[+-]?([1-9]|[1-4]\d|5[0-3])?(MO|TU|WE|TH|FR|SA|SU)$/;

/** Integer parts of an RRULE: lowest and highest value, and whether negatives count back. */
const RRULE_INTEGER_PARTS: Record<string, [number, number, boolean]> = {
  INTERVAL: [1, Number.MAX_SAFE_INTEGER, false],
  COUNT: [1, Number.MAX_SAFE_INTEGER, false],
  BYSECOND: [0, 60, false],
  BYMINUTE: [0, 59, false],
  BYHOUR: [0, 23, false],
  BYMONTH: [1, 12, false],
  BYMONTHDAY: [1, 31, true],
  BYYEARDAY: [1, 366, true],
  BYWEEKNO: [1, 53, true],
  BYSETPOS: [1, 366, true],
};

function isIntegerIn(
  item: string,
  [min, max, signed]: [number, number, boolean],
) {
  if (!/^[+-]?\d+$/.test(item)) return false;
  const number = Number(item);
  const magnitude = signed ? Math.abs(number) : number;
  return magnitude >= min && magnitude <= max;
}

function integerPartProblem(key: string, value: string): string | undefined {
  const range = RRULE_INTEGER_PARTS[key];
  const single = key === 'INTERVAL' || key === 'COUNT';
  const items = single ? [value] : value.split(',');
  if (items.every(item => isIntegerIn(item, range))) return undefined;
  const [min, max, signed] = range;
  if (single) return `${key} must be a positive integer`;
  const span = signed
    ? `${min} to ${max} or -${max} to -${min}`
    : `${min} to ${max}`;
  return `${key} must list integers from ${span}`;
}

/** Checks the parts the `rrule` package parses leniently (it loops forever on some). */
function rrulePartProblem(key: string, value: string): string | undefined {
  if (key === 'FREQ' && !RRULE_FREQUENCIES.includes(value)) {
    return `FREQ must be one of ${RRULE_FREQUENCIES.join(', ')}`;
  }
  if (key === 'BYDAY' && !value.split(',').every(d => BYDAY_PATTERN.test(d))) {
    return 'BYDAY must list weekdays such as MO,TU or 1SA or -1FR';
  }
  if (key === 'WKST' && !WEEKDAY_PATTERN.test(value)) {
    return 'WKST must be one of MO, TU, WE, TH, FR, SA, SU';
  }
  return key in RRULE_INTEGER_PARTS
    ? integerPartProblem(key, value)
    : undefined;
}

function rruleSyntaxProblem(rule: string): string | undefined {
  if (/DTSTART|[\r\n]/i.test(rule)) {
    return 'give the RRULE alone; the first occurrence goes in spec.dtstart';
  }
  const parts = rule.replace(/^RRULE:/i, '').split(';');
  const pairs = parts.map(part => part.split('=', 2) as [string, string?]);
  if (pairs.some(([key]) => key !== key.toUpperCase())) {
    return 'write its parts in upper case, such as FREQ=WEEKLY';
  }
  if (!pairs.some(([key]) => key === 'FREQ')) return 'FREQ is missing';
  for (const [key, value = ''] of pairs) {
    const problem = rrulePartProblem(key, value);
    if (problem) return problem;
  }
  return undefined;
}

function rruleParseProblem(rule: string): string | undefined {
  try {
    RRule.fromString(rule);
    return undefined;
  } catch (error) {
    return error instanceof Error && !(error instanceof TypeError)
      ? error.message
      : 'it does not parse';
  }
}

/** Why a string is not an RRULE this spec accepts, or undefined when it is one. */
function rruleProblem(rule: string): string | undefined {
  const reason = rruleSyntaxProblem(rule) ?? rruleParseProblem(rule);
  return reason
    ? `'${rule}' is not a valid RFC 5545 recurrence rule (${reason}); write one such as ${RRULE_EXAMPLE}`
    : undefined;
}

// ---------------------------------------------------------------------------------------
// Schema

const localDateTime = z.string().refine(isLocalDateTime);
const nonEmptyList = <T extends z.ZodTypeAny>(item: T) => z.array(item).min(1);

/** Adds a custom issue whose message is the whole explanation of the field. */
function explained(ctx: z.RefinementCtx, message: string, path?: string[]) {
  ctx.addIssue({
    code: z.ZodIssueCode.custom,
    message,
    path,
    params: { explained: true },
  });
}

/**
 * The scope of a ChangeWindow: which changes it applies to.
 *
 * @public
 */
export const changeWindowScopeSchema = z
  .object({
    systems: nonEmptyList(z.string().min(1)).optional(),
    environments: nonEmptyList(z.string().min(1)).optional(),
    entities: nonEmptyList(z.string().refine(v => isEntityRef(v))).optional(),
    ciClasses: nonEmptyList(z.enum(CI_CLASSES)).optional(),
    criticalities: nonEmptyList(z.enum(CRITICALITIES)).optional(),
  })
  .strict();

/**
 * The scope of a ChangeWindow: which changes it applies to.
 *
 * @public
 */
export type ChangeWindowScope = z.infer<typeof changeWindowScopeSchema>;

const ONE_OFF_FIELDS = ['start', 'end'] as const;
const RECURRING_FIELDS = ['rrule', 'dtstart', 'duration'] as const;

function givenFields(spec: Record<string, unknown>, fields: readonly string[]) {
  return fields.filter(field => spec[field] !== undefined);
}

function missingIssues(
  ctx: z.RefinementCtx,
  spec: Record<string, unknown>,
  fields: readonly string[],
  missingFor: string,
) {
  for (const field of fields) {
    if (spec[field] === undefined) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [field],
        params: { missingFor },
      });
    }
  }
}

function checkEndAfterStart(
  ctx: z.RefinementCtx,
  spec: Record<string, unknown>,
) {
  const { start, end } = spec;
  if (typeof start !== 'string' || typeof end !== 'string') return;
  if (!isLocalDateTime(start) || !isLocalDateTime(end)) return;
  const millis = (value: string) =>
    DateTime.fromISO(value, { zone: 'UTC' }).toMillis();
  if (millis(end) <= millis(start)) {
    explained(ctx, `must be after spec.start (${start})`, ['end']);
  }
}

/** Checks that a spec is either a one-off window or a recurring one, and complete. */
function checkTiming(spec: Record<string, unknown>, ctx: z.RefinementCtx) {
  const oneOff = givenFields(spec, ONE_OFF_FIELDS);
  const recurring = givenFields(spec, [...RECURRING_FIELDS, 'exdates']);
  if (oneOff.length > 0 && recurring.length > 0) {
    explained(
      ctx,
      `gives both ${oneOff.join(', ')} and ${recurring.join(
        ', ',
      )}; a window is either one-off (start, end) or recurring (rrule, dtstart, duration, optional exdates), not both`,
    );
  } else if (oneOff.length > 0) {
    missingIssues(ctx, spec, ONE_OFF_FIELDS, 'for a one-off window');
    checkEndAfterStart(ctx, spec);
  } else if (recurring.length > 0) {
    missingIssues(ctx, spec, RECURRING_FIELDS, 'for a recurring window');
  } else {
    explained(
      ctx,
      'needs start and end for a one-off window, or rrule, dtstart and duration for a recurring one',
    );
  }
}

/**
 * The spec of a ChangeWindow entity. Times are local to `timezone`; a window is either
 * one-off (`start`, `end`) or recurring (`rrule`, `dtstart`, `duration`, optional `exdates`).
 *
 * @public
 */
export const changeWindowSpecSchema = z
  .object({
    type: z.enum(CHANGE_WINDOW_TYPES),
    enforcement: z.enum(WINDOW_ENFORCEMENTS),
    timezone: z.string().refine(isTimeZone),
    start: localDateTime.optional(),
    end: localDateTime.optional(),
    rrule: z
      .string()
      .superRefine((rule, ctx) => {
        const problem = rruleProblem(rule);
        if (problem) explained(ctx, problem);
      })
      .optional(),
    dtstart: localDateTime.optional(),
    duration: z.string().refine(isPositiveDuration).optional(),
    exdates: z.array(localDateTime).optional(),
    scope: changeWindowScopeSchema.optional(),
    allowCategories: z.array(z.enum(RELEASE_CATEGORIES)).optional(),
    owner: z
      .string()
      .min(1)
      .refine(value => isEntityRef(value, 'Group')),
  })
  .passthrough()
  .superRefine(checkTiming);

/**
 * The spec of a ChangeWindow entity.
 *
 * @public
 */
export type ChangeWindowSpec = z.infer<typeof changeWindowSpecSchema>;

/**
 * A catalog entity of the ChangeWindow kind.
 *
 * @public
 */
export type ChangeWindowEntity = Entity & {
  apiVersion: typeof CHANGE_WINDOW_API_VERSION;
  kind: typeof CHANGE_WINDOW_KIND;
  spec: ChangeWindowSpec;
};

// ---------------------------------------------------------------------------------------
// Problem descriptions

/** What a field accepts (`must`), and what each item of a list field must be (`item`). */
type FieldRule = { must: string; item?: string };

const LOCAL_DATE_TIME_RULE =
  'a local date-time without offset, YYYY-MM-DDTHH:mm or YYYY-MM-DDTHH:mm:ss, such as 2026-12-15T00:00';

const listOf = (values: readonly string[]) => values.join(', ');

function environmentItemRule(environments?: readonly string[]): string {
  return environments
    ? `a configured environment (${listOf(environments)})`
    : 'an environment name';
}

function fieldRules(
  environments?: readonly string[],
): Record<string, FieldRule> {
  const enumList = (noun: string, values: readonly string[]) => ({
    must: `must be a non-empty list of ${noun}: ${listOf(values)}`,
    item: `one of ${listOf(values)}`,
  });
  return {
    type: { must: `must be one of ${listOf(CHANGE_WINDOW_TYPES)}` },
    enforcement: { must: `must be one of ${listOf(WINDOW_ENFORCEMENTS)}` },
    timezone: { must: 'must be an IANA time zone such as Europe/London' },
    // Problems of the window as a whole, and a spec that is not an object at all.
    '': {
      must: 'must be an object with type, enforcement, timezone, owner, and either start and end or rrule, dtstart and duration',
    },
    start: { must: `must be ${LOCAL_DATE_TIME_RULE}` },
    end: { must: `must be ${LOCAL_DATE_TIME_RULE}` },
    rrule: {
      must: `must be an RFC 5545 recurrence rule without DTSTART, such as ${RRULE_EXAMPLE}`,
    },
    dtstart: { must: `must be ${LOCAL_DATE_TIME_RULE}` },
    duration: { must: 'must be a positive ISO 8601 duration such as PT6H' },
    exdates: {
      must: `must be a list of local date-times, each ${LOCAL_DATE_TIME_RULE}`,
      item: LOCAL_DATE_TIME_RULE,
    },
    scope: {
      must: `must be an object with any of the selectors ${listOf(
        CHANGE_WINDOW_SCOPE_SELECTORS,
      )}`,
    },
    'scope.systems': {
      must: 'must be a non-empty list of system names',
      item: 'a system name',
    },
    'scope.environments': {
      must: `must be a non-empty list of environments${
        environments ? `: ${listOf(environments)}` : ''
      }`,
      item: environmentItemRule(environments),
    },
    'scope.entities': {
      must: 'must be a non-empty list of entity refs such as component:default/payments-api',
      item: 'an entity ref such as component:default/payments-api',
    },
    'scope.ciClasses': enumList('CI classes', CI_CLASSES),
    'scope.criticalities': enumList('criticalities', CRITICALITIES),
    allowCategories: {
      must: `must be a list of release categories: ${listOf(
        RELEASE_CATEGORIES,
      )}`,
      item: `one of ${listOf(RELEASE_CATEGORIES)}`,
    },
    owner: {
      must: 'must be a non-empty entity reference, for example group:release-managers',
    },
  };
}

const FIELD_ORDER = Object.keys(fieldRules());

/** A problem with one field: either a complete explanation, or list items it refuses. */
type Problem = { field: string; text?: string; badItem?: unknown };

const fieldOf = (path: (string | number)[]) =>
  path.filter(segment => typeof segment === 'string').join('.');

function valueAt(spec: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (value, segment) =>
      value !== null && typeof value === 'object'
        ? (value as Record<string | number, unknown>)[segment]
        : undefined,
    spec,
  );
}

function unknownSelectors(keys: string[]): string {
  const names = keys.map(key => `'${key}'`).join(', ');
  const verb = keys.length === 1 ? 'is not a selector' : 'are not selectors';
  return `${names} ${verb}; the selectors are ${listOf(
    CHANGE_WINDOW_SCOPE_SELECTORS,
  )}`;
}

function toProblem(
  issue: z.ZodIssue,
  spec: unknown,
  rules: Record<string, FieldRule>,
): Problem {
  const field = fieldOf(issue.path);
  const rule = rules[field];
  const params = issue.code === z.ZodIssueCode.custom ? issue.params ?? {} : {};
  if (params.explained || !rule) return { field, text: issue.message };
  if (issue.code === z.ZodIssueCode.unrecognized_keys) {
    return { field, text: unknownSelectors(issue.keys) };
  }
  if (params.missingFor) {
    return { field, text: `is required ${params.missingFor} and ${rule.must}` };
  }
  const value = valueAt(spec, issue.path);
  if (value === undefined && issue.path.length > 0) {
    return { field, text: `is required and ${rule.must}` };
  }
  const isItem = typeof issue.path[issue.path.length - 1] === 'number';
  return isItem && rule.item
    ? { field, badItem: value }
    : { field, text: rule.must };
}

function environmentProblems(
  spec: unknown,
  environments?: readonly string[],
): Problem[] {
  const listed = valueAt(spec, ['scope', 'environments']);
  if (!environments || !Array.isArray(listed)) return [];
  return listed
    .filter(
      item =>
        typeof item === 'string' && item !== '' && !environments.includes(item),
    )
    .map(item => ({ field: 'scope.environments', badItem: item }));
}

const show = (value: unknown) =>
  typeof value === 'string'
    ? `'${value}'`
    : JSON.stringify(value) ?? String(value);

type FieldProblems = { texts: Set<string>; badItems: Set<string> };

function groupByField(problems: Problem[]): Map<string, FieldProblems> {
  const byField = new Map<string, FieldProblems>();
  for (const { field, text, badItem } of problems) {
    const entry = byField.get(field) ?? {
      texts: new Set(),
      badItems: new Set(),
    };
    if (text !== undefined) entry.texts.add(text);
    else entry.badItems.add(show(badItem));
    byField.set(field, entry);
  }
  return byField;
}

function fieldOrder(field: string): number {
  const index = FIELD_ORDER.indexOf(field);
  return index >= 0 ? index : FIELD_ORDER.length;
}

function toLine(
  field: string,
  { texts, badItems }: FieldProblems,
  rules: Record<string, FieldRule>,
): string {
  const parts = [...texts];
  if (badItems.size > 0) {
    const verb = badItems.size === 1 ? 'is not' : 'are not';
    parts.push(`${[...badItems].join(', ')} ${verb} ${rules[field].item}`);
  }
  const path = field ? `spec.${field}` : 'spec';
  return `${path}: ${parts.join('; ')}`;
}

/** Joins the problems of each field into one line, in field order. */
function toLines(
  problems: Problem[],
  rules: Record<string, FieldRule>,
): string[] {
  return [...groupByField(problems).entries()]
    .sort(([a], [b]) => fieldOrder(a) - fieldOrder(b))
    .map(([field, found]) => toLine(field, found, rules));
}

function timingIssues(spec: unknown): z.ZodIssue[] {
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec))
    return [];
  const result = z.any().superRefine(checkTiming).safeParse(spec);
  return result.success ? [] : result.error.issues;
}

/**
 * Options of {@link describeChangeWindowProblems}.
 *
 * @public
 */
export type DescribeChangeWindowProblemsOptions = {
  /**
   * The configured environments (`releases.environments`); when given, `scope.environments`
   * must name only these.
   */
  environments?: readonly string[];
};

/**
 * Explains why a value is not a valid ChangeWindow spec, one line per failing field, each
 * naming the field's path and what it accepts, for example
 * `spec.type: must be one of blackout, maintenance` or
 * `spec.scope.criticalities: 'urgent' is not one of low, medium, high, critical`.
 * Missing fields say so: `spec.owner: is required and must be a non-empty entity reference, ...`.
 * Problems of the window as a whole (neither or both of the one-off and recurring forms) are
 * reported on `spec`.
 *
 * @param spec - The `spec` of a candidate ChangeWindow entity, of any shape.
 * @param options - Optionally the configured environments, to check `scope.environments`.
 * @returns The problems, in field order; empty when the spec is valid.
 * @public
 */
export function describeChangeWindowProblems(
  spec: unknown,
  options: DescribeChangeWindowProblemsOptions = {},
): string[] {
  const rules = fieldRules(options.environments);
  const result = changeWindowSpecSchema.safeParse(spec);
  // A field of the wrong type stops zod before the whole-window checks: run them anyway.
  const issues = [
    ...(result.success ? [] : result.error.issues),
    ...timingIssues(spec),
  ];
  const problems = [
    ...issues.map(issue => toProblem(issue, spec, rules)),
    ...environmentProblems(spec, options.environments),
  ];
  return toLines(problems, rules);
}

/**
 * Whether an entity is a well-formed ChangeWindow.
 *
 * @public
 */
export function isChangeWindowEntity(
  entity: Entity,
): entity is ChangeWindowEntity {
  return (
    entity.apiVersion === CHANGE_WINDOW_API_VERSION &&
    entity.kind === CHANGE_WINDOW_KIND &&
    changeWindowSpecSchema.safeParse(entity.spec).success
  );
}
