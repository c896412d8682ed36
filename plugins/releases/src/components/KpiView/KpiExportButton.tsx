import { ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useState } from 'react';
import { KpiRequest, releasesApiRef } from '../../api';
import { downloadFile } from '../../kpis';

/**
 * Props of {@link KpiExportButton}.
 *
 * @internal
 */
export interface KpiExportButtonProps {
  /** The period and filters shown; without one (a bad period) there is nothing to export. */
  request?: KpiRequest;
}

/**
 * Downloads the KPIs shown as CSV from the backend, with the viewer's credentials; shows
 * that it is working, and why it failed.
 *
 * @internal
 */
export function KpiExportButton(props: KpiExportButtonProps) {
  const { request } = props;
  const releasesApi = useApi(releasesApiRef);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();

  const exportCsv = async () => {
    if (!request) return;
    setBusy(true);
    setError(undefined);
    try {
      downloadFile(await releasesApi.exportKpis(request));
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box>
      <Button
        variant="outlined"
        color="primary"
        startIcon={
          busy ? (
            <CircularProgress size={16} aria-label="Exporting" />
          ) : (
            <GetAppIcon />
          )
        }
        disabled={busy || !request}
        onClick={exportCsv}
      >
        {busy ? 'Exporting…' : 'Export CSV'}
      </Button>
      {error && (
        <Box marginTop={1}>
          <ResponseErrorPanel title="The export failed" error={error} />
        </Box>
      )}
    </Box>
  );
}
