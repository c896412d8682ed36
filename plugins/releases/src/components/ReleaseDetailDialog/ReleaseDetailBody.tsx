import { StructuredMetadataTable } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Link from '@material-ui/core/Link';
import {
  HistoryEntry,
  MAIN_LINE_STATUSES,
  httpHref,
  Release,
  ReleaseStatus,
} from '@stagegate/plugin-releases-common';
import {
  APPROVAL_GATE_LABELS,
  categoryLabel,
  formatInstant,
  shortRef,
  unitTypeLabel,
} from '../../utils';
import { ReleaseStageStepper } from '../ReleaseStageStepper';
import { ReleaseConflictList } from '../ReleaseConflictList';
import { ReleaseChips, SlotList } from '../ReleaseSummary';
import { DetailSection, DocumentText } from './DetailSection';
import { DetailTable } from './DetailTable';
import { HistoryTimeline } from './HistoryTimeline';

/**
 * Where a release in a side state left the main line, from the history entry that moved it
 * there.
 *
 * @internal
 */
export function stoppedAtFromHistory(
  release: Release,
  history: HistoryEntry[],
): ReleaseStatus | undefined {
  const entry = [...history]
    .reverse()
    .find(e => e.to === release.status && e.from);
  return entry?.from && MAIN_LINE_STATUSES.includes(entry.from)
    ? entry.from
    : undefined;
}

function Rfc(props: { release: Release }) {
  const { rfc } = props.release;
  if (!rfc) return <>none</>;
  const href = httpHref(rfc.url);
  if (!href) return <>{rfc.id}</>;
  return (
    <Link href={href} target="_blank" rel="noopener">
      {rfc.id}
    </Link>
  );
}

function Overview(props: { release: Release }) {
  const { release } = props;
  const metadata = {
    Key: release.key,
    Version: release.version ?? 'not set',
    'Unit type': unitTypeLabel(release.unitType),
    Category: categoryLabel(release.category),
    Owner: release.owner ? (
      <EntityRefLink entityRef={release.owner} defaultKind="group" />
    ) : (
      'not set'
    ),
    RFC: <Rfc release={release} />,
    CIs: (
      <Box component="span" display="inline-flex" flexDirection="column">
        {release.entityRefs.map(ref => (
          <EntityRefLink key={ref} entityRef={ref} />
        ))}
      </Box>
    ),
    'Created by': `${shortRef(release.createdBy)}, ${formatInstant(
      release.createdAt,
    )}`,
  };
  return (
    <StructuredMetadataTable
      metadata={metadata}
      options={{ titleFormat: key => key }}
    />
  );
}

/**
 * Everything about one release: its stage, description, slots (planned and actual),
 * contents (VDD), test plan and results, backout plan, acceptance criteria, known errors,
 * approvals, PIR, and the history timeline.
 *
 * @internal
 */
export function ReleaseDetailBody(props: {
  release: Release;
  history: HistoryEntry[];
}) {
  const { release, history } = props;
  return (
    <>
      <ReleaseChips release={release} />
      <ReleaseStageStepper
        status={release.status}
        heldFrom={release.heldFrom}
        stoppedAt={stoppedAtFromHistory(release, history)}
      />
      <Overview release={release} />
      <DetailSection title="Description">
        <DocumentText text={release.description} empty="No description." />
      </DetailSection>
      <DetailSection title="Slots">
        <SlotList schedule={release.schedule} actual />
      </DetailSection>
      <DetailSection title="Scheduling conflicts">
        {release.conflicts?.length ? (
          <ReleaseConflictList release={release} />
        ) : (
          <DocumentText empty="No scheduling conflicts." />
        )}
        {(release.conflictOverrides ?? []).length > 0 && (
          <DetailTable
            caption="Conflict overrides"
            headers={['Who', 'When', 'Conflicts', 'Reason']}
            rows={release.conflictOverrides ?? []}
            row={override => [
              shortRef(override.by),
              formatInstant(override.at),
              String(override.conflictIds.length),
              override.reason,
            ]}
            empty=""
          />
        )}
      </DetailSection>
      <DetailSection title="Contents (VDD)">
        <DetailTable
          caption="Contents"
          headers={['Name', 'Version', 'Kind', 'Checksum']}
          rows={release.contents ?? []}
          row={item => [
            item.name,
            item.version,
            item.kind,
            item.checksum ?? '—',
          ]}
          empty="No contents listed yet."
        />
      </DetailSection>
      <DetailSection title="Test plan and results">
        <DocumentText text={release.testPlan} empty="No test plan yet." />
        <Box marginTop={1}>
          <DetailTable
            caption="Test results"
            headers={['Test', 'Environment', 'Result', 'Recorded by', 'When']}
            rows={release.testResults ?? []}
            row={result => [
              result.name,
              result.environment ?? 'pre-production',
              result.passed ? 'passed' : 'failed',
              shortRef(result.recordedBy),
              formatInstant(result.recordedAt),
            ]}
            empty="No test results recorded yet."
          />
        </Box>
      </DetailSection>
      <DetailSection title="Backout plan">
        <DocumentText
          text={release.backoutPlan?.steps}
          empty="No backout plan yet."
        />
        {release.backoutPlan && (
          <DocumentText
            text={
              release.backoutPlan.tested
                ? 'The backout plan was tested.'
                : 'The backout plan was not tested.'
            }
            empty=""
          />
        )}
      </DetailSection>
      <DetailSection title="Acceptance criteria">
        <DocumentText
          text={release.acceptanceCriteria}
          empty="No acceptance criteria yet."
        />
      </DetailSection>
      <DetailSection title="Known errors">
        <DocumentText text={release.knownErrors} empty="No known errors." />
      </DetailSection>
      <DetailSection title="Approvals">
        <DetailTable
          caption="Approvals"
          headers={['Gate', 'Decision', 'Who', 'When', 'Comment']}
          rows={release.approvals ?? []}
          row={approval => [
            APPROVAL_GATE_LABELS[approval.gate] ?? approval.gate,
            approval.decision === 'approve' ? 'approved' : 'rejected',
            shortRef(approval.by),
            formatInstant(approval.at),
            approval.comment ?? '',
          ]}
          empty="No decisions recorded yet."
        />
      </DetailSection>
      <DetailSection title="Post-implementation review">
        {release.pirOutcome ? (
          <>
            <DocumentText
              text={`Outcome: ${release.pirOutcome.outcome}`}
              empty=""
            />
            <DocumentText text={release.pirOutcome.notes} empty="" />
          </>
        ) : (
          <DocumentText empty="No review recorded yet." />
        )}
      </DetailSection>
      <DetailSection title="History">
        <HistoryTimeline entries={history} />
      </DetailSection>
    </>
  );
}
