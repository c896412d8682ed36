import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  KpiFigures,
  KpiPeriod,
  KpiQuery,
  KpiReport,
  ciListQuerySchema,
  instantBefore,
  kpiBuckets,
  kpiPercent,
  kpiPeriod,
  productionEnvironment,
} from '@stagegate/plugin-releases-common';
import { pickBy } from 'lodash';
import { KpiCounts, KpiScope, KpiStore } from '../database/KpiStore';
import { ciMatcher } from './ciFilters';
import { CiSnapshotCache } from './CiSnapshotCache';
import { ReleaseService } from './ReleaseService';

/**
 * The process KPIs of a period, per week and month, counted in the database over the
 * releases the caller may read and the filters they chose.
 *
 * @internal
 */
export class KpiService {
  constructor(
    private readonly deps: {
      store: KpiStore;
      releases: ReleaseService;
      snapshots: CiSnapshotCache;
      environments: readonly string[];
      /** How long after deployment the PIR is due (`releases.prompts.pirDueAfter`). */
      pirDueAfter: string;
      now?: () => Date;
    },
  ) {}

  /** The period a query covers, its missing ends filled in; still to be checked. */
  periodOf(query: Pick<KpiQuery, 'from' | 'to'>): { from: string; to: string } {
    return kpiPeriod(query, this.now());
  }

  /** The report of a checked period. */
  async report(
    query: KpiQuery,
    period: { from: string; to: string },
    { credentials }: { credentials: BackstageCredentials },
  ): Promise<KpiReport> {
    const access = await this.deps.releases.readAccess(credentials);
    const scope = await this.scopeOf(
      query,
      this.deps.releases.permittedBy(access),
    );
    const whole: KpiPeriod = { start: period.from, end: period.to };
    const timeZone = query.tz ?? 'UTC';
    const weeks = kpiBuckets(period, 'week', timeZone);
    const months = kpiBuckets(period, 'month', timeZone);
    const [totals, weekly, monthly, timeToImplement] = await Promise.all([
      this.deps.store.countPerBucket([whole], scope),
      this.deps.store.countPerBucket(weeks, scope),
      this.deps.store.countPerBucket(months, scope),
      this.deps.store.timeToImplement(whole, scope),
    ]);
    const bucketsOf = (buckets: KpiPeriod[], counts: KpiCounts[]) =>
      buckets.map((bucket, index) => ({
        ...bucket,
        figures: figuresOf(counts[index]),
      }));
    const { system, owner, category } = query;
    return {
      period,
      filters: pickBy({ system, owner, category }, isDefined),
      timeZone,
      totals: figuresOf(totals[0]),
      weekly: bucketsOf(weeks, weekly),
      monthly: bucketsOf(months, monthly),
      timeToImplement: timeToImplement.map(row => ({
        ...row,
        averageHours: roundHours(row.averageHours),
        bestHours: roundHours(row.bestHours),
        worstHours: roundHours(row.worstHours),
      })),
      generatedAt: this.now().toISOString(),
    };
  }

  private async scopeOf(
    query: KpiQuery,
    permitted: KpiScope['permitted'],
  ): Promise<KpiScope> {
    const scope: KpiScope = {
      production: productionEnvironment(this.deps.environments),
      owner: query.owner,
      category: query.category,
      permitted,
      pirDueBefore: instantBefore(this.now(), this.deps.pirDueAfter),
    };
    if (query.system) {
      scope.releaseEntityRefs = await this.cisOf({ system: query.system });
    }
    // A deployment no release covered has no release owner or category: its CI's catalog
    // owner stands in for the owner, and with a category filter none is counted.
    if (query.category) {
      scope.deploymentEntityRefs = [];
    } else if (query.system || query.owner) {
      scope.deploymentEntityRefs = await this.cisOf({
        system: query.system,
        owner: query.owner,
      });
    }
    return scope;
  }

  /** The entity refs of the catalog's CIs of a system and/or owner, as the calendar filters. */
  private async cisOf(filter: {
    system?: string;
    owner?: string;
  }): Promise<string[]> {
    const snapshot = await this.deps.snapshots.get();
    const matches = ciMatcher(ciListQuerySchema.parse(filter));
    return snapshot.cis.filter(matches).map(ci => ci.entityRef);
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}

function figuresOf(counts: KpiCounts): KpiFigures {
  return {
    ...counts,
    backoutPercent: kpiPercent(counts.backedOut, counts.implemented),
    failedBackoutPercent: kpiPercent(counts.failedBackouts, counts.backedOut),
  };
}

function roundHours(hours: number | null): number | null {
  return hours === null ? null : Math.round(hours * 10) / 10;
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
