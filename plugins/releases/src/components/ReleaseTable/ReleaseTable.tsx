import {
  EmptyState,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Release } from '@stagegate/plugin-releases-common';
import { ReleaseListState } from '../../hooks';
import { formatSlot, viewerZone } from '../../utils';

const columns: TableColumn<Release>[] = [
  { title: 'Key', field: 'key', width: '140px' },
  {
    title: 'Title',
    field: 'title',
    render: release =>
      release.conflicts?.length ? (
        <>
          {release.title}{' '}
          <Typography component="span" variant="body2" color="error">
            {`⚠ ${release.conflicts.length} conflict${
              release.conflicts.length === 1 ? '' : 's'
            }`}
          </Typography>
        </>
      ) : (
        release.title
      ),
  },
  { title: 'Version', field: 'version', width: '100px' },
  { title: 'Type', field: 'unitType', width: '90px' },
  { title: 'Category', field: 'category', width: '120px' },
  { title: 'Status', field: 'status', width: '110px' },
  {
    title: 'Planned slots',
    sorting: false,
    render: release =>
      release.schedule.length === 0
        ? 'Not scheduled'
        : release.schedule.map(slot => (
            <div key={slot.environment}>{formatSlot(slot)}</div>
          )),
  },
];

/**
 * Props of {@link ReleaseTable}.
 *
 * @internal
 */
export interface ReleaseTableProps {
  title: string;
  list: ReleaseListState;
  /** What to say when the list is empty. */
  emptyTitle: string;
  emptyDescription: string;
}

/**
 * A table of releases with their planned slots in the viewer's zone, an honest empty state,
 * and a button that loads the next page.
 *
 * @internal
 */
export function ReleaseTable(props: ReleaseTableProps) {
  const { title, list, emptyTitle, emptyDescription } = props;
  if (list.error) {
    return (
      <ResponseErrorPanel
        title={`${title}: could not load`}
        error={list.error}
      />
    );
  }
  return (
    <>
      <Table<Release>
        title={title}
        subtitle={`Times in ${viewerZone()}`}
        isLoading={list.loading && list.releases.length === 0}
        columns={columns}
        data={list.releases}
        options={{ paging: false, search: false, padding: 'dense' }}
        emptyContent={
          <EmptyState
            missing="data"
            title={emptyTitle}
            description={emptyDescription}
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
            {list.loading ? 'Loading…' : 'Load more'}
          </Button>
        </Box>
      )}
    </>
  );
}
