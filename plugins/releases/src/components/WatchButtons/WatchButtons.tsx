import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import VisibilityIcon from '@material-ui/icons/Visibility';
import VisibilityOffIcon from '@material-ui/icons/VisibilityOff';
import { useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { releasesApiRef } from '../../api';
import { ActionMessage } from '../ActionMessage';
import { ControlGroup } from '../ControlGroup';

/**
 * Something that can be watched: a CI or a system, with how the button names it.
 *
 * @internal
 */
export interface WatchTarget {
  targetRef: string;
  /** Such as "payments-api" or "system payments". */
  label: string;
}

/**
 * Props of {@link WatchButtons}.
 *
 * @internal
 */
export interface WatchButtonsProps {
  targets: WatchTarget[];
}

/**
 * "Watch" / "Unwatch" toggles for a CI and its system: a watcher gets the notifications of
 * their releases. The current state comes from the viewer's watches.
 *
 * @internal
 */
export function WatchButtons(props: WatchButtonsProps) {
  const { targets } = props;
  const releasesApi = useApi(releasesApiRef);
  const loaded = useAsync(() => releasesApi.listWatches(), [releasesApi]);
  const [watched, setWatched] = useState<Set<string>>();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    if (loaded.value) {
      setWatched(new Set(loaded.value.map(watch => watch.targetRef)));
    }
  }, [loaded.value]);

  const toggle = async (targetRef: string) => {
    if (!watched) return;
    const watching = watched.has(targetRef);
    setBusy(targetRef);
    setError(undefined);
    try {
      if (watching) await releasesApi.unwatch(targetRef);
      else await releasesApi.watch(targetRef);
      const next = new Set(watched);
      if (watching) next.delete(targetRef);
      else next.add(targetRef);
      setWatched(next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Box>
      <ControlGroup label="Release notifications">
        {targets.map(({ targetRef, label }) => {
          const watching = watched?.has(targetRef) ?? false;
          return (
            <Button
              key={targetRef}
              variant={watching ? 'contained' : 'outlined'}
              color="primary"
              size="small"
              aria-pressed={watching}
              disabled={!watched || busy !== undefined}
              startIcon={watching ? <VisibilityOffIcon /> : <VisibilityIcon />}
              onClick={() => toggle(targetRef)}
            >
              {`${watching ? 'Unwatch' : 'Watch'} ${label}`}
            </Button>
          );
        })}
      </ControlGroup>
      {loaded.error && <ActionMessage error={loaded.error} />}
      {Boolean(error) && <ActionMessage error={error} />}
    </Box>
  );
}
