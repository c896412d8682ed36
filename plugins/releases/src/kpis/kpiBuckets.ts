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
 * How a bucket is named: by the date its week (from Monday) or month starts in the zone the
 * report was counted in.
 *
 * @internal
 */
export function bucketLabel(
  bucket: KpiBucket,
  bucketing: KpiBucketing,
  zone: string,
): string {
  const start = DateTime.fromISO(bucket.start, { zone });
  return bucketing === 'month'
    ? start.toFormat('LLL yyyy')
    : `Week of ${start.toFormat('d LLL yyyy')}`;
}

/**
 * The rows of the weekly or monthly figures of a report counted in `zone`.
 *
 * @internal
 */
export function bucketRows(
  buckets: KpiBucket[],
  bucketing: KpiBucketing,
  zone: string,
): KpiBucketRow[] {
  return buckets.map(bucket => ({
    ...bucket.figures,
    label: bucketLabel(bucket, bucketing, zone),
    start: bucket.start,
  }));
}
