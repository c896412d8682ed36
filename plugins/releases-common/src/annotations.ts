/**
 * Prefix of every annotation and of the API version of the kinds Stagegate defines.
 *
 * @public
 */
export const STAGEGATE_PREFIX = 'stagegate.dev';

/**
 * Annotation holding a CI's id in an external CMDB; the entity ref stands in when absent.
 *
 * @public
 */
export const ANNOTATION_CI_ID = `${STAGEGATE_PREFIX}/ci-id`;

/**
 * Annotation holding a CI's class (application, service, database, ...).
 *
 * @public
 */
export const ANNOTATION_CI_CLASS = `${STAGEGATE_PREFIX}/ci-class`;

/**
 * Annotation holding a CI's criticality (low, medium, high, critical).
 *
 * @public
 */
export const ANNOTATION_CRITICALITY = `${STAGEGATE_PREFIX}/criticality`;

/**
 * Annotation listing, comma-separated, the environments a CI is deployed to.
 *
 * @public
 */
export const ANNOTATION_ENVIRONMENTS = `${STAGEGATE_PREFIX}/environments`;

/**
 * Annotation of a System listing, comma-separated, the distribution lists
 * (`releases.notifications.distributionLists`) that get the notifications of every release
 * of its CIs.
 *
 * @public
 */
export const ANNOTATION_DISTRIBUTION_LISTS = `${STAGEGATE_PREFIX}/distribution-lists`;

/**
 * API version of the `ChangeWindow` kind.
 *
 * @public
 */
export const CHANGE_WINDOW_API_VERSION = `${STAGEGATE_PREFIX}/v1alpha1`;

/**
 * The kind under which change windows are registered in the catalog.
 *
 * @public
 */
export const CHANGE_WINDOW_KIND = 'ChangeWindow';
