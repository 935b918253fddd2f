import { browserSessions, DEMO_USERS, eventually, screenshot, shown, signIn } from './support';

const session = browserSessions();

describe('the priority list', () => {
  it('staff move an object with a reason, the meeting adopts the list, and the movement shows on /prioriteringar', async () => {
    const { page } = session;
    await signIn(page, session.url, DEMO_USERS.staff, '/prioriteringar');
    // The demo's adopted version 2, with movement since version 1.
    await shown(page.getByRole('heading', { level: 1, name: 'Arenans prioriteringslista' }));
    await shown(page.getByText(/Version 2, antagen på Nätverksmöte/));
    const adopted = page.locator('.priority-table');
    await shown(adopted.getByText('↑2').first());
    await shown(adopted.getByText('ny').first());
    await shown(adopted.getByText('ut').first());
    await shown(page.locator('.priority-marker', { hasText: '1' }).first());
    // The offline base map under the numbers (tests run without internet tiles).
    await shown(page.locator('.priority-map .basemap-label--town').first());
    await screenshot(page, 'priorities-1-adopted');

    // The working list: a move without a reason is refused beside the field; with one it is kept.
    const working = page.locator('.working-list');
    const third = ((await working.locator('.working-list__name').nth(2).textContent()) ?? '').trim();
    await working.getByRole('button', { name: `Flytta ${third} upp` }).click();
    await shown(working.getByText('Fältet måste fyllas i.'));
    await working.getByLabel('Skäl för ändringen').fill('Kommunen har beslutat om medfinansiering');
    await working.getByRole('button', { name: `Flytta ${third} upp` }).click();
    await shown(working.getByText(`${third} flyttades från plats 3 till 2`));
    await shown(working.getByText('Kommunen har beslutat om medfinansiering').first());
    await working.scrollIntoViewIfNeeded();
    await screenshot(page, 'priorities-2-working-list');

    // A meeting adopts the working list by a decision.
    const [planned] = await session.db.query(
      `UPDATE meeting SET status = 'IN_PROGRESS' WHERE id = (SELECT id FROM meeting WHERE status = 'PLANNED' ORDER BY starts_at LIMIT 1) RETURNING id`,
    );
    await page.goto(`${session.url}/moten/${planned[0].id}`);
    const item = page.locator('.agenda__item').first();
    await item.getByRole('button', { name: /Nytt beslut under punkt/ }).click();
    const form = item.locator('.decision-form');
    await form.getByLabel('Vad beslutas').selectOption({ label: 'Anta prioriteringslistan' });
    await form.getByRole('button', { name: 'Anteckna beslutet' }).click();
    await shown(item.locator('.decision', { hasText: 'prioriteringslistan antas (version 3)' }));

    await page.goto(`${session.url}/prioriteringar`);
    await shown(page.getByText(/Version 3, antagen på/));
    await shown(page.getByText('Förändring sedan version 2'));
    const moved = page.locator('.priority-table tbody tr', { hasText: third });
    await shown(moved.getByText('↑1'));
    await shown(page.getByRole('heading', { name: 'Plats över tid' }));
    await screenshot(page, 'priorities-3-after-decision');

    // The object's detail shows its place and its rank over time.
    await moved.getByRole('link', { name: third }).click();
    const section = page.getByRole('region', { name: 'Prioriteringslistan' });
    await shown(section.getByText('Plats 2 på version 3'));
    await shown(section.getByText('↑1'));
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'priorities-6-object-detail');
  });

  it('a visitor reads the public page and the embeddable widget without signing in, with no figures', async () => {
    const { page } = session;
    await page.context().clearCookies();
    await page.goto(`${session.url}/prioriteringar?arena=ila-vastmanland`);
    await shown(page.getByText(/Version \d, antagen på/));
    await shown(page.getByText('Listan är offentlig. Objekt som inte är publicerade visas inte.'));
    await shown(page.locator('.priority-marker').first());
    expect(await page.locator('.working-list').count()).toBe(0);
    expect(await page.locator('.priority-table').textContent()).not.toMatch(/kr|tim|ton/);
    await screenshot(page, 'priorities-4-public');

    await page.goto(`${session.url}/inbaddning/prioriteringar?arena=ila-vastmanland`);
    await shown(page.getByRole('heading', { name: 'Antagen prioriteringslista' }));
    await shown(page.locator('.priority-table tbody tr').first());
    expect(await page.locator('.app-header').count()).toBe(0);
    await page.setViewportSize({ width: 480, height: 640 });
    await screenshot(page, 'priorities-5-widget');

    // The script-tag variant on another page: it inserts the framed widget and sizes it to its content.
    await page.setViewportSize({ width: 800, height: 900 });
    await page.setContent(
      `<main><h1>Handelskammarens webbplats</h1><script src="${session.url}/inbaddning/prioriteringar.js" data-arena="ila-vastmanland"></script></main>`,
    );
    const widget = page.frameLocator('iframe');
    await shown(widget.getByRole('heading', { name: 'Antagen prioriteringslista' }));
    await shown(widget.locator('.priority-table tbody tr').first());
    await eventually(async () => expect(await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).not.toBe(480));
    await screenshot(page, 'priorities-7-script-embed');
  });
});
