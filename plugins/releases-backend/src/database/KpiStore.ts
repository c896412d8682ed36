import { PermissionCriteria } from '@backstage/plugin-permission-common';
import {
  KpiFigures,
  KpiPeriod,
  ReleaseCategory,
  TimeToImplement,
} from '@stagegate/plugin-releases-common';
import { ReleaseFilter } from '../permissions';

/**
 * The figures the database counts; the percentages follow from them.
 *
 * @internal
 */
export type KpiCounts = Omit<
  KpiFigures,
  'backoutPercent' | 'failedBackoutPercent'
>;

/**
 * What a KPI report counts: which releases, and which deployments.
 *
 * @internal
 */
export type KpiScope = {
  /** The production environment: implementation means reaching it. */
  production: string;
  /** Only releases with one of these CIs (a system filter), when given. */
  releaseEntityRefs?: readonly string[];
  /** Only deployments of these CIs, when given; `[]` counts none. */
  deploymentEntityRefs?: readonly string[];
  owner?: string;
  category?: ReleaseCategory;
  /** The reader's read access, as conditions on releases; absent when they may read all. */
  permitted?: PermissionCriteria<ReleaseFilter>;
  /** A release implemented before this instant is due its PIR. */
  pirDueBefore: string;
};

/**
 * Counts the KPIs in the database.
 *
 * @internal
 */
export interface KpiStore {
  /**
   * The counts of each bucket. The buckets must not overlap; each event is counted in the
   * bucket its time falls into, and events outside every bucket are not counted.
   */
  countPerBucket(
    buckets: readonly KpiPeriod[],
    scope: KpiScope,
  ): Promise<KpiCounts[]>;
  /** Time to implement of the releases implemented in the period, by unit type and category. */
  timeToImplement(
    period: KpiPeriod,
    scope: KpiScope,
  ): Promise<TimeToImplement[]>;
}
