import {
  EmptyState,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { Release, releaseStatusLabel } from '@stagegate/plugin-releases-common';
import { ReleaseListState } from '../../hooks';
import {
  categoryLabel,
  formatSlot,
  unitTypeLabel,
  viewerZone,
} from '../../utils';
import { actualText } from '../ReleaseSummary';

const TITLE = 'Release history';

/**
 * Whether a release was backed out, as a whole or in one of its slots.
 *
 * @internal
 */
export function wasBackedOut(release: Release): boolean {
  return (
    release.status === 'backed_out' ||
    release.schedule.some(slot => slot.status === 'backed_out')
  );
}

const firstStart = (release: Release) =>
  release.schedule.reduce<string | undefined>(
    (earliest, slot) =>
      earliest === undefined || slot.start < earliest ? slot.start : earliest,
    undefined,
  ) ?? '';

const compareText = (a: string, b: string) =>
  a.localeCompare(b, undefined, { numeric: true });

function columns(onOpen: (release: Release) => void): TableColumn<Release>[] {
  return [
    {
      title: 'Release',
      field: 'key',
      customSort: (a, b) => compareText(a.key, b.key),
      render: release => (
        <Link
          component="button"
          onClick={() => onOpen(release)}
          style={{ textAlign: 'left' }}
        >
          {`${release.key} ${release.title}`}
        </Link>
      ),
    },
    {
      title: 'Version',
      field: 'version',
      customSort: (a, b) => compareText(a.version ?? '', b.version ?? ''),
    },
    {
      title: 'Type',
      field: 'unitType',
      render: release => unitTypeLabel(release.unitType),
    },
    {
      title: 'Category',
      field: 'category',
      render: release => categoryLabel(release.category),
    },
    {
      title: 'Outcome',
      field: 'status',
      render: release => releaseStatusLabel(release.status),
    },
    // material-table sorts only columns with a field; customSort decides the order.
    {
      title: 'Planned vs actual',
      field: 'schedule',
      customSort: (a, b) => compareText(firstStart(a), firstStart(b)),
      render: release =>
        release.schedule.length === 0
          ? 'Not scheduled'
          : release.schedule.map(slot => (
              <Box key={slot.environment} marginBottom={0.5}>
                <Typography variant="body2">{formatSlot(slot)}</Typography>
                <Typography variant="body2" color="textSecondary">
                  {actualText(slot)}
                </Typography>
              </Box>
            )),
    },
    {
      title: 'Backout',
      field: 'backout',
      customSort: (a, b) => Number(wasBackedOut(a)) - Number(wasBackedOut(b)),
      render: release => (wasBackedOut(release) ? 'yes' : 'no'),
    },
    {
      title: 'PIR',
      field: 'pirOutcome',
      customSort: (a, b) =>
        compareText(a.pirOutcome?.outcome ?? '', b.pirOutcome?.outcome ?? ''),
      render: release => release.pirOutcome?.outcome ?? 'none',
    },
  ];
}

/**
 * Props of {@link ReleaseHistoryTable}.
 *
 * @internal
 */
export interface ReleaseHistoryTableProps {
  list: ReleaseListState;
  /** How to name the entity in the empty state. */
  entityName: string;
  onOpen(release: Release): void;
}

/**
 * The finished releases of an entity: version, type, category, outcome, planned against
 * actual per environment (in the viewer's zone), backout and PIR. Sortable, paged over the
 * loaded releases, with a button that loads more.
 *
 * @internal
 */
export function ReleaseHistoryTable(props: ReleaseHistoryTableProps) {
  const { list, entityName, onOpen } = props;
  if (list.error) {
    return (
      <ResponseErrorPanel
        title={`${TITLE}: could not load`}
        error={list.error}
      />
    );
  }
  return (
    <>
      <Table<Release>
        title={TITLE}
        subtitle={`Times in ${viewerZone()}`}
        isLoading={list.loading && list.releases.length === 0}
        columns={columns(onOpen)}
        data={list.releases}
        options={{
          paging: true,
          pageSize: 10,
          pageSizeOptions: [10, 25, 50],
          search: false,
          padding: 'dense',
        }}
        emptyContent={
          <EmptyState
            missing="data"
            title={`${entityName} has no release history yet`}
            description="Deployed, closed, cancelled and backed-out releases show here."
          />
        }
      />
      {list.hasMore && (
        <Box display="flex" justifyContent="center" marginTop={1}>
          <Button
            variant="outlined"
            onClick={list.loadMore}
            disabled={list.loading}
          >
            {list.loading ? 'Loading…' : 'Load more history'}
          </Button>
        </Box>
      )}
    </>
  );
}
