import type { Page } from 'playwright-core';
import sharp from 'sharp';

import { browserSessions, DEMO_USERS, eventually, screenshot, shown, signIn, waitForObjects } from './support';

// The offline base map's colours (web/src/ui/map/baseMapStyle.ts).
const WATER = [0xaa, 0xd3, 0xee];
const LAND = [0xf4, 0xf1, 0xe8];

// Tests run with online tiles off (TILE_URL ''): the offline base map is the map.
const session = browserSessions();

/** Web Mercator pixel of a place, relative to the map's centre, at a zoom (as Leaflet projects it). */
function pixelOffset(center: { lat: number; lng: number }, place: { lat: number; lng: number }, zoom: number) {
  const scale = 256 * 2 ** zoom;
  const project = ({ lat, lng }: { lat: number; lng: number }) => {
    const sin = Math.sin((lat * Math.PI) / 180);
    return { x: (scale * (lng + 180)) / 360, y: scale * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) };
  };
  const a = project(center);
  const b = project(place);
  return { x: b.x - a.x, y: b.y - a.y };
}

/** The colour the base map shows at a place (objects and names hidden so they cover nothing). */
async function baseMapColour(page: Page, place: { lat: number; lng: number }): Promise<number[]> {
  const url = new URL(page.url());
  const center = { lat: Number(url.searchParams.get('lat')), lng: Number(url.searchParams.get('lng')) };
  const zoom = Number(url.searchParams.get('z'));
  const box = (await page.locator('.map').boundingBox())!;
  const offset = pixelOffset(center, place, zoom);
  const x = Math.round(box.x + box.width / 2 + offset.x);
  const y = Math.round(box.y + box.height / 2 + offset.y);
  const style = await page.addStyleTag({ content: '.leaflet-overlay-pane, .leaflet-basemap-labels-pane { visibility: hidden; }' });
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  await style.evaluate((element) => element.remove());
  const { data } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return [data[0], data[1], data[2]];
}

/** The colour, within a few levels of anti-aliasing and colour management (shown as is when far off). */
const roughly = (actual: number[], expected: number[]) =>
  actual.map((value, i) => (Math.abs(value - expected[i]) <= 6 ? expected[i] : value));

describe('the offline base map', () => {
  it('shows Mälaren in water colour, the land around it and the town of Västerås at zoom 9', async () => {
    const { page } = session;
    await page.goto(`${session.url}/?lat=59.5&lng=16.45&z=9`);
    await waitForObjects(page);
    await shown(page.locator('.basemap-label--town', { hasText: /^Västerås$/ }));
    await shown(page.locator('.basemap-label--lake', { hasText: /^Mälaren$/ }));
    await shown(page.locator('.basemap-label--town', { hasText: /^Köping$/ }));

    // 59.5 N 16.6 E is open water of Mälaren, 59.62 N 16.25 E land between Köping and Västerås
    // (checked against the polygons in basemapData.test.ts; no river or border passes either).
    await eventually(async () => expect(roughly(await baseMapColour(page, { lat: 59.5, lng: 16.6 }), WATER)).toEqual(WATER));
    expect(roughly(await baseMapColour(page, { lat: 59.62, lng: 16.25 }), LAND)).toEqual(LAND);
    await screenshot(page, '16-basemap-malaren-z9');

    // The files are sent compressed (about a quarter of their size).
    for (const band of ['coarse', 'fine']) {
      const response = await page.request.get(`${session.url}/basemap/${band}.json`, { headers: { 'Accept-Encoding': 'gzip, br' } });
      expect(response.ok()).toBe(true);
      expect(response.headers()['content-encoding']).toMatch(/^(gzip|br)$/);
    }
  });

  it('reads at the zooms a member uses: Sweden, the county and the town around Köping harbour', async () => {
    const { page } = session;
    for (const [zoom, lat, lng] of [
      [5, 62, 16],
      [8, 59.55, 16.3],
      [11, 59.505, 16.0],
    ]) {
      await page.goto(`${session.url}/?lat=${lat}&lng=${lng}&z=${zoom}`);
      await waitForObjects(page);
      await shown(page.locator('.basemap-label--town').first());
      await page.waitForTimeout(300); // the canvases paint after the labels
      await screenshot(page, `16-basemap-z${zoom}`);
    }
    // Zoomed in on Köping, the fine level is drawn: the town's name and the municipality borders.
    await shown(page.locator('.basemap-label--town', { hasText: /^Köping$/ }));
  });
});

describe('the map on a phone', () => {
  it('starts with the legend folded, and places a report’s point with one tap', async () => {
    // A phone: narrow, touch screen (taps, not clicks).
    const phone = await session.context
      .browser()!
      .newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'sv-SE' });
    const page = await phone.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signIn(page, session.url, DEMO_USERS.member, '/?lat=59.6048&lng=16.5572&z=13');
    await waitForObjects(page);

    const legendToggle = page.getByRole('button', { name: 'Teckenförklaring' });
    await shown(legendToggle);
    expect(await legendToggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByText('Åtgärdat eller avfärdat').isVisible()).toBe(false);
    await screenshot(page, '16-phone-map-legend-folded');
    await legendToggle.click();
    expect(await legendToggle.getAttribute('aria-expanded')).toBe('true');
    await legendToggle.click();

    await page.getByRole('button', { name: 'Rapportera flaskhals' }).click();
    await page.getByRole('button', { name: 'Punkt' }).click();
    await shown(page.locator('.map.map--drawing'));
    await screenshot(page, '16-phone-report-point-mode');

    // One tap on the map: the point is placed and the next step asks about nearby objects.
    const box = (await page.locator('.map').boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2 + 20, box.y + box.height / 2 + 10);
    await shown(page.getByRole('heading', { name: 'Finns flaskhalsen redan?' }));
    await screenshot(page, '16-phone-point-placed');
    expect(errors).toEqual([]);
    await phone.close();
  });
});
