import type { Browser, BrowserContext, Page } from 'playwright-core';

import { type RunningFlaskhals, signInAt, startFlaskhals } from '../../server/test/harness';
import { DEMO_PASSWORD, DEMO_USERS, ensureWebBuild, launchBrowser, screenshot, shown, signIn } from './support';

/** A live vote in a meeting: staff run it, two member organizations vote and see the tally move. */
let browser: Browser;
let server: RunningFlaskhals;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  ensureWebBuild();
  server = await startFlaskhals({ seed: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
});

afterEach(() => expect(pageErrors).toEqual([]));

async function person(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'sv-SE' });
  contexts.push(context);
  await context.route(
    (url) => !url.href.startsWith(server.url),
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

/** The demo's upcoming meeting, started by staff over the API. */
async function startedDemoMeeting(): Promise<string> {
  const staff = await signInAt(server.url, DEMO_USERS.staff.email, DEMO_PASSWORD);
  const list = await staff.graphql<{ meetings: { edges: { node: { id: string } }[] } }>(
    `query { meetings(period: UPCOMING, first: 1) { edges { node { id } } } }`,
    {},
  );
  const meetingId = list.data!.meetings.edges[0].node.id;
  await staff.graphql(`mutation($id: ID!) { changeMeetingStatus(id: $id, status: IN_PROGRESS) { id } }`, { id: meetingId });
  return meetingId;
}

/** The first object's row of the tally, as a person reads it: place, object, points. */
const firstRow = (page: Page) => page.locator('.vote-results tbody tr').first();

it('two organizations vote in a live round and both see the tally change; staff close the round', async () => {
  const meetingPath = `/moten/${await startedDemoMeeting()}`;
  const staff = await person();
  const member = await person();
  const haulier = await person();
  await signIn(staff, server.url, DEMO_USERS.staff, meetingPath);
  await signIn(member, server.url, DEMO_USERS.member, meetingPath);
  await signIn(haulier, server.url, DEMO_USERS.otherMember, meetingPath);

  // Staff create a dot vote (10 points, at most 6 on one object) with live results on the first item with objects, and open it.
  await staff.getByRole('button', { name: 'Ny omröstning' }).click();
  const form = staff.getByRole('form', { name: 'Ny omröstning' });
  await form.getByLabel('Fråga').fill('Vilka vägobjekt ska arenan driva?');
  await form.getByLabel('Högst på ett objekt').fill('6');
  await form.getByLabel('Resultatet visas direkt').check();
  await form.getByRole('button', { name: 'Skapa omröstningen' }).click();
  await staff.getByRole('button', { name: 'Öppna omröstningen' }).click();

  // The member's organization votes: the points left count down; over the cap is refused beside the field.
  const ballot = member.locator('form.ballot');
  await shown(ballot.getByText('Röst för Demo Stålverk AB'));
  const points = ballot.getByRole('spinbutton');
  await points.nth(0).fill('7');
  await ballot.getByRole('button', { name: 'Lägg rösten' }).click();
  await shown(ballot.getByText('Högst 6 poäng på ett objekt.'));
  await points.nth(0).fill('6');
  await points.nth(1).fill('4');
  await shown(ballot.getByText('0 av 10 poäng kvar'));
  await ballot.getByRole('button', { name: 'Lägg rösten' }).click();
  await shown(ballot.getByText(/Er organisation har röstat \(av Demo Medlem, /));
  // Both see the tally: 6 points on the first object, one ballot.
  for (const page of [member, haulier]) {
    await shown(page.getByText('Resultat just nu (1 röst)'), 2_000);
    await shown(firstRow(page).getByText('6', { exact: true }));
  }

  // The haulier's organization votes too: both see the tally change at once.
  const other = haulier.locator('form.ballot');
  await shown(other.getByText('Röst för Exempelåkeriet i Köping AB'));
  await other.getByRole('spinbutton').nth(0).fill('5');
  await other.getByRole('button', { name: 'Lägg rösten' }).click();
  await shown(other.getByText(/Er organisation har röstat \(av Demo Åkare, /));
  for (const page of [member, haulier]) {
    await shown(page.getByText('Resultat just nu (2 röster)'), 2_000);
    await shown(firstRow(page).getByText('11', { exact: true }));
  }
  await shown(staff.getByText('2 organisationer har röstat'));
  await screenshot(member, 'votes-1-member-live-tally');

  // Staff close the round after a confirmation: the result is final for everyone, the ballots are gone.
  await staff.getByRole('button', { name: 'Stäng omröstningen' }).click();
  await staff.getByRole('button', { name: 'Ja, stäng' }).click();
  for (const page of [member, haulier, staff]) await shown(page.getByText('Slutligt resultat (2 röster)'), 2_000);
  expect(await member.locator('form.ballot').count()).toBe(0);
  await screenshot(staff, 'votes-2-staff-closed');
});
