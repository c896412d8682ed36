import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Dialog from '@material-ui/core/Dialog';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import IconButton from '@material-ui/core/IconButton';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import CloseIcon from '@material-ui/icons/Close';
import { HistoryEntry, Release } from '@stagegate/plugin-releases-common';
import { useEffect, useId, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releasesApiRef } from '../../api';
import { useReleaseState } from '../../hooks';
import { ReleaseActions } from '../ReleaseActions';
import { ReleaseNotes } from '../ReleaseNotes';
import { ReleaseDetailBody } from './ReleaseDetailBody';

function LoadedDetail(props: {
  release: Release;
  history: HistoryEntry[];
  onChanged(release: Release, previous: Release): void;
}) {
  const { history, onChanged } = props;
  const state = useReleaseState(props.release);
  return (
    <>
      <Box marginBottom={2}>
        <ReleaseActions state={state} onChanged={onChanged} />
      </Box>
      <ReleaseDetailBody release={state.release} history={history} />
    </>
  );
}

/**
 * Props of {@link ReleaseDetailDialog}.
 *
 * @internal
 */
export interface ReleaseDetailDialogProps {
  /**
   * The release to show (its id, and its key and title for the heading while it loads);
   * the dialog is closed without one.
   */
  release?: Pick<Release, 'id' | 'key' | 'title'>;
  onClose(): void;
  /** Called after every accepted change made from the detail view. */
  onChanged?: (release: Release, previous: Release) => void;
  /** What the dialog opens on: the detail (the default) or the release notes. */
  view?: ReleaseDetailView;
}

/**
 * The tabs of the release detail dialog.
 *
 * @internal
 */
export type ReleaseDetailView = 'details' | 'notes';

/**
 * The detail of a release in a dialog: it reads the release and its history afresh, shows
 * every document of it, and offers the same actions as its card. A second tab shows its
 * release notes.
 *
 * @internal
 */
export function ReleaseDetailDialog(props: ReleaseDetailDialogProps) {
  const { release, onClose, onChanged } = props;
  const releasesApi = useApi(releasesApiRef);
  const titleId = useId();
  const id = release?.id;
  const [view, setView] = useState<ReleaseDetailView>(props.view ?? 'details');
  useEffect(() => setView(props.view ?? 'details'), [id, props.view]);

  const detail = useAsyncRetry(async () => {
    if (!id) return undefined;
    const [fresh, history] = await Promise.all([
      releasesApi.getRelease(id),
      releasesApi.getHistory(id),
    ]);
    return { release: fresh, history };
  }, [releasesApi, id]);

  // A release opened from a link is known by its id only until it has loaded.
  const loaded = detail.value?.release;
  const heading = loaded?.id === id ? loaded : release;

  return (
    <Dialog
      open={Boolean(release)}
      onClose={onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="lg"
      scroll="paper"
    >
      <DialogTitle>
        <Box display="flex" alignItems="center" justifyContent="space-between">
          <span id={titleId}>
            {heading ? `${heading.key} ${heading.title}`.trim() : ''}
          </span>
          <IconButton aria-label="Close" onClick={onClose}>
            <CloseIcon />
          </IconButton>
        </Box>
        <Tabs
          aria-label="Release views"
          value={view}
          onChange={(_event, next) => setView(next)}
          indicatorColor="primary"
          textColor="primary"
        >
          <Tab value="details" label="Details" />
          <Tab value="notes" label="Release notes" />
        </Tabs>
      </DialogTitle>
      <DialogContent dividers hidden={view !== 'notes'}>
        {view === 'notes' && id && <ReleaseNotes releaseId={id} />}
      </DialogContent>
      <DialogContent dividers hidden={view !== 'details'}>
        {detail.loading && !detail.value && <Progress />}
        {detail.error && (
          <ResponseErrorPanel
            title="The release could not be loaded"
            error={detail.error}
          />
        )}
        {detail.value && (
          <LoadedDetail
            key={detail.value.release.id}
            release={detail.value.release}
            history={detail.value.history}
            onChanged={(updated, previous) => {
              detail.retry();
              onChanged?.(updated, previous);
            }}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}
