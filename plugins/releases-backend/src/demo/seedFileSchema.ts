import {
  APPROVAL_DECISIONS,
  APPROVAL_GATES,
  PIR_OUTCOMES,
  RELEASE_CATEGORIES,
  RELEASE_STATUSES,
  RELEASE_UNIT_TYPES,
  backoutPlanSchema,
  contentItemSchema,
  entityRefSchema,
  rfcSchema,
  scheduleSlotSchema,
  toEntityRef,
} from '@stagegate/plugin-releases-common';
import { IANAZone } from 'luxon';
import { z } from 'zod';

// The schema of the demo releases file (examples/releases.yaml); its header documents the
// format for people. Field names follow the release's own where they mean the same.

const zoneSchema = z.string().refine(zone => IANAZone.isValidZone(zone), {
  message: 'Give an IANA time zone, such as Europe/London',
});

const timeFields = {
  day: z.number().int('The day must be a whole number').optional(),
  at: z
    .string()
    .regex(
      /^([01]\d|2[0-3]):[0-5]\d$/,
      'Give a local time as HH:mm, such as "22:00"',
    )
    .optional(),
  zone: zoneSchema.optional(),
  minutes: z.number().int('The minutes must be a whole number').optional(),
};

type TimeFields = {
  day?: number;
  at?: string;
  zone?: string;
  minutes?: number;
};

function checkTime(time: TimeFields, ctx: z.RefinementCtx) {
  if ((time.day === undefined) === (time.minutes === undefined)) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['day'],
      message:
        'Give either day (with at) or minutes from the seeding moment, not both',
    });
  } else if (
    time.minutes !== undefined &&
    (time.at !== undefined || time.zone !== undefined)
  ) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['minutes'],
      message: 'minutes counts from the seeding moment; leave out at and zone',
    });
  }
}

/** A person or team: `oscar.owner` is `user:default/oscar.owner`. */
const personSchema = z.string().transform((value, ctx) => {
  const ref = toEntityRef(value.trim(), 'user');
  if (ref) return ref;
  ctx.addIssue({
    code: z.ZodIssueCode.custom,
    message: `'${value}' is not a user or group, such as oscar.owner or group:payments-team`,
  });
  return z.NEVER;
});

const timeSchema = z.object(timeFields).strict().superRefine(checkTime);

const slotSchema = z
  .object({
    ...timeFields,
    environment: z.string().min(1),
    hours: z.number().positive('A slot lasts a positive number of hours'),
    status: scheduleSlotSchema.shape.status,
    /** The deployment happened: as planned (`true`), or late and for how long. */
    actual: z
      .union([
        z.literal(true),
        z
          .object({
            lateMinutes: z.number().int().optional(),
            hours: z.number().positive().optional(),
          })
          .strict(),
      ])
      .optional(),
  })
  .strict()
  .superRefine(checkTime)
  .superRefine((slot, ctx) => {
    if ((slot.status === 'planned') !== (slot.actual === undefined)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['actual'],
        message:
          slot.status === 'planned'
            ? 'A planned slot has no actual times yet; remove actual or give the status it ended in'
            : `A slot that is ${slot.status} happened: say so with actual: true (or its lateness and hours)`,
      });
    }
  });

const testResultSchema = z
  .object({
    ...timeFields,
    name: z.string().min(1),
    environment: z.string().min(1).optional(),
    passed: z.boolean(),
    by: personSchema.optional(),
  })
  .strict()
  .superRefine(checkTime);

const approvalSchema = z
  .object({
    ...timeFields,
    gate: z.enum(APPROVAL_GATES),
    decision: z.enum(APPROVAL_DECISIONS),
    by: personSchema,
    comment: z.string().min(1).optional(),
  })
  .strict()
  .superRefine(checkTime);

const stepSchema = z
  .object({
    ...timeFields,
    to: z.enum(RELEASE_STATUSES),
    by: personSchema.optional(),
    reason: z.string().min(1).optional(),
  })
  .strict()
  .superRefine(checkTime);

const pirSchema = z
  .object({
    ...timeFields,
    outcome: z.enum(PIR_OUTCOMES),
    notes: z.string().min(1),
    by: personSchema.optional(),
  })
  .strict()
  .superRefine(checkTime);

/**
 * One release of the demo file: the release as it was planned, and what happened to it
 * afterwards (deployments, test results, gate decisions, status steps, PIR), each at its
 * relative time.
 *
 * @internal
 */
export const seedReleaseSchema = z
  .object({
    /** A name local to the file, for `parent` references and error messages. */
    name: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9-]*$/,
        'Use lower-case letters, digits and dashes, such as payments-api-3-8',
      ),
    title: z.string().min(1),
    description: z.string().default(''),
    unitType: z.enum(RELEASE_UNIT_TYPES),
    category: z.enum(RELEASE_CATEGORIES),
    /** Where the steps end; checked, so the file says at a glance what it shows. */
    status: z.enum(RELEASE_STATUSES),
    version: z.string().min(1).optional(),
    entityRefs: z.array(entityRefSchema()).min(1),
    /** The `name` of the package this delta release belongs to. */
    parent: z.string().min(1).optional(),
    owner: personSchema,
    /** Who planned it; the owner when absent. */
    createdBy: personSchema.optional(),
    created: timeSchema,
    rfc: rfcSchema.optional(),
    schedule: z.array(slotSchema).default([]),
    contents: z.array(contentItemSchema).optional(),
    testPlan: z.string().min(1).optional(),
    backoutPlan: backoutPlanSchema.optional(),
    acceptanceCriteria: z.string().min(1).optional(),
    knownErrors: z.string().min(1).optional(),
    testResults: z.array(testResultSchema).default([]),
    approvals: z.array(approvalSchema).default([]),
    /** The status moves after planning, in order. */
    steps: z.array(stepSchema).default([]),
    pir: pirSchema.optional(),
  })
  .strict();

/**
 * The demo releases file.
 *
 * @internal
 */
export const seedFileSchema = z
  .object({
    /** The zone of times that name none, and whose calendar starts the week. */
    zone: zoneSchema.default('Europe/London'),
    /** Catalog files, relative to this one: where CIs, their owners and people come from. */
    catalog: z.array(z.string().min(1)).default([]),
    releases: z.array(seedReleaseSchema).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const names = new Set<string>();
    file.releases.forEach((release, index) => {
      if (names.has(release.name)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['releases', index, 'name'],
          message: `Another release is already called ${release.name}`,
        });
      }
      names.add(release.name);
    });
    file.releases.forEach((release, index) => {
      if (release.parent && !names.has(release.parent)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['releases', index, 'parent'],
          message: `No release in the file is called ${release.parent}`,
        });
      }
    });
  });

/**
 * The demo releases file, as parsed.
 *
 * @internal
 */
export type SeedFile = z.output<typeof seedFileSchema>;

/**
 * One release of the demo file, as parsed.
 *
 * @internal
 */
export type SeedRelease = z.output<typeof seedReleaseSchema>;

/**
 * A status step of a demo release, as parsed.
 *
 * @internal
 */
export type SeedStep = SeedRelease['steps'][number];

/**
 * A planned slot of a demo release, as parsed.
 *
 * @internal
 */
export type SeedSlot = SeedRelease['schedule'][number];
