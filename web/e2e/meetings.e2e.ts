import { browserSessions, DEMO_USERS, screenshot, shown, signIn, signOut } from './support';

const session = browserSessions();

describe('meetings', () => {
  it('lets staff plan a meeting and its agenda in Swedish time; a member reads it', async () => {
    const { page } = session;
    await signIn(page, session.url, DEMO_USERS.staff);
    await page.getByRole('link', { name: 'Möten', exact: true }).first().click();
    await shown(page.getByRole('heading', { level: 1, name: 'Möten' }));
    // The demo's upcoming meeting, and the past one under Tidigare.
    await shown(page.locator('.meetings__item', { hasText: 'Nätverksmöte' }));
    await screenshot(page, 'meetings-1-upcoming');
    await page.getByRole('button', { name: 'Tidigare' }).click();
    await shown(page.locator('.meetings__item', { hasText: 'Avslutat' }));

    // A new meeting: a mistake first, then a valid one.
    await page.getByRole('button', { name: 'Planera ett möte' }).click();
    const form = page.getByRole('form', { name: 'Nytt möte' });
    await form.getByLabel('Rubrik').fill('Extra möte om hamnen');
    await form.getByLabel('Datum').fill('2027-07-05');
    await form.getByLabel('Börjar').fill('09:00');
    await form.getByLabel('Slutar').fill('08:00');
    await form.getByRole('button', { name: 'Spara mötet' }).click();
    await shown(form.getByText('Mötet måste sluta efter att det börjar.'));
    await shown(form.getByText('Ange en plats, en länk eller båda.'));
    await screenshot(page, 'meetings-2-form-errors');
    await form.getByLabel('Slutar').fill('11:30');
    await form.getByLabel('Plats', { exact: false }).first().fill('Köpings hamnkontor');
    await form.getByRole('button', { name: 'Spara mötet' }).click();

    await shown(page.getByRole('heading', { level: 1, name: 'Extra möte om hamnen' }));
    await shown(page.getByText(/5 juli 2027 09:00–11:30/));

    // Two items, a sub-item, then the last moved up with its button.
    const addItem = async (title: string, minutes: string, parent?: string) => {
      await page.getByRole('button', { name: 'Lägg till punkt' }).click();
      const item = page.getByRole('form', { name: 'Ny punkt' });
      await item.getByLabel('Rubrik').fill(title);
      await item.getByLabel('Tid i minuter').fill(minutes);
      if (parent) await item.getByLabel('Underpunkt till').selectOption({ label: parent });
      await item.getByRole('button', { name: 'Spara punkten' }).click();
      await shown(page.locator('.agenda__title', { hasText: title }));
    };
    await addItem('Mötets öppnande', '10');
    await addItem('Kajens bärighet', '40');
    await addItem('Läget från hamnen', '15', '2. Kajens bärighet');
    await addItem('Övriga frågor', '5');
    await page.getByRole('button', { name: 'Flytta punkt 3 upp' }).click();
    await shown(page.locator('.agenda__item', { hasText: 'Övriga frågor' }).locator('.agenda__number', { hasText: '2.' }));
    const times = await page.locator('.agenda__item .agenda__time time').allTextContents();
    expect(times).toEqual(['09:00', '09:10', '09:15', '09:15']);
    await screenshot(page, 'meetings-3-agenda');

    // Cancelling asks first and says why.
    await page.getByRole('button', { name: 'Ställ in mötet' }).click();
    await page.getByLabel('Varför ställs mötet in?').fill('Hamnen har flyttat mötet');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ställ in mötet' }).click();
    await shown(page.getByText('Inställt: Hamnen har flyttat mötet'));
    expect(await page.getByRole('button', { name: 'Lägg till punkt' }).count()).toBe(0);
    const meetingUrl = page.url();
    await page.goto(session.url);
    await signOut(page, DEMO_USERS.staff);

    // A member reads the meeting and its agenda, without the staff's buttons.
    await signIn(page, session.url, DEMO_USERS.member, new URL(meetingUrl).pathname);
    await shown(page.getByRole('heading', { level: 1, name: 'Extra möte om hamnen' }));
    await shown(page.locator('.agenda__title', { hasText: 'Kajens bärighet' }));
    expect(await page.getByRole('button', { name: /Flytta punkt/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Planera ett möte' }).count()).toBe(0);
  });

  it('lets a member register for the upcoming meeting and cancel again', async () => {
    const { page } = session;
    await signIn(page, session.url, DEMO_USERS.member, '/moten');
    await page.locator('.meetings__item a', { hasText: 'Nätverksmöte' }).first().click();
    await shown(page.getByRole('heading', { name: 'Anmälan' }));
    await page.getByRole('button', { name: 'Anmäl mig' }).click();
    await shown(page.getByText('Du är anmäld.'));
    await shown(page.getByText(/1 av 40 platser tagna/));
    await screenshot(page, 'meetings-registered');
    await page.getByRole('button', { name: 'Avanmäl mig' }).click();
    await shown(page.getByRole('button', { name: 'Anmäl mig' }));
    await page.goto(session.url);
    await signOut(page, DEMO_USERS.member);
  });

  it('records attendance, minutes and a decision that changes the object, named in its history', async () => {
    const { page } = session;
    await signIn(page, session.url, DEMO_USERS.staff, '/moten');
    await page.locator('.meetings__item a', { hasText: 'Nätverksmöte' }).first().click();
    await page.getByRole('button', { name: 'Starta mötet' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Starta mötet' }).click();
    await shown(page.locator('.meeting-status', { hasText: 'Pågår' }));

    // Attendance: a person of the arena found by name, and a guest.
    await page.getByLabel('Lägg till en person i arenan').fill('Demo');
    await page.locator('.attendance__candidates button').first().click();
    await page.getByLabel('Gästens namn').fill('Gäst Exempelsson');
    await page.getByLabel('Gästens organisation').fill('Regionen');
    await page.getByRole('button', { name: 'Lägg till gäst' }).click();
    await shown(page.getByRole('heading', { name: 'Närvaro (2)' }));

    // A decision on the harbour item: the object's status changes at once.
    const harbour = page.locator('.agenda__item', { hasText: 'Hamnens kapacitet' });
    const objectName = ((await harbour.locator('.agenda__objects a').first().textContent()) ?? '').trim();
    await harbour.getByRole('button', { name: /Nytt beslut under punkt/ }).click();
    const form = harbour.locator('.decision-form');
    await form.getByLabel('Ny status').selectOption({ index: 1 });
    const chosen = ((await form.getByLabel('Ny status').locator('option:checked').textContent()) ?? '').trim();
    await form.getByLabel('Motivering (valfri)').fill('Mötet står bakom rapporten.');
    await form.getByRole('button', { name: 'Anteckna beslutet' }).click();
    await shown(harbour.locator('.decision', { hasText: `till ${chosen}` }));
    await harbour.getByRole('button', { name: /Skriv protokoll för punkt/ }).click();
    await harbour.getByRole('textbox').fill('Hamnbolaget redogjorde för kajens skick.');
    await harbour.getByRole('button', { name: 'Spara protokollet' }).click();
    await shown(harbour.getByText('Hamnbolaget redogjorde för kajens skick.'));
    await screenshot(page, 'meetings-4-held');

    // The object's history names the meeting and the item.
    await harbour.locator('.agenda__objects a', { hasText: objectName }).first().click();
    await shown(page.locator('#object-detail-title', { hasText: objectName }));
    await shown(page.getByText(/Beslut på Nätverksmöte .*, punkt 3: Mötet står bakom rapporten\./));
    await screenshot(page, 'meetings-5-object-history');
  });
});
