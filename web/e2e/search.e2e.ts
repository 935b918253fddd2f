import { browserSessions, DEMO_USERS, eventually, objectsInView, screenshot, shown, signIn, waitForObjects } from './support';

const session = browserSessions();

const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;

describe('the arena search', () => {
  it('finds objects in the whole arena, opens one and moves the map to it; offers places; clearing returns to the view', async () => {
    const { page } = session;
    // A visitor, zoomed in far from Köping: the search is not limited to the view.
    await page.goto(`${session.url}/?lat=59.37&lng=18.00&z=12`);
    await waitForObjects(page);
    await page.getByRole('searchbox', { name: 'Sök objekt' }).fill('Köping');
    await shown(page.getByRole('button', { name: 'Visa Köping (kommun) på kartan' }));
    await shown(page.getByText(/träffa?r? i hela arenan för ”Köping”/));
    expect(new URL(page.url()).searchParams.get('q')).toBe('Köping');
    const first = page.locator('.search-hit').first();
    const name = (await first.locator('.search-hit__name').textContent())!;
    expect(name).toMatch(/Köping/);
    await screenshot(page, 'search-1-results');

    await first.click();
    await shown(page.getByRole('heading', { level: 2, name }));
    await eventually(async () => {
      const url = new URL(page.url());
      expect(url.searchParams.get('object')).toBeTruthy();
      // The map moved from Stockholm to the object in Västmanland.
      expect(Number(url.searchParams.get('lng'))).toBeLessThan(17);
    });

    // Back to the hits; the place moves the map to Köping.
    await page.getByRole('button', { name: 'Tillbaka till listan' }).click();
    await page.getByRole('button', { name: 'Visa Köping (kommun) på kartan' }).click();
    await eventually(async () => {
      const url = new URL(page.url());
      expect(near(Number(url.searchParams.get('lng')), 15.87, 0.2)).toBe(true);
      expect(near(Number(url.searchParams.get('lat')), 59.58, 0.2)).toBe(true);
    });

    // Clearing the search returns to the list of the map's view.
    await page.getByRole('button', { name: 'Rensa sökningen och visa kartvyns lista' }).click();
    await shown(page.getByText(/objekt i kartvyn/));
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
  });
});

describe('saved views', () => {
  it("a saved view's URL reproduces its filters and extent", async () => {
    const { page, context } = session;
    await signIn(page, session.url, DEMO_USERS.member, '/?lat=59.55000&lng=16.20000&z=9&kinds=PORT,TERMINAL');
    await waitForObjects(page);
    const count = await objectsInView(page);

    await page.locator('summary', { hasText: 'Sparade vyer' }).click();
    // The demo's shared view is there; the member saves their own.
    await shown(page.getByRole('link', { name: 'Öppna Hamnarna i Mälardalen' }));
    await page.getByLabel('Namn', { exact: true }).fill('Mina hamnar och terminaler');
    await page.getByRole('button', { name: 'Spara vyn' }).click();
    await shown(page.getByText('Vyn ”Mina hamnar och terminaler” är sparad.'));
    const link = page.getByRole('link', { name: 'Öppna Mina hamnar och terminaler' });
    await shown(link);
    await screenshot(page, 'saved-views-1-menu');
    const href = (await link.getAttribute('href'))!;

    // Elsewhere with other filters; the link brings the view back.
    await page.goto(`${session.url}/?lat=58.0&lng=14.0&z=6`);
    await waitForObjects(page);
    const other = await context.newPage();
    await other.goto(session.url + href);
    await waitForObjects(other);
    const url = new URL(other.url());
    expect(url.searchParams.get('kinds')).toBe('PORT,TERMINAL');
    expect(Number(url.searchParams.get('z'))).toBe(9);
    expect(near(Number(url.searchParams.get('lat')), 59.55, 0.001)).toBe(true);
    expect(near(Number(url.searchParams.get('lng')), 16.2, 0.001)).toBe(true);
    expect(await objectsInView(other)).toBe(count);
    await other.locator('.filters__details > summary').click();
    expect(await other.getByRole('group', { name: 'Typ' }).getByLabel('Hamn').isChecked()).toBe(true);
    await other.close();

    // Rename, then delete with a confirmation.
    await page.locator('summary', { hasText: 'Sparade vyer' }).click();
    const item = page.locator('.saved-view', { hasText: 'Mina hamnar och terminaler' });
    await item.getByRole('button', { name: 'Byt namn' }).click();
    await item.getByLabel('Nytt namn på ”Mina hamnar och terminaler”').fill('Hamnar väst');
    await item.getByRole('button', { name: 'Spara namnet' }).click();
    await shown(page.getByRole('link', { name: 'Öppna Hamnar väst' }));
    const renamed = page.locator('.saved-view', { hasText: 'Hamnar väst' });
    await renamed.getByRole('button', { name: 'Ta bort' }).click();
    await shown(page.getByText('Ta bort vyn ”Hamnar väst”? Det går inte att ångra.'));
    await screenshot(page, 'saved-views-2-confirm-delete');
    await renamed.getByRole('button', { name: 'Ja, ta bort' }).click();
    await shown(page.getByText('Vyn ”Hamnar väst” är borttagen.'));
    await eventually(async () => expect(await page.getByRole('link', { name: 'Öppna Hamnar väst' }).count()).toBe(0));
  });
});
