import {
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import {
  RESOURCE_TYPE_RELEASE,
  Release,
} from '@stagegate/plugin-releases-common';
import type {
  StandardJSONSchemaV1,
  StandardSchemaV1,
} from '@standard-schema/spec';
import { z } from 'zod';

/**
 * A release as permission rules see it: the release, and the owners its CIs had in the
 * catalog when the release last changed.
 *
 * @internal
 */
export type ReleaseResource = {
  release: Release;
  entityOwners: string[];
};

/**
 * A condition of a permission rule in the form the store turns into SQL.
 *
 * @internal
 */
export type ReleaseFilter =
  | { key: 'entityOwner'; values: string[] }
  | { key: 'releaseOwner'; values: string[] };

/**
 * The release resource of the permission framework.
 *
 * @internal
 */
export const releasePermissionResourceRef = createPermissionResourceRef<
  ReleaseResource,
  ReleaseFilter
>().with({ pluginId: 'releases', resourceType: RESOURCE_TYPE_RELEASE });

type ClaimsParams = { claims: string[] };

const CLAIMS_DESCRIPTION =
  'Entity refs of the user and their groups (the ownership claims of the user)';

const claimsZodSchema = z.object({
  claims: z.array(z.string()).describe(CLAIMS_DESCRIPTION),
});

const CLAIMS_JSON_SCHEMA = {
  type: 'object',
  properties: {
    claims: {
      type: 'array',
      items: { type: 'string' },
      description: CLAIMS_DESCRIPTION,
    },
  },
  required: ['claims'],
  additionalProperties: false,
};

/**
 * The rules' parameters as the permission framework wants them: a Standard Schema that can
 * also describe itself as JSON Schema. Our zod 3 validates (it implements Standard Schema);
 * the JSON Schema, which zod 3 cannot produce, is written out beside it.
 */
const claimsSchema: StandardSchemaV1<ClaimsParams> &
  StandardJSONSchemaV1<ClaimsParams> = {
  '~standard': {
    ...(claimsZodSchema['~standard'] as StandardSchemaV1.Props<ClaimsParams>),
    jsonSchema: {
      input: () => CLAIMS_JSON_SCHEMA,
      output: () => CLAIMS_JSON_SCHEMA,
    },
  },
};

/**
 * Matches releases of which one of the CIs is owned by one of the claims, for a policy such
 * as "service owners may change releases of their own components".
 *
 * @internal
 */
export const isEntityOwner = createPermissionRule({
  name: 'IS_ENTITY_OWNER',
  description:
    "Allow releases of which a CI is owned by the user or one of the user's groups",
  resourceRef: releasePermissionResourceRef,
  paramsSchema: claimsSchema,
  apply: (resource, { claims }) =>
    resource.entityOwners.some(owner => claims.includes(owner)),
  toQuery: ({ claims }) => ({ key: 'entityOwner', values: claims }),
});

/**
 * Matches releases whose release owner or creator is one of the claims.
 *
 * @internal
 */
export const isReleaseOwner = createPermissionRule({
  name: 'IS_RELEASE_OWNER',
  description: 'Allow releases that the user (or one of their groups) owns',
  resourceRef: releasePermissionResourceRef,
  paramsSchema: claimsSchema,
  apply: ({ release }, { claims }) =>
    claims.includes(release.createdBy) ||
    (release.owner !== undefined && claims.includes(release.owner)),
  toQuery: ({ claims }) => ({ key: 'releaseOwner', values: claims }),
});

/**
 * Every permission rule of releases.
 *
 * @internal
 */
export const releasePermissionRules = [isEntityOwner, isReleaseOwner];
