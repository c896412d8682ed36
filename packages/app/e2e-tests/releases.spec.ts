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

test('a service owner sees the Releases tab of a component', async ({
  page,
}) => {
  await signInAs(page, 'Oscar Owner');

  await page.goto('/catalog/default/component/payments-api');
  await expect(page.getByText('Payments API service').first()).toBeVisible();
  await page.getByRole('link', { name: 'Releases', exact: true }).click();

  await expect(page).toHaveURL(
    /\/catalog\/default\/component\/payments-api\/releases/,
  );
  await expect(
    page.getByRole('heading', { name: 'Pending release units', exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Release history', exact: true }),
  ).toBeVisible();
  await expect(
    page.getByText('No pending release units for Payments API service'),
  ).toBeVisible();
  await expect(
    page.getByText('Payments API service has no release history yet'),
  ).toBeVisible();
  await page.screenshot({
    path: `${screenshots}/releases-tab.png`,
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
    page.getByText('Nothing is scheduled in the next 90 days'),
  ).toBeVisible();
  await page.screenshot({
    path: `${screenshots}/release-calendar.png`,
    fullPage: true,
  });
});
