import { browserSessions, DEMO_USERS, eventually, objectsInView, screenshot, shown, signIn, waitForObjects } from './support';

let sessionEnv: Record<string, string> | undefined;
const session = browserSessions(() => ({ env: sessionEnv }));

describe('the map', () => {
  it('shows the demo objects on the map and in the list at the arena’s initial view', async () => {
    const { page } = session;
    // A member sees every object of the arena (a visitor only the published ones: access.e2e.ts).
    await signIn(page, session.url, DEMO_USERS.member);
    await waitForObjects(page);

    expect(await page.getByRole('banner').textContent()).toContain('Flaskhals');
    const count = await objectsInView(page);
    expect(count).toBeGreaterThan(30);
    expect(await page.locator('.object-list__items > li').count()).toBe(Math.min(count, 50));

    // Points and lines are SVG paths in the overlay pane; the offline base map draws on canvases below.
    expect(await page.locator('.leaflet-overlay-pane path.leaflet-interactive').count()).toBeGreaterThan(30);
    expect(await page.locator('.leaflet-basemap-land-pane canvas').count()).toBeGreaterThan(0);
    await shown(page.getByText('Teckenförklaring'));

    // The view is in the URL.
    const url = new URL(page.url());
    expect(url.searchParams.get('lat')).toMatch(/^-?\d+\.\d+$/);
    expect(url.searchParams.get('z')).toMatch(/^\d+$/);
    await page.waitForTimeout(300); // let the base map paint before the picture
    await screenshot(page, '1-map-initial-view');

    // Clicking in the list selects on both: the detail opens and the map highlights the object.
    const first = page.locator('.object-row').first();
    const name = (await first.locator('.object-row__name').textContent())!;
    await first.click();
    await shown(page.getByRole('heading', { level: 2, name }));
    await shown(page.locator('.leaflet-overlay-pane path[stroke="#f2a541"]'));
    expect(new URL(page.url()).searchParams.get('object')).toBeTruthy();
    await screenshot(page, '1-map-object-selected');

    // A link reproduces the view, the selection included.
    const other = await session.context.newPage();
    await other.goto(page.url());
    await shown(other.getByRole('heading', { level: 2, name }));
    await other.close();

    // Back returns to the list.
    await page.goBack();
    await shown(page.locator('.object-row').first());
  });

  it('filters by kind and by search text, and the list follows', async () => {
    const { page } = session;
    await signIn(page, session.url, DEMO_USERS.member);
    await waitForObjects(page);
    const all = await objectsInView(page);

    await page.getByText('Filter', { exact: true }).click();
    await page.getByRole('group', { name: 'Typ' }).getByLabel('Hamn').check();
    await eventually(async () => expect(new URL(page.url()).searchParams.get('kinds')).toBe('PORT'));
    await eventually(async () => {
      await waitForObjects(page);
      const ports = await objectsInView(page);
      expect(ports).toBeGreaterThan(0);
      expect(ports).toBeLessThan(all);
    });
    const metas = await page.locator('.object-row__meta').allTextContents();
    expect(metas.every((text) => text.startsWith('Hamn'))).toBe(true);

    await page.getByRole('searchbox', { name: 'Sök objekt' }).fill('zzzz-finns-inte');
    // The search box searches the whole arena (search/): nothing there by that name.
    await shown(page.getByText('Inga objekt i arenan matchar'));
    await screenshot(page, '1-map-empty-filter');
  });

  describe('with an online tile URL configured', () => {
    beforeAll(() => {
      // Never fetched for real: the session refuses every request off the app's origin.
      sessionEnv = { TILE_URL: 'https://tiles.example.invalid/{z}/{x}/{y}.png', TILE_ATTRIBUTION: '© Testkartan' };
    });
    afterAll(() => {
      sessionEnv = undefined;
    });

    it('falls back to the offline base map when the tiles cannot be loaded, and still offers both', async () => {
      const { page } = session;
      await page.goto(session.url);
      await waitForObjects(page);
      // The tiles are requested and refused (offline): the offline map takes over, with a notice.
      await shown(page.getByText('Bakgrundskartan kunde inte hämtas.', { exact: false }));
      await eventually(async () => expect(await page.locator('.leaflet-tile-pane img.leaflet-tile').count()).toBe(0));
      await shown(page.locator('.leaflet-basemap-land-pane canvas'));
      await shown(page.locator('.basemap-label--town', { hasText: /^Västerås$/ }));
      await screenshot(page, '16-map-tiles-unreachable');

      // Enter on the focused toggle opens Leaflet's layer control (the keyboard way).
      await page.getByRole('button', { name: 'Välj bakgrundskarta' }).focus();
      await page.keyboard.press('Enter');
      await shown(page.getByLabel('Grundkarta utan internet (offline)'));
      expect(await page.getByLabel('Grundkarta utan internet (offline)').isChecked()).toBe(true);
      // By keyboard too: a mouse entering the control makes Leaflet swallow the very next click.
      await page.getByLabel('Bakgrundskarta (online)').focus();
      await page.keyboard.press('Space');
      // Chosen again, the tiles are asked for again (the user may be back online).
      await eventually(async () => expect(await page.locator('.leaflet-tile-pane img.leaflet-tile').count()).toBeGreaterThan(0));
      expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('© Testkartan');
      await screenshot(page, '1-map-layer-control');
    });
  });
});
