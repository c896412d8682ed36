import { expect, Page, test } from '@playwright/test';

const screenshots = `${__dirname}/../../../.test-artifacts/e2e/screenshots`;

function releaseCalendarLink(page: Page) {
  return page.getByRole('link', { name: 'Release calendar' });
}

/** Signs in through the demo sign-in page as one of the example users of examples/org.yaml. */
async function signInAs(page: Page, displayName: string) {
  await page.goto('/');
  await page.getByRole('button', { name: `Sign in as ${displayName}` }).click();
  await expect(releaseCalendarLink(page)).toBeVisible();
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
  await page.getByRole('button', { name: 'more' }).click();
  await page.getByRole('menuitem', { name: 'Sign Out' }).click();
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

/** The actions of the pending card of a release, found by its title. */
function actionsOf(page: Page, title: string) {
  return page
    .locator('.MuiCard-root')
    .filter({ hasText: title })
    .getByRole('group', { name: /^Actions on / });
}

test('the owner of a release cannot approve it, and an approver can', async ({
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

  await page.goto('/settings');
  await page.getByRole('button', { name: 'more' }).click();
  await page.getByRole('menuitem', { name: 'Sign Out' }).click();
  await signInAs(page, 'Andy Approver');
  await approve();
  await expect(page.getByText(/Recorded your approval/)).toBeVisible();
  await expect(page.getByText(/own or created this release/)).toHaveCount(0);
  await page.screenshot({
    path: `${screenshots}/segregation-of-duties-approved.png`,
    fullPage: true,
  });
});

test('a release manager opens the release calendar from the sidebar', async ({
  page,
}) => {
  await signInAs(page, 'Rita Release');

  await releaseCalendarLink(page).click();

  await expect(page).toHaveURL(/\/releases$/);
  await expect(
    page.getByRole('heading', { name: 'Release calendar' }),
  ).toBeVisible();
  await expect(page.getByText(/times in /i).first()).toBeVisible();
  await expect(
    page.getByText('Payments winter package 2026.12').first(),
  ).toBeVisible();
  await page.screenshot({
    path: `${screenshots}/release-calendar.png`,
    fullPage: true,
  });
});
