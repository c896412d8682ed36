import Typography from '@material-ui/core/Typography';
import { isViewerZone } from '../../utils';

/**
 * Props of {@link ZonedTimes}.
 *
 * @internal
 */
export interface ZonedTimesProps {
  /** The IANA zone of the window the times belong to. */
  zone: string;
  /** Formats the times in a zone; `undefined` stands for the viewer's zone. */
  format: (zone?: string) => string;
}

/**
 * Shows times both in the viewer's zone and in a window's own zone, each line saying which
 * clock it is; once only when the two zones are the same.
 *
 * @internal
 */
export function ZonedTimes(props: ZonedTimesProps) {
  const { zone, format } = props;
  if (isViewerZone(zone)) {
    return (
      <Typography variant="body2" component="div">
        {`Your time and the window's (${zone}): ${format()}`}
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="body2" component="div">
        {`Your time: ${format()}`}
      </Typography>
      <Typography variant="body2" component="div" color="textSecondary">
        {`Window time (${zone}): ${format(zone)}`}
      </Typography>
    </>
  );
}
