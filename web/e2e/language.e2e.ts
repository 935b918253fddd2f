import { browserSessions, DEMO_USERS, screenshot, shown, signIn, waitForObjects } from './support';

const session = browserSessions();

describe('language', () => {
  it('is Swedish by default and switches to English, also after a reload', async () => {
    const { page } = session;
    await page.goto(session.url);
    await waitForObjects(page);
    await shown(page.getByRole('link', { name: 'Logga in för att rapportera' }));
    await shown(page.getByText('Du ser det arenan har publicerat.'));

    await page.getByRole('button', { name: 'Byt språk till engelska' }).click();
    await shown(page.getByRole('link', { name: 'Sign in to report' }));
    await shown(page.getByText('You see what the arena has published.'));
    await page.getByRole('button', { name: 'Byt språk till svenska' }).click();

    await signIn(page, session.url, DEMO_USERS.member);
    await waitForObjects(page);
    await shown(page.getByRole('button', { name: 'Rapportera flaskhals' }));
    expect(await page.locator('.list-status').textContent()).toMatch(/objekt i kartvyn/);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');

    await page.getByRole('button', { name: 'Byt språk till engelska' }).click();

    await shown(page.getByRole('button', { name: 'Report a bottleneck' }));
    expect(await page.locator('.list-status').textContent()).toMatch(/objects? in view/);
    await shown(page.getByText('Legend', { exact: true }));
    await shown(page.getByPlaceholder('Object or place, e.g. port or E18'));
    expect(await page.locator('.leaflet-control-layers').textContent()).toContain('Base map without internet (offline)');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByText('Rapportera flaskhals').count()).toBe(0);

    await page.getByRole('button', { name: 'Report a bottleneck' }).click();
    await shown(page.getByRole('button', { name: 'Use the map centre' }));
    await screenshot(page, '4-language-english');

    await page.reload();
    await shown(page.getByRole('button', { name: 'Report a bottleneck' }));
  });
});
