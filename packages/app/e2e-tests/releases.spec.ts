import { expect, Page, test } from '@playwright/test';

const screenshots = `${__dirname}/../../../.test-artifacts/e2e/screenshots`;

function releaseCalendarLink(page: Page) {
  return page.getByRole('link', { name: 'Release calendar' });
}

/**
 * A date of the example releases, `yyyy-MM-dd`: days from the Monday of this week, as the
 * demo seeder counts them.
 */
function dayOfSeedingWeek(days: number): string {
  const now = new Date();
  const monday = Date.UTC(
    now.getUTCFullYear(),
    now.getUTCMonth(),
    now.getUTCDate() - ((now.getUTCDay() + 6) % 7),
  );
  return new Date(monday + days * 86_400_000).toISOString().slice(0, 10);
}

/** Signs in through the demo sign-in page as one of the example users of examples/org.yaml. */
async function signInAs(page: Page, displayName: string) {
  await page.goto('/');
  await page.getByRole('button', { name: `Sign in as ${displayName}` }).click();
  await expect(releaseCalendarLink(page)).toBeVisible();
}

/** Signs out through the settings page's menu. */
async function signOut(page: Page) {
  await page.goto('/settings');
  await page.getByRole('button', { name: 'more' }).click();
  await page.getByRole('menuitem', { name: 'Sign Out' }).click();
}

/**
 * Starts keeping every title the browser tab shows from now on; {@link titlesSince} reads
 * them back, without repeats. Each title is read from its own change, so titles set one
 * after another in one task are all kept.
 */
async function recordTitles(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { titlesSeen: string[] }).titlesSeen = seen;
    new MutationObserver(changes => {
      for (const change of changes) {
        const title =
          change.type === 'characterData'
            ? change.target.textContent
            : [...change.addedNodes].map(node => node.textContent).join('');
        if (change.type === 'childList' && change.addedNodes.length === 0) {
          continue;
        }
        if (title !== null && seen[seen.length - 1] !== title) seen.push(title);
      }
    }).observe(document.querySelector('title')!, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

/** The titles the tab showed since {@link recordTitles}, in order, repeats left out. */
function titlesSince(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { titlesSeen: string[] }).titlesSeen,
  );
}

/** The settings page shows who is signed in: profile, and the user entity of the identity. */
async function expectSignedInAs(page: Page, user: string, displayName: string) {
  await page.goto('/settings');
  await expect(
    page.getByRole('heading', { name: displayName, exact: true }),
  ).toBeVisible();
  await expect(
    page.getByText(`${user}@example.com`, { exact: true }),
  ).toBeVisible();
  await expect(page.getByTitle(`user:default/${user}`).first()).toBeVisible();
}

test('a visitor signs in as an example user and switches to another', async ({
  page,
}) => {
  await page.goto('/');
  await expect(
    page.getByRole('button', { name: 'Sign in as Andy Approver' }),
  ).toBeVisible();
  await page.screenshot({
    path: `${screenshots}/demo-sign-in.png`,
    fullPage: true,
  });

  await signInAs(page, 'Oscar Owner');
  await expectSignedInAs(page, 'oscar.owner', 'Oscar Owner');

  // Sign out, and the sign-in page asks again.
  await signOut(page);
  await expect(
    page.getByRole('button', { name: 'Sign in as Andy Approver' }),
  ).toBeVisible();

  await signInAs(page, 'Andy Approver');
  await expectSignedInAs(page, 'andy.approver', 'Andy Approver');
});

test('a service owner sees the CI card and the releases of a component', async ({
  page,
}) => {
  await signInAs(page, 'Oscar Owner');

  await page.goto('/catalog/default/component/payments-api');
  await expect(page.getByText('Payments API service').first()).toBeVisible();
  await page.getByRole('link', { name: 'Releases', exact: true }).click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/component\/payments-api\/releases/,
  );

  // The CI card, from the example catalog: attributes, relations, windows, freeze banner.
  await expect(page.getByText('CI00042').first()).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: /Frozen now|Next freeze/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Payments database' }).first(),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Payments month-end close' }).first(),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Year-end freeze' }).first(),
  ).toBeVisible();

  // The seeded example releases: one pending in readiness, and a history.
  await expect(
    page.getByRole('heading', { name: 'Pending release units', exact: true }),
  ).toBeVisible();
  await expect(
    page.getByText('Payments API 3.9 with wallet tokens').first(),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Release history', exact: true }),
  ).toBeVisible();
  await page.screenshot({
    path: `${screenshots}/releases-tab.png`,
    fullPage: true,
  });
});

/**
 * The actions of the pending card of a release, found by the title in its heading (other
 * cards may name the release too, in their conflicts).
 */
function actionsOf(page: Page, title: string) {
  return page
    .locator('.MuiCard-root')
    .filter({ has: page.getByRole('button', { name: title, exact: true }) })
    .getByRole('group', { name: /^Actions on / });
}

test('the owner of a release cannot approve it, an approver can, and the release manager is told', async ({
  page,
}) => {
  const title = 'Payments API 3.9 with wallet tokens';
  const approve = async () => {
    await page.goto('/catalog/default/component/payments-api/releases');
    await expect(page.getByText(title).first()).toBeVisible();
    await actionsOf(page, title)
      .getByRole('button', { name: 'Approve', exact: true })
      .click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Comment').fill('Reviewed in the CAB meeting');
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
  };

  await signInAs(page, 'Oscar Owner');
  await approve();
  await expect(page.getByText(/own or created this release/)).toBeVisible();
  await page.screenshot({
    path: `${screenshots}/segregation-of-duties-refused.png`,
    fullPage: true,
  });

  await signOut(page);
  await signInAs(page, 'Andy Approver');
  await approve();
  await expect(page.getByText(/Recorded your approval/)).toBeVisible();
  await expect(page.getByText(/own or created this release/)).toHaveCount(0);
  await page.screenshot({
    path: `${screenshots}/segregation-of-duties-approved.png`,
    fullPage: true,
  });

  // The release manager, on the release's distribution list, is told of the approval, and
  // it is unread. With it unread, the tab title must settle on each page's own title with
  // no count: Backstage's title counter, when on, kept prefixing "(1) " while the page's
  // title took it away, and every such rewrite interrupted the rendering of the page being
  // opened, for seconds.
  await signOut(page);
  await signInAs(page, 'Rita Release');
  await expect(page.getByLabel('Unread notifications')).toHaveText(/[1-9]/);
  await page
    .getByRole('link', { name: /^Notifications/ })
    .first()
    .click();
  await expect(page.getByText(/: approved at CAB/).first()).toBeVisible();
  await expect(page.getByText(title).first()).toBeVisible();
  await recordTitles(page);
  await releaseCalendarLink(page).click();
  await expect(
    page.getByRole('heading', { name: 'Release calendar' }),
  ).toBeVisible();
  await page.waitForTimeout(2_000);
  const titles = await titlesSince(page);
  expect(titles.filter(seen => /^\(\d+\)/.test(seen))).toEqual([]);
  expect(titles[titles.length - 1]).toBe('Release calendar | Stagegate');
});

test('a release manager opens the release calendar from the sidebar', async ({
  page,
}) => {
  await signInAs(page, 'Rita Release');

  await releaseCalendarLink(page).click();

  await expect(page).toHaveURL(/\/releases/);
  await expect(
    page.getByRole('heading', { name: 'Release calendar' }),
  ).toBeVisible();
  await expect(page.getByText(/times in /i).first()).toBeVisible();
  // The agenda lists the next 30 days, where the winter package's production slot is.
  await page.getByRole('button', { name: 'Agenda', exact: true }).click();
  await expect(page).toHaveURL(/view=agenda/);
  await expect(
    page.getByText(/Payments winter package 2026\.12/).first(),
  ).toBeVisible();
  await page.screenshot({
    path: `${screenshots}/release-calendar.png`,
    fullPage: true,
  });
});

test('the calendar marks the planted conflict and lists it in the side panel', async ({
  page,
}) => {
  await signInAs(page, 'Rita Release');
  await page.goto('/releases?view=agenda&tz=Europe%2FLondon');

  // Both releases of payments-api on the same production evening are marked.
  const instalments = page.getByRole('button', {
    name: /Payments API 3\.10 with instalment plans \(production\), scheduled release, status build, \d+ conflicts?$/,
  });
  await expect(instalments.first()).toBeVisible();
  await expect(
    page
      .getByRole('button', {
        name: /Payments fraud rules 2026\.12 \(production\), unscheduled release, status planning, \d+ conflicts?$/,
      })
      .first(),
  ).toBeVisible();
  await expect(page.getByText('Times in Europe/London').first()).toBeVisible();

  // The side panel lists the ci-overlap conflict, with its reason, type and CIs.
  const panel = page.getByRole('list', { name: 'Conflicts' });
  const overlap = panel
    .getByRole('listitem')
    .filter({ hasText: 'Payments fraud rules 2026.12' })
    .filter({ hasText: 'Same CI at the same time' })
    .first();
  await expect(overlap).toBeVisible();
  await expect(overlap).toContainText('payments-api');
  await expect(overlap).toContainText(/Enforcement: \w+/);
  await page.screenshot({
    path: `${screenshots}/release-calendar-conflict.png`,
    fullPage: true,
  });

  // Conflicts only, shared through the URL, still shows them; a click opens the release.
  await page.getByRole('checkbox', { name: 'Conflicts only' }).check();
  await expect(page).toHaveURL(/conflictsOnly=true/);
  await page.reload();
  await expect(
    page.getByRole('checkbox', { name: 'Conflicts only' }),
  ).toBeChecked();
  await instalments.first().click();
  const dialog = page.getByRole('dialog');
  await expect(
    dialog.getByText(/Payments API 3\.10 with instalment plans/).first(),
  ).toBeVisible();
  await expect(dialog.getByText('Scheduling conflicts')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  // The timeline of the month of the planted slots (day 15 of examples/releases.yaml) has
  // a row per system, with the conflicting releases as bars.
  await page.goto(
    `/releases?view=timeline&date=${dayOfSeedingWeek(15)}&tz=Europe%2FLondon`,
  );
  const timeline = page.getByRole('region', { name: 'Timeline by system' });
  await expect(timeline.getByText('payments', { exact: true })).toBeVisible();
  await expect(
    timeline
      .getByRole('button', { name: /Payments API 3\.10 with instalment plans/ })
      .first(),
  ).toBeAttached();
  await page.screenshot({
    path: `${screenshots}/release-calendar-timeline.png`,
    fullPage: true,
  });
});

test('a release manager reads the KPIs of the example releases and exports them', async ({
  page,
}) => {
  await signInAs(page, 'Rita Release');
  await page.goto('/releases?tz=Europe%2FLondon');

  await page.getByRole('tab', { name: 'KPIs' }).click();
  await expect(page).toHaveURL(/tab=kpis/);
  // The example releases finished in production in the last 90 days count as implemented.
  const totals = page.getByRole('table', { name: 'KPI totals' });
  const implemented = totals.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: 'Implemented', exact: true }),
  });
  await expect(implemented).toContainText(/[1-9]\d*/);
  await expect(
    page
      .getByRole('figure', { name: 'Releases per week' })
      .locator('svg')
      .first(),
  ).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Time to implement' }),
  ).toContainText('Unit type: Full');
  await page.screenshot({
    path: `${screenshots}/release-kpis.png`,
    fullPage: true,
  });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
});
