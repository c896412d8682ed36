import { stringifyEntityRef } from '@backstage/catalog-model';
import { Content } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { useReleaseList } from '../../hooks';
import { CiCard } from '../CiCard';
import { ReleaseTable } from '../ReleaseTable';

/**
 * The Releases tab of an entity: its CI card, its pending release units and its release
 * history.
 *
 * @public
 */
export function EntityReleasesContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const pending = useReleaseList({ entityRef, pending: true });
  const history = useReleaseList({ entityRef, pending: false });
  const name = entity.metadata.title ?? entity.metadata.name;

  return (
    <Content>
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <CiCard entityRef={entityRef} entityTitle={name} />
        </Grid>
        <Grid item xs={12}>
          <ReleaseTable
            title="Pending release units"
            list={pending}
            emptyTitle={`No pending release units for ${name}`}
            emptyDescription="Releases that are planned, in build, in test or awaiting approval show here."
          />
        </Grid>
        <Grid item xs={12}>
          <ReleaseTable
            title="Release history"
            list={history}
            emptyTitle={`${name} has no release history yet`}
            emptyDescription="Deployed, closed, cancelled and backed-out releases show here."
          />
        </Grid>
      </Grid>
    </Content>
  );
}
