import { KpiFigures } from '@stagegate/plugin-releases-common';

/**
 * The name and short definition of one KPI figure, as the view shows them.
 *
 * @internal
 */
export interface KpiDefinition {
  label: string;
  /** One sentence; the API's description of the figure says it in full. */
  definition: string;
  /** Whether the figure is a percentage. */
  percent?: boolean;
}

/**
 * Every KPI figure's name and definition, in the order the API and the CSV list them.
 *
 * @internal
 */
export const KPI_DEFINITIONS: Record<keyof KpiFigures, KpiDefinition> = {
  implemented: {
    label: 'Implemented',
    definition:
      'Releases whose production deployment ended in the period and that reached production.',
  },
  late: {
    label: 'Late',
    definition:
      'Implemented releases whose production deployment ended after its planned slot.',
  },
  failed: {
    label: 'Failed',
    definition:
      'Releases that failed, or whose production slot failed, in the period.',
  },
  urgent: {
    label: 'Urgent (emergency)',
    definition: 'Implemented releases of the emergency category.',
  },
  withoutRfc: {
    label: 'Without RFC',
    definition: 'Implemented releases with no request for change recorded.',
  },
  unauthorizedImplementations: {
    label: 'Bypassing change management',
    definition:
      'Reported deployments in the period that no approved release covered.',
  },
  withoutAdequateTesting: {
    label: 'Without adequate testing',
    definition:
      'Implemented releases with no test results before deployment, or whose latest results failed.',
  },
  withoutPir: {
    label: 'Without PIR',
    definition:
      'Implemented releases whose post-implementation review is due but not recorded.',
  },
  incidentsCaused: {
    label: 'Incidents caused',
    definition: 'Incidents recorded against releases in the period.',
  },
  majorReleases: {
    label: 'Major releases',
    definition: 'Implemented releases of unit type full or package.',
  },
  minorReleases: {
    label: 'Minor releases',
    definition: 'Implemented releases of unit type delta.',
  },
  backedOut: {
    label: 'Backed out',
    definition: 'Implemented releases that were backed out.',
  },
  backoutPercent: {
    label: 'Backout %',
    definition: 'Backed-out releases as a share of the implemented ones.',
    percent: true,
  },
  failedBackouts: {
    label: 'Failed backouts',
    definition: 'Backed-out releases whose backout failed.',
  },
  failedBackoutPercent: {
    label: 'Failed backout %',
    definition: 'Failed backouts as a share of the backed-out releases.',
    percent: true,
  },
  conflictsCaughtBeforeCab: {
    label: 'Conflicts caught before CAB',
    definition:
      'Scheduling conflicts first found on releases before their approval, in the period.',
  },
};

/**
 * A figure as the view shows it: percentages with one decimal and a percent sign.
 *
 * @internal
 */
export function formatFigure(name: keyof KpiFigures, value: number): string {
  return KPI_DEFINITIONS[name].percent
    ? `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })} %`
    : value.toLocaleString('en-US');
}
