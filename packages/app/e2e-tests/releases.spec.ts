import { expect, Page, test } from '@playwright/test';

const screenshots = `${__dirname}/../../../.test-artifacts/e2e/screenshots`;

function releaseCalendarLink(page: Page) {
  return page.getByRole('link', { name: 'Release calendar' });
}

async function signInAsGuest(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(releaseCalendarLink(page)).toBeVisible();
}

test('a service owner sees the Releases tab of a component', async ({
  page,
}) => {
  await signInAsGuest(page);

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
  await signInAsGuest(page);

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
