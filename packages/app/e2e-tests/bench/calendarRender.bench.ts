/* eslint-disable no-console */
// A Node script beside the app's end-to-end tests, not app code: it may use Node's modules.
/* eslint-disable no-restricted-imports */
/**
 * Benchmark: how long the release calendar page takes to show 2,000 events, in headless
 * Chromium, against the same page with an empty calendar measured in the same run.
 *
 * It serves the production build of packages/app (building it first when it is missing, or
 * with STAGEGATE_BENCH_REBUILD=1) from a small server on 127.0.0.1 that also answers the
 * page's backend requests: a guest sign-in, and the calendar of 2,000 synthetic events (or
 * none) on /api/releases/calendar. No backend runs.
 *
 * Each figure is the median of several page loads, measured in the page as the time from
 * the start of navigation to the first animation frame where the view is usable: the agenda
 * holding all 2,000 events (it is a virtual list, so it draws only the rows on screen; it
 * says how many events it holds) with its first events drawn, the first events of the
 * month view, or the empty-calendar message for the baseline. The goal's figures are for a
 * returning viewer, whose browser has the app's code cached (every load starts the browser
 * afresh on one profile, whose first load filled the cache); `*-first-visit-*` figures are
 * for a browser with nothing cached. Then, once and untimed in those figures, it checks that
 * the last event is reachable: End on the first event must focus the agenda's last row
 * (`calendar-agenda-end-key-ms` is how long that took).
 *
 * Prints JSON lines {"name","value","unit"}; the goal is calendar-page-render-ms <= 1500.
 *
 *   node -r sucrase/register/ts packages/app/e2e-tests/bench/calendarRender.bench.ts
 */
import { chromium, Page } from '@playwright/test';
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { createServer, IncomingMessage, Server, ServerResponse } from 'http';
import { AddressInfo } from 'net';
import { extname, join, normalize, resolve } from 'path';
import config from '../playwright.config';

const EVENTS = 2_000;
const RUNS = Number(process.env.STAGEGATE_BENCH_RUNS ?? 5);
const GOAL_MS = 1_500;
const DAY = '2026-12-01';
const BACKEND = 'http://localhost:7007';
const appDir = resolve(__dirname, '../..');
const distDir = join(appDir, 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function buildApp() {
  if (
    existsSync(join(distDir, 'index.html')) &&
    !process.env.STAGEGATE_BENCH_REBUILD
  ) {
    return;
  }
  console.error('calendar bench: building packages/app (a few minutes) ...');
  execFileSync('yarn', ['backstage-cli', 'package', 'build'], {
    cwd: appDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** The calendar answer the local backend gives, set before each series. */
let calendarBody = '{}';

/** Reads a request's JSON body. */
function readJson(req: IncomingMessage): Promise<any> {
  return new Promise(done => {
    const parts: Buffer[] = [];
    req.on('data', part => parts.push(part));
    req.on('end', () => {
      try {
        done(JSON.parse(Buffer.concat(parts).toString('utf8')));
      } catch {
        done({});
      }
    });
  });
}

/** Answers the few backend requests the page makes, as the real backend would. */
async function answerApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
) {
  const json = (value: unknown, status = 200) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(typeof value === 'string' ? value : JSON.stringify(value));
  };
  if (path === '/api/auth/guest/refresh') return json(guestIdentity());
  if (path === '/api/releases/calendar') return json(calendarBody);
  if (path === '/api/permission/authorize') {
    const items = ((await readJson(req)).items ?? []) as Array<{ id: string }>;
    return json({
      items: items.map(item => ({ id: item.id, result: 'ALLOW' })),
    });
  }
  if (path.startsWith('/api/catalog/entities/by-refs')) {
    return json({ items: [] });
  }
  return json(
    { error: { name: 'NotFoundError', message: 'Not in the benchmark' } },
    404,
  );
}

/**
 * Serves the built app, with every unknown path falling back to index.html (SPA), and the
 * backend's answers under /api on the same origin: the app's config is pointed there.
 * Nothing is intercepted in the browser, because Playwright's request interception turns
 * Chromium's HTTP cache off, and with it the compiled-code cache a returning viewer has.
 * Static files are cached as the app backend caches them (hashed names, long max-age).
 */
function serveApp(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(
      decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname),
    );
    if (path.startsWith('/api/')) {
      answerApi(req, res, path);
      return;
    }
    let file = join(distDir, path);
    if (!file.startsWith(distDir) || !existsSync(file) || path === '/') {
      file = join(distDir, 'index.html');
    }
    let index = file.endsWith('index.html');
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      // A folder: the app's index.
      index = true;
      body = readFileSync(join(distDir, 'index.html'));
    }
    if (index) {
      const origin = `http://${req.headers.host}`;
      body = Buffer.from(body.toString('utf8').split(BACKEND).join(origin));
    }
    res.writeHead(200, {
      'Content-Type': index
        ? 'text/html'
        : TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': index ? 'no-cache' : 'public, max-age=1209600',
    });
    res.end(body);
  });
  return new Promise(done => server.listen(0, '127.0.0.1', () => done(server)));
}

const base64url = (value: object) =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

/** The guest identity the sign-in page asks the auth backend for. */
function guestIdentity() {
  const exp = Math.floor(Date.now() / 1000) + 3600;
  const token = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({
    sub: 'user:development/guest',
    ent: ['user:development/guest'],
    exp,
  })}.bench`;
  return {
    providerInfo: {},
    profile: { displayName: 'Guest' },
    backstageIdentity: {
      token,
      expiresInSeconds: 3600,
      identity: {
        type: 'user',
        userEntityRef: 'user:development/guest',
        ownershipEntityRefs: ['user:development/guest'],
      },
    },
  };
}

const CATEGORIES = ['scheduled', 'unscheduled', 'emergency'] as const;
const STATUSES = [
  'planning',
  'build',
  'test',
  'readiness',
  'approved',
  'deployed',
];
const ENVIRONMENTS = ['cinte', 'sit', 'sat', 'production'];

/** A busy month: `count` release slots and changes of 1 to 4 hours in the 30 days from DAY. */
function syntheticCalendar(count: number) {
  const start = Date.parse(`${DAY}T00:00:00Z`);
  const events = [];
  const conflicts = [];
  for (let i = 0; i < count; i++) {
    const from = start + ((i * 7919) % (30 * 24 - 4)) * 3_600_000;
    const hours = 1 + (i % 4);
    const release = i % 5 !== 0;
    const system = `system-${i % 12}`;
    const ref = `component:default/service-${i % 60}`;
    const env = ENVIRONMENTS[i % ENVIRONMENTS.length];
    const id = release ? `release:r${i}:${env}` : `change:c${i}`;
    const conflicted = i % 20 === 0;
    const key = `${id}#ci-overlap:x${i}:${env}`;
    events.push({
      id,
      kind: release ? 'release' : 'change',
      title: release
        ? `Service ${i % 60} release ${i}`
        : `Infrastructure change ${i}`,
      start: new Date(from).toISOString(),
      end: new Date(from + hours * 3_600_000).toISOString(),
      environment: env,
      entityRefs: [ref],
      systems: [system],
      owner: `group:default/team-${i % 8}`,
      category: CATEGORIES[i % 3],
      status: STATUSES[i % STATUSES.length],
      releaseId: release ? `r${i}` : undefined,
      releaseKey: release
        ? `REL-2026-${String(i).padStart(4, '0')}`
        : undefined,
      changeId: release ? undefined : `c${i}`,
      conflictKeys: conflicted ? [key] : [],
    });
    if (conflicted) {
      conflicts.push({
        id: `ci-overlap:x${i}:${env}`,
        key,
        type: 'ci-overlap',
        severity: 'medium',
        enforcement: 'approval',
        itemId: release ? `r${i}` : `c${i}`,
        other: { kind: 'release', id: `x${i}`, title: `Other release ${i}` },
        entityRefs: [ref],
        environment: env,
        interval: {
          start: new Date(from).toISOString(),
          end: new Date(from + 3_600_000).toISOString(),
        },
        message: `Another release also changes ${ref} in ${env} at the same time`,
        eventId: id,
      });
    }
  }
  return {
    from: `${DAY}T00:00:00.000Z`,
    to: '2027-01-01T00:00:00.000Z',
    events,
    conflicts,
    truncated: false,
  };
}

/** Signs the page in as the guest, as the demo's sign-in page remembers a choice. */
async function signInAsGuest(page: Page) {
  await page.addInitScript(() => {
    // Room for every resource of the load, the calendar's answer among them.
    performance.setResourceTimingBufferSize(1000);
    window.localStorage.setItem(
      '@stagegate/app:demo-sign-in',
      JSON.stringify({ type: 'guest' }),
    );
  });
}

type Ready = 'agenda' | 'month' | 'empty';

/**
 * Milliseconds from the start of navigation to the first frame where the view is ready
 * (`total`), and from the arrival of the calendar's answer to that frame (`afterData`).
 */
async function timeToRender(
  page: Page,
  origin: string,
  view: 'agenda' | 'month',
  ready: Ready,
): Promise<{ total: number; afterData: number }> {
  await page.goto(`${origin}/releases?view=${view}&date=${DAY}&tz=UTC`, {
    waitUntil: 'commit',
  });
  const handle = await page.waitForFunction(
    ({ want, events }) => {
      let done: boolean;
      if (want === 'agenda') {
        const agenda =
          document.querySelector<HTMLElement>('[data-event-count]');
        done =
          !!agenda &&
          Number(agenda.dataset.eventCount) >= events &&
          !!agenda.querySelector('[role="listitem"] [role="button"]');
      } else if (want === 'month') {
        done =
          document.querySelectorAll('.rbc-month-view .rbc-event').length > 0;
      } else {
        // textContent, not innerText: reading innerText lays the page out on every frame.
        // (No optional chaining in here: the page runs this without the helpers it needs.)
        const text = document.body.textContent || '';
        done = text.includes('Nothing is scheduled in this period.');
      }
      if (!done) return false;
      // When the calendar's answer had arrived, to tell rendering from loading the app.
      const answers = performance
        .getEntriesByType('resource')
        .filter(entry => entry.name.includes('/api/releases/calendar'));
      const arrived = answers.length
        ? (answers[answers.length - 1] as PerformanceResourceTiming).responseEnd
        : Number.NaN;
      return {
        total: performance.now(),
        afterData: performance.now() - arrived,
      };
    },
    { want: ready, events: EVENTS },
    { polling: 'raf', timeout: 120_000 },
  );
  return (await handle.jsonValue()) as { total: number; afterData: number };
}

/**
 * Milliseconds from pressing End on the agenda's first event to the focus on its last row,
 * and how many rows were in the page then: every event is reachable, few are drawn.
 */
async function timeToLastEvent(
  page: Page,
  origin: string,
): Promise<{ ms: number; rowsInPage: number }> {
  await timeToRender(page, origin, 'agenda', 'agenda');
  const first = page.locator('[data-event-count] [role="button"]').first();
  await first.focus();
  const started = await page.evaluate(() => performance.now());
  await page.keyboard.press('End');
  const handle = await page.waitForFunction(
    () => {
      // No optional chaining in here: the page runs this as written, without the
      // helpers it is compiled to.
      const focused = document.activeElement;
      const row = focused ? focused.closest('[role="listitem"]') : null;
      if (!row) return false;
      if (
        row.getAttribute('aria-posinset') !== row.getAttribute('aria-setsize')
      )
        return false;
      return {
        at: performance.now(),
        rowsInPage: document.querySelectorAll(
          '[data-event-count] [role="listitem"]',
        ).length,
      };
    },
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  const { at, rowsInPage } = (await handle.jsonValue()) as {
    at: number;
    rowsInPage: number;
  };
  return { ms: at - started, rowsInPage };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function emit(name: string, value: number, unit: string) {
  console.log(
    JSON.stringify({ name, value: Number(value.toPrecision(4)), unit }),
  );
}

type Browser = Awaited<ReturnType<typeof chromium.launch>>;
type Timing = { total: number; afterData: number };

const VIEWPORT = { width: 1600, height: 1000 };
// The browser as the end-to-end tests start it (Debian's Chromium, flags for this machine).
const LAUNCH = config.use!.launchOptions!;

/**
 * One page load where no earlier page shares its renderer: with `profile`, in a browser
 * started afresh on that profile, whose cache keeps the app's code from one load to the
 * next as a returning viewer's browser does; without, in a new context of `browser`, with
 * nothing cached.
 */
async function timeOnePage(
  browser: Browser,
  profile: string | undefined,
  origin: string,
  view: 'agenda' | 'month',
  ready: Ready,
): Promise<Timing> {
  const context = profile
    ? await chromium.launchPersistentContext(profile, {
        ...LAUNCH,
        viewport: VIEWPORT,
      })
    : await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await signInAsGuest(page);
    return await timeToRender(page, origin, view, ready);
  } finally {
    await context.close();
  }
}

/**
 * The median of RUNS page loads of the view with `calendar` as the backend's answer.
 * `returning`: a viewer who has opened the portal before, so the app's code (and its
 * compiled form) comes from the browser's cache: every load starts the browser again on
 * one profile, whose first load fills the cache and is not counted. Otherwise a first
 * visit: every load with nothing cached.
 */
async function measure(
  browser: Browser,
  origin: string,
  calendar: object,
  view: 'agenda' | 'month',
  ready: Ready,
  returning: boolean,
): Promise<Timing> {
  calendarBody = JSON.stringify(calendar);
  const times: Timing[] = [];
  const profile = returning
    ? mkdtempSync(join(tmpdir(), 'stagegate-bench-'))
    : undefined;
  try {
    for (let run = returning ? 0 : 1; run <= RUNS; run++) {
      const ms = await timeOnePage(browser, profile, origin, view, ready);
      if (run > 0) times.push(ms);
    }
  } finally {
    if (profile) rmSync(profile, { recursive: true, force: true });
  }
  return {
    total: median(times.map(t => t.total)),
    afterData: median(times.map(t => t.afterData)),
  };
}

async function main() {
  buildApp();
  const server = await serveApp();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch(LAUNCH);
  try {
    const empty = syntheticCalendar(0);
    const busy = syntheticCalendar(EVENTS);
    const series = (
      calendar: object,
      view: 'agenda' | 'month',
      ready: Ready,
      returning: boolean,
    ) => measure(browser, origin, calendar, view, ready, returning);
    const baseline = await series(empty, 'agenda', 'empty', true);
    const agenda = await series(busy, 'agenda', 'agenda', true);
    const month = await series(busy, 'month', 'month', true);
    const firstEmpty = await series(empty, 'agenda', 'empty', false);
    const firstAgenda = await series(busy, 'agenda', 'agenda', false);
    const firstMonth = await series(busy, 'month', 'month', false);
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await signInAsGuest(page);
    const end = await timeToLastEvent(page, origin);
    await context.close();
    emit('calendar-page-baseline-ms', baseline.total, 'ms');
    emit('calendar-page-render-ms', agenda.total, 'ms');
    emit('calendar-month-render-ms', month.total, 'ms');
    emit('calendar-page-render-ratio', agenda.total / baseline.total, 'x');
    emit('calendar-month-render-ratio', month.total / baseline.total, 'x');
    // The calendar's own work: from its answer arriving to the view drawn.
    emit('calendar-baseline-after-data-ms', baseline.afterData, 'ms');
    emit('calendar-agenda-after-data-ms', agenda.afterData, 'ms');
    emit('calendar-month-after-data-ms', month.afterData, 'ms');
    // A first visit: the app's code downloaded and compiled before anything is drawn.
    emit('calendar-page-first-visit-baseline-ms', firstEmpty.total, 'ms');
    emit('calendar-page-first-visit-ms', firstAgenda.total, 'ms');
    emit('calendar-month-first-visit-ms', firstMonth.total, 'ms');
    emit(
      'calendar-page-first-visit-ratio',
      firstAgenda.total / firstEmpty.total,
      'x',
    );
    emit('calendar-agenda-end-key-ms', end.ms, 'ms');
    const met = (ms: number) => (ms <= GOAL_MS ? 'met' : 'NOT met');
    const round = Math.round;
    console.error(
      `calendar bench: ${EVENTS} events, returning viewer: agenda ${round(
        agenda.total,
      )} ms from navigation (goal <= ${GOAL_MS} ms: ${met(agenda.total)}), ` +
        `${round(agenda.afterData)} ms after the data arrived; month ${round(
          month.total,
        )} ms (${met(month.total)}), ${round(month.afterData)} ms after the ` +
        `data; empty calendar ${round(baseline.total)} ms. First visit: ` +
        `agenda ${round(firstAgenda.total)} ms, month ${round(
          firstMonth.total,
        )} ms, empty ${round(firstEmpty.total)} ms. End reached the last ` +
        `event in ${round(end.ms)} ms with ${end.rowsInPage} rows in the page`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
