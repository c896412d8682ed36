import {
  emptyKpiFigures,
  KpiPeriod,
  RELEASE_CATEGORIES,
  RELEASE_UNIT_TYPES,
  TimeToImplement,
} from '@stagegate/plugin-releases-common';
import { Knex } from 'knex';
import { omit } from 'lodash';
import { wherePermitted } from './permissionFilter';
import { KpiCounts, KpiScope, KpiStore } from './KpiStore';
import { toDbTimestamp } from './timestamps';

/** Statuses of a release that reached production (and may have left it again). */
const IMPLEMENTED = `('deployed', 'review', 'closed', 'failed', 'backed_out')`;

/** The implemented releases the lifecycle expects a PIR of; failed and backed-out ones end without. */
const EXPECTING_PIR = `('deployed', 'review', 'closed')`;

// The database counts; the percentages are worked out from the counts afterwards.
const ZERO: KpiCounts = omit(emptyKpiFigures(), [
  'backoutPercent',
  'failedBackoutPercent',
]);

/** Per bucket index, some of the counts. */
type BucketCounts = Map<number, Partial<KpiCounts>>;

type CountRow = Record<string, string | number | null>;

/**
 * Counts the KPIs with knex, on SQLite or PostgreSQL. Each query sorts its events into the
 * buckets with one `CASE` and lets the database group and count them, so no release is read
 * into memory.
 *
 * @internal
 */
export class DatabaseKpiStore implements KpiStore {
  constructor(private readonly db: Knex) {}

  async countPerBucket(
    buckets: readonly KpiPeriod[],
    scope: KpiScope,
  ): Promise<KpiCounts[]> {
    if (buckets.length === 0) return [];
    const parts = await Promise.all([
      this.implemented(buckets, scope),
      this.failed(buckets, scope),
      this.unauthorized(buckets, scope),
      this.countOf(buckets, scope, {
        table: 'release_incidents',
        time: 'recorded_at',
        figure: 'incidentsCaused',
      }),
      this.countOf(buckets, scope, {
        table: 'release_conflict_catches',
        time: 'caught_at',
        figure: 'conflictsCaughtBeforeCab',
      }),
    ]);
    return buckets.map((_, index) =>
      Object.assign({ ...ZERO }, ...parts.map(part => part.get(index) ?? {})),
    );
  }

  async timeToImplement(
    period: KpiPeriod,
    scope: KpiScope,
  ): Promise<TimeToImplement[]> {
    const hours = this.hoursBetween(
      'releases.created_at',
      'kpi_prod.actual_end_at',
    );
    const byDimension = async (
      dimension: TimeToImplement['dimension'],
      column: string,
      values: readonly string[],
    ): Promise<TimeToImplement[]> => {
      const query = this.implementedReleases(scope);
      inPeriod(query, 'kpi_prod.actual_end_at', period);
      const rows: CountRow[] = await query
        .select(
          { value: column },
          this.db.raw('COUNT(*) AS count'),
          this.db.raw(`AVG(${hours}) AS average_hours`),
          this.db.raw(`MIN(${hours}) AS best_hours`),
          this.db.raw(`MAX(${hours}) AS worst_hours`),
        )
        .groupBy(column);
      const byValue = new Map(rows.map(row => [String(row.value), row]));
      return values.map(value => {
        const row = byValue.get(value);
        return {
          dimension,
          value,
          count: Number(row?.count ?? 0),
          averageHours: hoursOf(row?.average_hours),
          bestHours: hoursOf(row?.best_hours),
          worstHours: hoursOf(row?.worst_hours),
        };
      });
    };
    return [
      ...(await byDimension(
        'unitType',
        'releases.unit_type',
        RELEASE_UNIT_TYPES,
      )),
      ...(await byDimension(
        'category',
        'releases.category',
        RELEASE_CATEGORIES,
      )),
    ];
  }

  /** The figures about implemented releases, by when their production slot ended. */
  private async implemented(
    buckets: readonly KpiPeriod[],
    scope: KpiScope,
  ): Promise<BucketCounts> {
    const when = 'kpi_prod.actual_end_at';
    const sum = (condition: string, alias: string) =>
      this.db.raw(`SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END) AS ${alias}`);
    const query = this.implementedReleases(scope);
    inPeriod(query, when, spanOf(buckets));
    const rows: CountRow[] = await query
      .select(
        this.bucketOf(when, buckets),
        this.db.raw('COUNT(*) AS implemented'),
        sum('kpi_prod.actual_end_at > kpi_prod.end_at', 'late'),
        sum(`releases.category = 'emergency'`, 'urgent'),
        sum('releases.rfc_id IS NULL', 'without_rfc'),
        sum('releases.tested_before_approval IS NOT TRUE', 'without_testing'),
        this.db.raw(
          `SUM(CASE WHEN releases.pir_outcome IS NULL AND releases.status IN ${EXPECTING_PIR}
             AND (releases.status = 'closed' OR kpi_prod.actual_end_at < ?) THEN 1 ELSE 0 END) AS without_pir`,
          [toDbTimestamp(scope.pirDueBefore)],
        ),
        sum(`releases.unit_type IN ('full', 'package')`, 'major'),
        sum(`releases.unit_type = 'delta'`, 'minor'),
        sum(`releases.status = 'backed_out'`, 'backed_out'),
        sum(
          `releases.status = 'backed_out' AND releases.backout_outcome = 'failed'`,
          'failed_backouts',
        ),
      )
      .groupBy('kpi_bucket');
    return byBucket(rows, row => ({
      implemented: Number(row.implemented),
      late: Number(row.late),
      urgent: Number(row.urgent),
      withoutRfc: Number(row.without_rfc),
      withoutAdequateTesting: Number(row.without_testing),
      withoutPir: Number(row.without_pir),
      majorReleases: Number(row.major),
      minorReleases: Number(row.minor),
      backedOut: Number(row.backed_out),
      failedBackouts: Number(row.failed_backouts),
    }));
  }

  /**
   * Failed releases, by when they failed: a failed production slot at its actual end (or
   * start, or planned start); otherwise the release's move to `failed` in its history (its
   * last update, when the history does not say).
   */
  private async failed(
    buckets: readonly KpiPeriod[],
    scope: KpiScope,
  ): Promise<BucketCounts> {
    const failures = this.releases(scope)
      .leftJoin('release_slots as kpi_prod', join =>
        join
          .on('kpi_prod.release_id', '=', 'releases.id')
          .andOnVal('kpi_prod.environment', '=', scope.production),
      )
      .where(failed =>
        failed
          .where('releases.status', 'failed')
          .orWhere('kpi_prod.status', 'failed'),
      )
      .select(
        'releases.id',
        this.db.raw(
          `CASE WHEN kpi_prod.status = 'failed'
             THEN COALESCE(kpi_prod.actual_end_at, kpi_prod.actual_start_at, kpi_prod.start_at)
             ELSE COALESCE(
               (SELECT MIN(kpi_history.at) FROM release_history kpi_history
                 WHERE kpi_history.release_id = releases.id AND kpi_history.to_status = 'failed'),
               releases.updated_at)
           END AS failed_at`,
        ),
      );
    const when = 'kpi_failed.failed_at';
    const query = this.db.from(failures.as('kpi_failed'));
    inPeriod(query, when, spanOf(buckets));
    const rows: CountRow[] = await query
      .select(this.bucketOf(when, buckets), this.db.raw('COUNT(*) AS n'))
      .groupBy('kpi_bucket');
    return byBucket(rows, row => ({ failed: Number(row.n) }));
  }

  /**
   * Finished (succeeded or failed) production deployments no approved release covered; a
   * `started` report is left out, as the finished one follows it.
   */
  private async unauthorized(
    buckets: readonly KpiPeriod[],
    scope: KpiScope,
  ): Promise<BucketCounts> {
    const when = 'deployments.at';
    const query = this.db('deployments')
      .where('deployments.authorized', false)
      .andWhere('deployments.environment', scope.production)
      .whereIn('deployments.status', ['succeeded', 'failed']);
    if (scope.deploymentEntityRefs) {
      whereInOrNone(
        query,
        'deployments.entity_ref',
        scope.deploymentEntityRefs,
      );
    }
    inPeriod(query, when, spanOf(buckets));
    const rows: CountRow[] = await query
      .select(this.bucketOf(when, buckets), this.db.raw('COUNT(*) AS n'))
      .groupBy('kpi_bucket');
    return byBucket(rows, row => ({
      unauthorizedImplementations: Number(row.n),
    }));
  }

  /** Rows of a table about releases, by one of its times. */
  private async countOf(
    buckets: readonly KpiPeriod[],
    scope: KpiScope,
    what: { table: string; time: string; figure: keyof KpiCounts },
  ): Promise<BucketCounts> {
    const when = `${what.table}.${what.time}`;
    const query = this.releases(scope).join(
      what.table,
      `${what.table}.release_id`,
      'releases.id',
    );
    inPeriod(query, when, spanOf(buckets));
    const rows: CountRow[] = await query
      .select(this.bucketOf(when, buckets), this.db.raw('COUNT(*) AS n'))
      .groupBy('kpi_bucket');
    return byBucket(rows, row => ({ [what.figure]: Number(row.n) }));
  }

  /** Releases that reached production, joined to their production slot as `kpi_prod`. */
  private implementedReleases(scope: KpiScope): Knex.QueryBuilder {
    return this.releases(scope)
      .join('release_slots as kpi_prod', join =>
        join
          .on('kpi_prod.release_id', '=', 'releases.id')
          .andOnVal('kpi_prod.environment', '=', scope.production),
      )
      .whereRaw(`releases.status IN ${IMPLEMENTED}`);
  }

  /** The releases the scope's filters and the reader's access let through. */
  private releases(scope: KpiScope): Knex.QueryBuilder {
    const query = this.db('releases');
    if (scope.releaseEntityRefs) {
      const refs = scope.releaseEntityRefs;
      query.whereExists(sub => {
        sub
          .select(this.db.raw('1'))
          .from('release_entities')
          .whereRaw('release_entities.release_id = releases.id');
        whereInOrNone(sub, 'release_entities.entity_ref', refs);
      });
    }
    if (scope.owner) query.where('releases.owner', scope.owner);
    if (scope.category) query.where('releases.category', scope.category);
    if (scope.permitted) wherePermitted(this.db, query, scope.permitted);
    return query;
  }

  /** `CASE` giving the index of the bucket a time falls into, as `kpi_bucket`. */
  private bucketOf(column: string, buckets: readonly KpiPeriod[]): Knex.Raw {
    const bindings: unknown[] = [];
    const cases = buckets.map((bucket, index) => {
      bindings.push(
        column,
        toDbTimestamp(bucket.start),
        column,
        toDbTimestamp(bucket.end),
      );
      return `WHEN ?? >= ? AND ?? < ? THEN ${index}`;
    });
    return this.db.raw(
      `CASE ${cases.join(' ')} END AS kpi_bucket`,
      bindings as Knex.RawBinding[],
    );
  }

  /** Hours from one timestamp column to another, as SQL. */
  private hoursBetween(from: string, to: string): string {
    // PostgreSQL subtracts timestamps into intervals; SQLite keeps them as epoch milliseconds.
    return this.isPostgres()
      ? `(EXTRACT(EPOCH FROM (${to} - ${from})) / 3600.0)`
      : `((${to} - ${from}) / 3600000.0)`;
  }

  private isPostgres(): boolean {
    const client = this.db.client.config.client;
    return typeof client === 'string' && /^(pg|postgres)/.test(client);
  }
}

function spanOf(buckets: readonly KpiPeriod[]): KpiPeriod {
  return { start: buckets[0].start, end: buckets[buckets.length - 1].end };
}

function inPeriod(query: Knex.QueryBuilder, column: string, period: KpiPeriod) {
  query
    .where(column, '>=', toDbTimestamp(period.start))
    .andWhere(column, '<', toDbTimestamp(period.end));
}

function whereInOrNone(
  query: Knex.QueryBuilder,
  column: string,
  values: readonly string[],
) {
  if (values.length === 0) query.whereRaw('1 = 0');
  else query.whereIn(column, [...values]);
}

function byBucket(
  rows: CountRow[],
  counts: (row: CountRow) => Partial<KpiCounts>,
): BucketCounts {
  const result: BucketCounts = new Map();
  for (const row of rows) {
    if (row.kpi_bucket === null) continue;
    result.set(Number(row.kpi_bucket), counts(row));
  }
  return result;
}

function hoursOf(value: string | number | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}
