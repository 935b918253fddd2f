import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { type RunningFlaskhals, signInAt, startFlaskhals } from '../../server/test/harness';
import { freePort, killSpawned, SERVER_DIR, spawnUntil } from '../../server/test/processes';
import { DEMO_PASSWORD, DEMO_USERS, ensureWebBuild, eventually, launchBrowser, screenshot, shown, signIn } from './support';

/**
 * Live mode across two server instances on one database, as behind a load balancer: staff work
 * on instance A (this process), a member follows on instance B (a server process of its own).
 */
let browser: Browser;
let a: RunningFlaskhals;
let urlB: string;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  ensureWebBuild();
  a = await startFlaskhals({ seed: true });
  const port = await freePort();
  await spawnUntil(
    [path.join(SERVER_DIR, 'dist', 'main.js')],
    {
      DATABASE_URL: a.databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'never',
      TILE_URL: '',
      RATE_LIMIT_MUTATIONS: '1000000',
      RATE_LIMIT_SIGN_IN: '1000000',
    },
    /Flaskhals is ready/,
  );
  urlB = `http://127.0.0.1:${port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  killSpawned();
  await a?.stop();
});

afterEach(() => expect(pageErrors).toEqual([]));

/** A browser context of its own (another person's computer) that only reaches `baseUrl`. */
async function personAt(baseUrl: string, options: { reducedMotion?: 'reduce' } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 820 }, locale: 'sv-SE', ...options });
  contexts.push(context);
  await context.route(
    (url) => !url.href.startsWith(baseUrl),
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

/** The demo's upcoming meeting, started by staff over the API. */
async function startedDemoMeeting(): Promise<string> {
  const staff = await signInAt(a.url, DEMO_USERS.staff.email, DEMO_PASSWORD);
  const list = await staff.graphql<{ meetings: { edges: { node: { id: string } }[] } }>(
    `query { meetings(period: UPCOMING, first: 1) { edges { node { id } } } }`,
    {},
  );
  const meetingId = list.data!.meetings.edges[0].node.id;
  const started = await staff.graphql(`mutation($id: ID!) { changeMeetingStatus(id: $id, status: IN_PROGRESS) { id } }`, { id: meetingId });
  expect(started.errors).toBeUndefined();
  return meetingId;
}

it('staff on one instance present an item and record a decision; a member on the other follows within a second', async () => {
  const meetingId = await startedDemoMeeting();
  const meetingPath = `/moten/${meetingId}`;
  const staff = await personAt(a.url);
  const member = await personAt(urlB, { reducedMotion: 'reduce' });
  await signIn(staff, a.url, DEMO_USERS.staff, meetingPath);
  await signIn(member, urlB, DEMO_USERS.member, meetingPath);
  await shown(member.getByText('Ingen punkt presenteras just nu.'));
  // Members follow; only staff have the controls.
  expect(await member.getByRole('button', { name: 'Presentera', exact: true }).count()).toBe(0);

  // Staff present the harbour item: the member's page highlights it, brings it into view and maps its objects.
  await staff.getByLabel('Punkt', { exact: true }).selectOption({ label: '3. Hamnens kapacitet' });
  await staff.getByRole('button', { name: 'Presentera', exact: true }).click();
  await shown(staff.getByText('Nu: punkt 3. Hamnens kapacitet'));
  const presented = member.locator('.agenda__item--presented');
  await shown(member.getByText('Nu: punkt 3. Hamnens kapacitet'), 1_000);
  await shown(presented.locator('.agenda__title', { hasText: 'Hamnens kapacitet' }), 1_000);
  expect(await presented.getAttribute('aria-current')).toBe('step');
  // The item's two harbours on its map: outline and dot each.
  const drawn = presented.locator('.live-map path.leaflet-interactive');
  await eventually(async () => expect(await drawn.count()).toBe(4));
  await shown(drawn.last());
  expect(await presented.isVisible()).toBe(true);
  const box = await presented.boundingBox();
  expect(box && box.y < 820 && box.y + box.height > 0).toBe(true);

  // Staff record a decision in words under the item: it appears on the member's screen.
  const harbour = staff.locator('.agenda__item', { hasText: 'Hamnens kapacitet' });
  await harbour.getByRole('button', { name: /Nytt beslut under punkt/ }).click();
  const form = harbour.locator('.decision-form');
  await form.getByLabel('Vad beslutas').selectOption('STATEMENT');
  await form.getByLabel('Beslutet i ord').fill('Arenan driver kajens upprustning i remissvaret.');
  await form.getByRole('button', { name: 'Anteckna beslutet' }).click();
  await shown(harbour.locator('.decision', { hasText: 'Arenan driver kajens upprustning' }));
  await shown(presented.locator('.decision', { hasText: 'Arenan driver kajens upprustning' }), 1_000);
  await screenshot(member, 'meeting-live-1-member-follows');

  // The next item: the member follows again; staff stop presenting and the member sees that too.
  await staff.locator('.live-bar').getByRole('button', { name: /Nästa/ }).click();
  await shown(member.getByText('Nu: punkt 4. Nästa möte och övriga frågor'), 1_000);
  await staff.getByRole('button', { name: 'Föregående' }).click();
  await shown(member.getByText('Nu: punkt 3. Hamnens kapacitet'), 1_000);
  // The presented item is in view just below the staff's live bar, its map settled.
  await shown(harbour.locator('.live-map'));
  await staff.waitForTimeout(1_000);
  const barBottom = await staff.locator('.live-bar').evaluate((bar) => bar.getBoundingClientRect().bottom);
  const itemTop = await harbour.evaluate((item) => item.getBoundingClientRect().top);
  expect(itemTop).toBeGreaterThanOrEqual(barBottom);
  await screenshot(staff, 'meeting-live-2-staff');

  // The room's projector (on instance B): the presented item large, its planned time and the decision.
  const projector = await personAt(urlB);
  await signIn(projector, urlB, DEMO_USERS.member, meetingPath);
  await projector.goto(`${urlB}${meetingPath}/projektor`);
  await shown(projector.getByRole('heading', { level: 1, name: 'Hamnens kapacitet' }));
  await shown(projector.getByText('Punkt 3'));
  await shown(projector.locator('.projector__decision', { hasText: 'Arenan driver kajens upprustning' }));
  await shown(projector.getByRole('button', { name: 'Helskärm' }));
  await staff.getByRole('button', { name: /Skriv protokoll för punkt 3/ }).click();
  await harbour.getByRole('textbox').fill('Hamnbolaget visade kajens skick.');
  await harbour.getByRole('button', { name: 'Spara protokollet' }).click();
  await shown(projector.locator('.projector__minutes', { hasText: 'Hamnbolaget visade kajens skick.' }), 2_000);
  await screenshot(projector, 'meeting-live-3-projector');

  await staff.getByRole('button', { name: 'Sluta presentera' }).click();
  await shown(member.getByText('Ingen punkt presenteras just nu.'), 1_000);
  await shown(projector.getByText('Ingen punkt presenteras just nu.'), 1_000);
});
