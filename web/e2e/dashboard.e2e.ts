import type { Page } from 'playwright-core';

import { browserSessions, DEMO_USERS, eventually, screenshot, shown, signIn } from './support';

const session = browserSessions();

/** The number under a key figure's label ("Objekt" → 34). */
async function keyFigure(page: Page, label: string): Promise<number> {
  const value = page.locator('.dashboard-figures__item', { has: page.getByText(label, { exact: true }) }).locator('dd');
  await shown(value);
  return Number(((await value.textContent()) ?? '').replace(/\D/g, ''));
}

/** Every chart's drawing has its SVG with bars in it. */
async function chartsDrawn(page: Page) {
  const drawings = page.locator('.dashboard-chart__drawing');
  await eventually(async () => expect(await drawings.count()).toBeGreaterThanOrEqual(6));
  await eventually(async () => expect(await page.locator('.dashboard-chart__drawing svg path').count()).toBeGreaterThan(20));
}

describe('the dashboard (Översikt)', () => {
  it('shows a visitor the published figures as charts and tables, and staff everything; a top list opens the object on the map', async () => {
    const { page, url } = session;
    await page.goto(url);
    await page.getByRole('link', { name: 'Översikt' }).click();
    await shown(page.getByRole('heading', { name: 'Översikt', level: 1 }));
    await chartsDrawn(page);
    await shown(page.getByText(/Du ser det arenan har publicerat/));
    const statusChart = page.locator('.dashboard-chart', { has: page.getByRole('heading', { name: 'Objekt per status' }) });
    await expect(statusChart.locator('svg').textContent()).resolves.toContain('Rapporterad');
    const visitorObjects = await keyFigure(page, 'Objekt');
    expect(visitorObjects).toBeGreaterThan(0);
    await screenshot(page, 'dashboard-visitor');

    // The table alternative, shown on request, has the chart's numbers.
    await statusChart.getByRole('button', { name: 'Visa som tabell' }).click();
    const statusTable = statusChart.getByRole('table', { name: 'Objekt per status' });
    await shown(statusTable);
    const counted = (await statusTable.locator('tbody td').allTextContents()).reduce((sum, n) => sum + Number(n.replace(/\D/g, '')), 0);
    expect(counted).toBe(visitorObjects);

    await signIn(page, url, DEMO_USERS.staff, '/oversikt');
    await chartsDrawn(page);
    await shown(page.getByText(/Du ser medlemsvyn/));
    await eventually(async () => expect(await keyFigure(page, 'Objekt')).toBeGreaterThan(visitorObjects));
    // The reports came in over many months: the chart's table names more than one month with reports.
    const months = page.getByRole('table', { name: 'Rapporter per månad' }).locator('tbody tr');
    const withReports = (await months.locator('td').allTextContents()).filter((n) => n !== '0');
    expect(withReports.length).toBeGreaterThan(3);
    await page.getByRole('heading', { name: 'Rapporter per månad' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'dashboard-staff-reports');
    await page.getByRole('table', { name: 'Störst påverkan (kr per år)' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'dashboard-staff-top-lists');

    const first = page.getByRole('table', { name: 'Störst påverkan (kr per år)' }).getByRole('link').first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    await page.waitForURL((u) => u.pathname === '/' && u.searchParams.has('object'));
    await shown(page.getByRole('heading', { name, level: 2 }));
  });

  it('fits a phone: one column, nothing wider than the screen', async () => {
    const { page, url } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}/oversikt`);
    await chartsDrawn(page);
    const widths = await page.evaluate(() => ({
      page: document.querySelector('.page')!.scrollWidth,
      screen: window.innerWidth,
      chart: document.querySelector('.dashboard-chart__drawing svg')!.getBoundingClientRect().width,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    expect(widths.chart).toBeLessThanOrEqual(widths.screen);
    await screenshot(page, 'dashboard-phone');
    await page.getByRole('heading', { name: 'Objekt per kommun' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'dashboard-phone-chart');

    // Staff's header has the most in it (Möten, Översikt, Prioriteringar, Inkorg, the bell, the user
    // menu, the language): it still fits, and the logo is not drawn under the first link.
    await signIn(page, url, DEMO_USERS.staff, '/oversikt');
    await chartsDrawn(page);
    const header = await page.evaluate(() => ({
      width: document.querySelector('.app-header')!.scrollWidth,
      brandRight: document.querySelector('.app-header__home')!.getBoundingClientRect().right,
      actionsLeft: document.querySelector('.app-header__actions')!.getBoundingClientRect().left,
    }));
    expect(header.width).toBeLessThanOrEqual(390);
    expect(header.brandRight).toBeLessThanOrEqual(header.actionsLeft);
    await screenshot(page, 'dashboard-phone-staff');
  });
});
