import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { Release } from '@stagegate/plugin-releases-common';
import { ReactNode } from 'react';
import { ReleaseListState } from '../../hooks';
import { viewerZone } from '../../utils';
import { PendingReleaseCard } from '../PendingReleaseCard';

const TITLE = 'Pending release units';

/**
 * Props of {@link PendingReleaseList}.
 *
 * @internal
 */
export interface PendingReleaseListProps {
  list: ReleaseListState;
  /** How to name the entity in the empty state. */
  entityName: string;
  onOpen(release: Release): void;
  onChanged?: (release: Release, previous: Release) => void;
  /** Shown next to the title, such as the button that plans a release. */
  action?: ReactNode;
}

/**
 * The pending release units of an entity, one card each, page by page.
 *
 * @internal
 */
export function PendingReleaseList(props: PendingReleaseListProps) {
  const { list, entityName, onOpen, onChanged, action } = props;

  let body: ReactNode;
  if (list.error) {
    body = (
      <ResponseErrorPanel
        title={`${TITLE}: could not load`}
        error={list.error}
      />
    );
  } else if (list.loading && list.releases.length === 0) {
    body = <Progress />;
  } else if (list.releases.length === 0) {
    body = (
      <EmptyState
        missing="data"
        title={`No pending release units for ${entityName}`}
        description="Releases that are planned, in build, in test or awaiting approval show here."
      />
    );
  } else {
    body = (
      <Grid container spacing={2}>
        {list.releases.map(release => (
          <Grid item xs={12} key={release.id}>
            <PendingReleaseCard
              release={release}
              onOpen={onOpen}
              onChanged={onChanged}
            />
          </Grid>
        ))}
      </Grid>
    );
  }

  return (
    <section aria-label={TITLE}>
      <Box
        display="flex"
        alignItems="center"
        justifyContent="space-between"
        marginBottom={1}
      >
        <Box>
          <Typography variant="h5" component="h2">
            {TITLE}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {`Times in ${viewerZone()}`}
          </Typography>
        </Box>
        {action}
      </Box>
      {body}
      {list.hasMore && !list.error && (
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
    </section>
  );
}
