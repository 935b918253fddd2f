import type { Locator, Page } from 'playwright-core';

import { browserSessions, DEMO_USERS, eventually, screenshot, shown, signIn } from './support';

const session = browserSessions();

/** The titles of one level of the agenda, in the order shown. */
async function titles(level: Locator): Promise<string[]> {
  return (await level.locator(':scope > li > .agenda__item .agenda__title').allTextContents()).map((t) => t.trim());
}

/** What the drag and drop's live regions say to a screen reader (they are visually hidden). */
async function heard(page: Page, announcement: string) {
  await eventually(async () => expect(await page.locator('[id^="DndLiveRegion"]').allTextContents()).toContain(announcement));
}

async function openUpcomingMeeting(page: Page) {
  await page.locator('.meetings__item a', { hasText: 'Nätverksmöte' }).first().click();
  await shown(page.locator('.agenda__title', { hasText: 'Hamnens kapacitet' }));
}

describe('the agenda by drag and drop', () => {
  it('lets staff drag an item with the mouse and a sub-item with the keyboard; the order is saved', async () => {
    const { page } = session;
    await signIn(page, session.url, DEMO_USERS.staff, '/moten');
    await openUpcomingMeeting(page);
    const main = page.locator('ol.agenda:not(.agenda--sub)');
    expect(await titles(main)).toEqual([
      'Mötets öppnande och val av justerare',
      'Prioritering inför regional plan',
      'Hamnens kapacitet',
      'Nästa möte och övriga frågor',
    ]);

    // The mouse: "Hamnens kapacitet" by its handle up above the priorities (which take their sub-items along).
    const handle = page.getByRole('button', { name: /Dra punkt 3 ”Hamnens kapacitet”/ });
    const target = page.locator('.agenda__item', { hasText: 'Prioritering inför regional plan' }).locator('.agenda__head');
    // Both in view: the handle at the bottom of the window, the item above it.
    await handle.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    const from = (await handle.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
    await page.mouse.move(from.x + from.width / 2, to.y + 2, { steps: 15 });
    await shown(page.locator('.agenda__group--dragging'));
    await screenshot(page, 'agenda-1-dragging');
    await page.mouse.up();
    await eventually(async () =>
      expect(await titles(main)).toEqual([
        'Mötets öppnande och val av justerare',
        'Hamnens kapacitet',
        'Prioritering inför regional plan',
        'Nästa möte och övriga frågor',
      ]),
    );
    // Numbers and planned times follow the new order.
    await shown(page.locator('.agenda__item', { hasText: 'Hamnens kapacitet' }).locator('.agenda__number', { hasText: '2.' }));

    // The keyboard: the second sub-item picked up with Space, moved up with the arrow key, dropped with Space.
    const subs = page.locator('ol.agenda--sub');
    expect(await titles(subs)).toEqual(['Vägobjekt', 'Järnvägsobjekt']);
    const railHandle = page.getByRole('button', { name: /Dra punkt 3\.2 ”Järnvägsobjekt”/ });
    // The mouse drop's save must have answered first: while it runs the agenda is not draggable, and
    // its answer re-renders the agenda under a drag begun meanwhile (a key press then went nowhere).
    await eventually(async () => expect(await railHandle.getAttribute('aria-disabled')).toBe('false'));
    await railHandle.focus();
    await page.keyboard.press('Space');
    await heard(page, 'Punkt 3.2 flyttas till plats 2 av 2.');
    await page.keyboard.press('ArrowUp');
    await heard(page, 'Punkt 3.2 flyttas till plats 1 av 2.');
    await page.keyboard.press('Space');
    await eventually(async () => expect(await titles(subs)).toEqual(['Järnvägsobjekt', 'Vägobjekt']));
    await heard(page, 'Punkt 3.2 släpptes på plats 1 av 2.');
    // The buttons still work beside the handles.
    await page.getByRole('button', { name: 'Flytta punkt 4 upp' }).click();
    await eventually(async () => expect((await titles(main))[2]).toBe('Nästa möte och övriga frågor'));
    await screenshot(page, 'agenda-2-reordered');

    await page.reload();
    await shown(page.locator('.agenda__title', { hasText: 'Hamnens kapacitet' }));
    expect(await titles(main)).toEqual([
      'Mötets öppnande och val av justerare',
      'Hamnens kapacitet',
      'Nästa möte och övriga frågor',
      'Prioritering inför regional plan',
    ]);
    expect(await titles(subs)).toEqual(['Järnvägsobjekt', 'Vägobjekt']);
  });
});

describe('the personal meetings calendar', () => {
  it('gives a member a secret calendar address of their meetings on the profile page, and renews it', async () => {
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url });
    await signIn(page, session.url, DEMO_USERS.member, '/moten');
    await openUpcomingMeeting(page);
    await page.getByRole('button', { name: 'Anmäl mig' }).click();
    await shown(page.getByText('Du är anmäld.'));

    await page.goto(`${session.url}/profil`);
    const card = page.locator('.personal-calendar');
    await card.getByRole('button', { name: 'Skapa kalenderadress' }).click();
    const address = card.getByLabel('Din kalenderadress');
    await shown(address);
    const first = await address.inputValue();
    expect(first).toMatch(/\/feeds\/personal\/[\w-]+\/meetings\.ics$/);
    await card.getByRole('button', { name: 'Kopiera' }).click();
    await shown(card.getByText('Adressen är kopierad.'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);
    await shown(card.getByText(/Outlook: Kalender → Lägg till kalender/));
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'personal-calendar-1-address');
    const feed = await (await fetch(first)).text();
    expect(feed).toContain('SUMMARY:Nätverksmöte');
    expect(feed).toContain('Du är anmäld och har en plats.');

    // After a reload the address is not shown again; renewing asks first and stops the old one.
    await page.reload();
    await shown(card.getByText(/Du har en kalenderadress sedan/));
    page.once('dialog', (dialog) => void dialog.accept());
    await card.getByRole('button', { name: 'Förnya adressen' }).click();
    await shown(address);
    const second = await address.inputValue();
    expect(second).not.toBe(first);
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(second)).status).toBe(200);
  });
});

describe('putting objects on the next meeting from the register', () => {
  it('lets staff put the chosen rows of the table on the next meeting', async () => {
    const { page } = session;
    await signIn(page, session.url, DEMO_USERS.staff, '/register?arena=ila-vastmanland&statuses=REPORTED');
    const table = page.locator('.register__table');
    await shown(table.getByRole('rowheader').first());
    const names = (await table.getByRole('rowheader').allTextContents()).slice(0, 2);
    for (const name of names) await page.getByRole('checkbox', { name: `Välj ${name}` }).check();
    await page.getByRole('button', { name: 'Sätt de 2 valda på nästa möte' }).click();
    await shown(page.getByText(/De 2 objekten står på dagordningen för Nätverksmöte/));
    await screenshot(page, 'register-put-on-next-meeting');
    await page.getByRole('status').getByRole('link', { name: 'Dagordning' }).click();
    await shown(page.locator('.agenda__title', { hasText: 'Hamnens kapacitet' }));
    // Each is on the agenda once: as its own new item, or under the item that already had it.
    for (const name of names) expect(await page.locator('.agenda__objects a', { hasText: name }).count()).toBe(1);
  });
});
