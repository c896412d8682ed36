import { Content, Header, Page, Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import RssFeedIcon from '@material-ui/icons/RssFeed';
import { CalendarEvent, Release } from '@stagegate/plugin-releases-common';
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  CalendarView,
  activeFilterCount,
  apiFilters,
  calendarPeriod,
  eventTitle,
  stepDate,
  todayIn,
  useCalendarData,
  useCalendarSearch,
} from '../../calendar';
import { CalendarAgenda } from '../CalendarAgenda';
import { CalendarEventDialog } from '../CalendarEventDialog';
import { CalendarFilters } from '../CalendarFilters';
import { CalendarLegend } from '../CalendarLegend';
import { CalendarToolbar } from '../CalendarToolbar';
import { ConflictPanel } from '../ConflictPanel';
import { FeedSubscriptionDialog } from '../FeedSubscriptionDialog';
import { ReleaseCalendarGrid } from '../ReleaseCalendarGrid';
import { ReleaseDetailDialog } from '../ReleaseDetailDialog';
import { ReleaseTimeline } from '../ReleaseTimeline';
import { useFilterOptions } from './useFilterOptions';
import { ErrorWithRetry } from '../ErrorWithRetry';
import { KpiTabPage } from './KpiTabPage';
import {
  ReleasesPageTabState,
  ReleasesPageTabs,
  useReleasesPageTab,
} from './ReleasesPageTabs';

type OpenRelease = Pick<Release, 'id' | 'key' | 'title'>;

/**
 * The master release calendar: the forward schedule of changes in month, week, agenda or
 * timeline view, in a time zone of the viewer's choice, filtered by system, owner,
 * environment, category, status and conflicts, with the conflicts of the period in a side
 * panel. The view, date, zone and filters live in the URL, so a view can be shared.
 * Releases open their detail; the calendar can be subscribed to as an iCalendar feed. A
 * second tab (`tab=kpis`) shows the release management KPIs.
 *
 * @public
 */
export function ReleaseCalendarPage() {
  const tab = useReleasesPageTab();
  return tab.value === 'kpis' ? (
    <KpiTabPage tab={tab} />
  ) : (
    <CalendarTabPage tab={tab} />
  );
}

/**
 * Starts fetching the code of the view shown while the calendar's data is on the way, so
 * the view does not wait for its library after the data arrives.
 */
function usePreloadedView(view: CalendarView) {
  useEffect(() => {
    if (view === 'timeline') ReleaseTimeline.preload();
    if (view === 'month' || view === 'week') ReleaseCalendarGrid.preload();
  }, [view]);
}

function CalendarTabPage(props: { tab: ReleasesPageTabState }) {
  const { state, zone, update } = useCalendarSearch();
  const { view, date, group, filters } = state;
  const period = useMemo(
    () => calendarPeriod(view, date, zone),
    [view, date, zone],
  );
  const request = useMemo(
    () => ({ ...period, ...apiFilters(filters) }),
    [period, filters],
  );
  const data = useCalendarData(request);
  usePreloadedView(view);
  const events = useMemo(() => data.value?.events ?? [], [data.value]);
  const conflicts = data.value?.conflicts ?? [];
  const options = useFilterOptions(events, filters);
  const [release, setRelease] = useState<OpenRelease>();
  const [other, setOther] = useState<CalendarEvent>();
  const [subscribing, setSubscribing] = useState(false);

  const open = useCallback((event: CalendarEvent) => {
    if (event.kind === 'release' && event.releaseId) {
      setRelease({
        id: event.releaseId,
        key: event.releaseKey ?? '',
        title: eventTitle(event),
      });
    } else {
      setOther(event);
    }
  }, []);

  const filtered = activeFilterCount(filters) > 0;
  const firstLoad = data.loading && !data.value && !data.error;

  return (
    <Page themeId="tool">
      <Header
        title="Release calendar"
        subtitle={`Forward schedule of changes: releases, changes and change windows (times in ${zone})`}
      >
        <Button
          variant="contained"
          color="default"
          startIcon={<RssFeedIcon />}
          onClick={() => setSubscribing(true)}
        >
          Subscribe (iCal)
        </Button>
      </Header>
      <ReleasesPageTabs tab={props.tab.value} onSelect={props.tab.select} />
      <Content>
        <Grid container spacing={2}>
          <Grid item xs={12}>
            <CalendarToolbar
              view={view}
              date={date}
              zone={zone}
              group={group}
              onView={next => update({ view: next })}
              onStep={direction =>
                update({ date: stepDate(view, date, direction) })
              }
              onToday={() => update({ date: todayIn(zone) })}
              onZone={next => update({ zone: next })}
              onGroup={next => update({ group: next })}
            />
            <CalendarFilters
              value={filters}
              options={options}
              onChange={next => update({ filters: next })}
            />
          </Grid>
          <Grid item xs={12} md={9}>
            <Typography variant="body2" color="textSecondary" gutterBottom>
              {`Times in ${zone}`}
            </Typography>
            {data.error && (
              <ErrorWithRetry
                title="The calendar could not be loaded"
                error={data.error}
                onRetry={data.reload}
              />
            )}
            {firstLoad && <Progress />}
            {data.loading && data.value && (
              <LinearProgress aria-label="Loading the calendar" />
            )}
            {data.value?.truncated && (
              <Typography role="alert" color="error" variant="body2">
                This period has more events than the calendar can show at once;
                narrow it with the filters.
              </Typography>
            )}
            {data.value && !data.loading && events.length === 0 && (
              <Typography role="status" variant="body1" gutterBottom>
                {filtered
                  ? 'Nothing in this period matches the filters.'
                  : 'Nothing is scheduled in this period.'}
              </Typography>
            )}
            {!firstLoad && view === 'timeline' && (
              <ReleaseTimeline
                events={events}
                grouping={group}
                zone={zone}
                from={period.from}
                to={period.to}
                onOpen={open}
              />
            )}
            {!firstLoad && view === 'agenda' && (
              <CalendarAgenda
                events={events}
                date={date}
                zone={zone}
                onOpen={open}
              />
            )}
            {!firstLoad && (view === 'month' || view === 'week') && (
              <ReleaseCalendarGrid
                events={events}
                view={view}
                date={date}
                zone={zone}
                onOpen={open}
              />
            )}
            <Box marginTop={1}>
              <CalendarLegend />
            </Box>
          </Grid>
          <Grid item xs={12} md={3}>
            <ConflictPanel
              conflicts={conflicts}
              events={events}
              zone={zone}
              onOpen={open}
            />
          </Grid>
        </Grid>
        <ReleaseDetailDialog
          release={release}
          onClose={() => setRelease(undefined)}
          onChanged={data.reload}
        />
        <CalendarEventDialog
          event={other}
          zone={zone}
          onClose={() => setOther(undefined)}
        />
        <FeedSubscriptionDialog
          open={subscribing}
          onClose={() => setSubscribing(false)}
          filters={apiFilters(filters)}
          zone={zone}
        />
      </Content>
    </Page>
  );
}
