import { parseEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
  StructuredMetadataTable,
} from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { CiDetail } from '@stagegate/plugin-releases-common';
import { useCi } from '../../hooks';
import { CiRelationList } from './CiRelationList';
import { CiWindowTable } from './CiWindowTable';
import { FreezeBanner } from './FreezeBanner';
import { NotACi } from './NotACi';

const TITLE = 'Configuration item';

function CiAttributes(props: { ci: CiDetail }) {
  const { ci } = props;
  const metadata = {
    'CI id': ci.ciId,
    Class:
      ci.ciClassSource === 'derived' ? `${ci.ciClass} (derived)` : ci.ciClass,
    Criticality: ci.criticality ?? 'not set',
    Environments:
      ci.environments.length === 0 ? (
        'none'
      ) : (
        <Box component="span" display="inline-flex" flexWrap="wrap">
          {ci.environments.map(environment => (
            <Chip
              key={environment}
              label={environment}
              size="small"
              style={{ margin: 2 }}
            />
          ))}
        </Box>
      ),
    Owner: ci.owner ? (
      <EntityRefLink entityRef={ci.owner} defaultKind="group" />
    ) : (
      'none'
    ),
    System: ci.system ? (
      <EntityRefLink entityRef={ci.system} defaultKind="system" />
    ) : (
      'none'
    ),
  };
  return (
    <section aria-label="CI attributes">
      <StructuredMetadataTable
        metadata={metadata}
        options={{ titleFormat: key => key }}
      />
    </section>
  );
}

function CiDetails(props: { ci: CiDetail }) {
  const { ci } = props;
  return (
    <>
      <FreezeBanner freeze={ci.freeze} />
      <Grid container spacing={3}>
        <Grid item xs={12} md={5}>
          <CiAttributes ci={ci} />
        </Grid>
        <Grid item xs={12} md={7}>
          <Box marginBottom={2}>
            <CiRelationList
              title="Upstream (what it needs)"
              relations={ci.relations.upstream}
              emptyText="No upstream CIs."
            />
          </Box>
          <CiRelationList
            title="Downstream (what needs it)"
            relations={ci.relations.downstream}
            emptyText="No downstream CIs."
          />
        </Grid>
        <Grid item xs={12}>
          <section aria-label="Change windows that apply">
            <Typography variant="subtitle1" component="h3">
              Change windows that apply
            </Typography>
            <CiWindowTable windows={ci.windows} />
          </section>
        </Grid>
      </Grid>
    </>
  );
}

/**
 * Props of {@link CiCard}.
 *
 * @internal
 */
export interface CiCardProps {
  /** The entity ref of the entity, such as `component:default/payments`. */
  entityRef: string;
  /** How to name the entity when it is not a CI; its name by default. */
  entityTitle?: string;
}

/**
 * The CI card of an entity: its CI attributes, related CIs upstream and downstream, the change
 * windows that apply, and a banner when it is frozen or a freeze is coming. An entity that is
 * not a CI gets an empty state that explains what makes one.
 *
 * @internal
 */
export function CiCard(props: CiCardProps) {
  const { entityRef, entityTitle } = props;
  const state = useCi(entityRef);

  if (state.status === 'error') {
    return (
      <ResponseErrorPanel
        title={`${TITLE}: could not load`}
        error={state.error}
      />
    );
  }
  return (
    <InfoCard
      title={TITLE}
      subheader={state.status === 'loaded' ? state.ci.title : undefined}
    >
      {state.status === 'loading' && <Progress />}
      {state.status === 'not-ci' && (
        <NotACi name={entityTitle ?? parseEntityRef(entityRef).name} />
      )}
      {state.status === 'loaded' && <CiDetails ci={state.ci} />}
    </InfoCard>
  );
}
