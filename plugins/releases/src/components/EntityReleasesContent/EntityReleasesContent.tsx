import {
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Content } from '@backstage/core-components';
import { getEntityRelations, useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { Release, isPendingStatus } from '@stagegate/plugin-releases-common';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useReleaseList } from '../../hooks';
import { ActionMessage } from '../ActionMessage';
import { CiCard } from '../CiCard';
import { PendingReleaseList } from '../PendingReleaseList';
import { PlanReleaseButton } from '../PlanReleaseButton';
import { ReleaseDetailDialog } from '../ReleaseDetailDialog';
import { ReleaseHistoryTable } from '../ReleaseHistoryTable';
import { WatchButtons, WatchTarget } from '../WatchButtons';

/**
 * The Releases tab of an entity: buttons to watch it and its system, its CI card, its pending release units (each with its
 * stage, missing gates and the viewer's actions), its release history, and the detail of
 * any release.
 *
 * @public
 */
export function EntityReleasesContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const pending = useReleaseList({ entityRef, pending: true });
  const history = useReleaseList({ entityRef, pending: false });
  const name = entity.metadata.title ?? entity.metadata.name;
  const owner = getEntityRelations(entity, RELATION_OWNED_BY)[0];
  const system = getEntityRelations(entity, RELATION_PART_OF, {
    kind: 'system',
  })[0];
  const watchTargets: WatchTarget[] = [
    {
      targetRef: entityRef,
      label:
        entity.kind.toLocaleLowerCase('en-US') === 'system'
          ? `system ${name}`
          : name,
    },
    ...(system
      ? [
          {
            targetRef: stringifyEntityRef(system),
            label: `system ${system.name}`,
          },
        ]
      : []),
  ];
  const [selected, setSelected] = useState<Release>();
  // A link such as a notification's opens one release (`release=<id>`), on its notes with
  // `view=notes`.
  const [params, setParams] = useSearchParams();
  const linked = params.get('release');
  const opened =
    selected ?? (linked ? { id: linked, key: '', title: '' } : undefined);
  const close = () => {
    setSelected(undefined);
    if (linked) setParams({}, { replace: true });
  };
  const [notice, setNotice] = useState<string>();

  // A release that enters or leaves the pending list moves between the two lists. Cards
  // keep their own release current; everything else is read again.
  const onChanged = (release: Release, previous: Release) => {
    if (isPendingStatus(release.status) !== isPendingStatus(previous.status)) {
      setNotice(
        `${release.key} moved to ${
          isPendingStatus(release.status) ? 'the pending units' : 'the history'
        }.`,
      );
      pending.reload();
      history.reload();
      return true;
    }
    return false;
  };
  const onDetailChanged = (release: Release, previous: Release) => {
    if (onChanged(release, previous)) return;
    if (isPendingStatus(release.status)) pending.reload();
    else history.reload();
  };

  return (
    <Content>
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <WatchButtons targets={watchTargets} />
        </Grid>
        <Grid item xs={12}>
          <CiCard entityRef={entityRef} entityTitle={name} />
        </Grid>
        <Grid item xs={12}>
          {notice && <ActionMessage success={notice} />}
          <PendingReleaseList
            list={pending}
            entityName={name}
            onOpen={setSelected}
            onChanged={onChanged}
            action={
              <PlanReleaseButton
                entityRef={entityRef}
                defaultOwner={owner && stringifyEntityRef(owner)}
                onCreated={release => {
                  setNotice(`Planned ${release.key} ${release.title}.`);
                  pending.reload();
                }}
              />
            }
          />
        </Grid>
        <Grid item xs={12}>
          <ReleaseHistoryTable
            list={history}
            entityName={name}
            onOpen={setSelected}
          />
        </Grid>
      </Grid>
      <ReleaseDetailDialog
        release={opened}
        view={!selected && params.get('view') === 'notes' ? 'notes' : 'details'}
        onClose={close}
        onChanged={onDetailChanged}
      />
    </Content>
  );
}
