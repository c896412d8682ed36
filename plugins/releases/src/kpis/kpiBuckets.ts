import { KpiBucket, KpiFigures } from '@stagegate/plugin-releases-common';
import { DateTime } from 'luxon';
import { KpiBucketing } from './kpiSearch';

/**
 * One week or month of figures, as a chart or table row: its label and its figures.
 *
 * @internal
 */
export type KpiBucketRow = KpiFigures & { label: string; start: string };

/**
 * How a bucket is named. Buckets are UTC weeks (from Monday) and months, so they are named
 * by their UTC dates whatever zone the page shows.
 *
 * @internal
 */
export function bucketLabel(
  bucket: KpiBucket,
  bucketing: KpiBucketing,
): string {
  const start = DateTime.fromISO(bucket.start, { zone: 'utc' });
  return bucketing === 'month'
    ? start.toFormat('LLL yyyy')
    : `Week of ${start.toFormat('d LLL yyyy')}`;
}

/**
 * The rows of the weekly or monthly figures of a report.
 *
 * @internal
 */
export function bucketRows(
  buckets: KpiBucket[],
  bucketing: KpiBucketing,
): KpiBucketRow[] {
  return buckets.map(bucket => ({
    ...bucket.figures,
    label: bucketLabel(bucket, bucketing),
    start: bucket.start,
  }));
}
