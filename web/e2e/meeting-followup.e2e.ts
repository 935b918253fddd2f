import { browserSessions, DEMO_USERS, screenshot, shown, signIn, signOut } from './support';

const session = browserSessions();

describe('meeting follow-up', () => {
  it('lists the action items of the meetings, open first, and lets the owner mark their own done and undo it', async () => {
    const { page } = session;
    await signIn(page, session.url, DEMO_USERS.member, '/moten');
    await page.getByRole('link', { name: 'Åtgärder från mötena' }).click();
    await shown(page.getByRole('heading', { level: 1, name: 'Åtgärder' }));
    const items = page.locator('.action-item');
    await shown(items.first());
    // Open ones by due date: the demo member's late one first, then the carrier's.
    expect(await items.locator('.action-item__text').allTextContents()).toEqual([
      'Boka ett studiebesök på kombiterminalen',
      'Sammanställa godsflödena genom hamnen inför regionens remiss',
    ]);
    const mine = items.filter({ hasText: 'Boka ett studiebesök' });
    await shown(mine.getByText('Försenad'));
    // Only the owner's own item has the button.
    expect(await page.getByRole('button', { name: 'Markera klar' }).count()).toBe(1);
    await screenshot(page, 'action-items-1-open');

    await mine.getByRole('button', { name: 'Markera klar' }).click();
    await shown(page.getByText('”Boka ett studiebesök på kombiterminalen” är markerad som klar.'));
    await shown(page.getByText('1 åtgärd', { exact: true }));
    await page.getByRole('button', { name: 'Klara' }).click();
    await shown(page.locator('.action-item--done', { hasText: 'Boka ett studiebesök' }).getByText(/Klar .*\(Demo Medlem\)/));
    await shown(page.locator('.action-item--done', { hasText: 'Skicka arenans synpunkter' }));
    await screenshot(page, 'action-items-2-done');
    await page.locator('.action-item', { hasText: 'Boka ett studiebesök' }).getByRole('button', { name: 'Ångra klar' }).click();
    await shown(page.getByText('”Boka ett studiebesök på kombiterminalen” är öppen igen.'));
    await page.getByRole('button', { name: 'Mina' }).click();
    await shown(page.locator('.action-item:not(.action-item--done)', { hasText: 'Boka ett studiebesök' }));
    await page.goto(session.url);
    await signOut(page, DEMO_USERS.member);
  });

  it('lets staff send the notice of the upcoming meeting after a confirmation and see when it was sent', async () => {
    const { page } = session;
    await signIn(page, session.url, DEMO_USERS.staff, '/moten');
    await page.locator('.meetings__item a', { hasText: 'Nätverksmöte' }).first().click();
    await shown(page.getByRole('heading', { name: 'Kallelse' }));
    await shown(page.getByText('Kallelsen är inte skickad.'));
    await page.getByRole('button', { name: 'Skicka kallelse' }).click();
    const dialog = page.getByRole('alertdialog');
    await shown(dialog.getByText(/går inte att ta tillbaka/));
    await dialog.getByRole('button', { name: 'Ja, skicka' }).click();
    await shown(page.getByText(/Kallelsen är skickad till \d+ personer\./));
    await shown(page.getByText(/Kallelsen skickades .* av Demo Kanslist till \d+ personer\./));
    await shown(page.getByRole('button', { name: 'Skicka uppdaterad kallelse' }));
    await screenshot(page, 'meeting-notice-sent');

    // A new agenda item: the page says the notice is behind.
    await page.getByRole('button', { name: 'Lägg till punkt' }).click();
    const item = page.getByRole('form', { name: 'Ny punkt' });
    await item.getByLabel('Rubrik').fill('Extra punkt om hamnen');
    await item.getByLabel('Tid i minuter').fill('10');
    await item.getByRole('button', { name: 'Spara punkten' }).click();
    await shown(page.getByText('Mötet eller dagordningen har ändrats sedan dess.'));
  });
});
