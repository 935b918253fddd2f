import { browserSessions, DEMO_USERS, eventually, screenshot, shown, signIn } from './support';

const session = browserSessions();

describe("the secretariat's inbox", () => {
  it('lists what members reported, changes a selection in bulk, and the inbox and its header count follow', async () => {
    const { page, url, db } = session;
    const waiting: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM infrastructure_object o JOIN arena a ON a.id = o.arena_id
        WHERE a.slug = 'ila-vastmanland' AND o.triage_pending_since IS NOT NULL`,
    );
    const before = waiting[0].n;
    expect(before).toBeGreaterThan(2);

    await signIn(page, url, DEMO_USERS.staff, '/inkorg');
    const inbox = page.getByRole('link', { name: new RegExp(`^Inkorg: ${before} objekt väntar`) });
    await shown(inbox);
    await shown(page.getByText(`${before} objekt väntar`));
    const items = page.locator('.triage__item');
    await eventually(async () => expect(await items.count()).toBe(before));
    await expect(items.first().getByText('Ny', { exact: true }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'triage-inbox');

    // A refused bulk change changes none: REPORTED objects cannot be prioritized at once.
    const names = await page.locator('.triage__name').allTextContents();
    await page.getByRole('checkbox', { name: `Välj ${names[0]}` }).check();
    await page.getByRole('checkbox', { name: `Välj ${names[1]}` }).check();
    await page.getByRole('combobox', { name: 'Ny status…' }).selectOption({ label: 'Prioriterad' });
    await page.getByRole('button', { name: 'Ändra status för 2' }).click();
    await shown(page.getByText(`${names[0]} kan inte gå från Rapporterad till Prioriterad.`));
    expect(await items.count()).toBe(before);

    await page.getByRole('combobox', { name: 'Ny status…' }).selectOption({ label: 'Bekräftad' });
    await page.getByPlaceholder('Motivering (valfri)').fill('Genomgånget på veckomötet');
    await page.getByRole('button', { name: 'Ändra status för 2' }).click();
    await shown(page.getByText('2 objekt har nu status Bekräftad.'));
    await eventually(async () => expect(await items.count()).toBe(before - 2));
    await shown(page.getByRole('link', { name: new RegExp(`^Inkorg: ${before - 2} objekt väntar`) }));

    // The object's history tells everyone who sees it what the secretariat decided.
    const statuses: { status: string }[] = await db.query(
      `SELECT o.status FROM infrastructure_object o JOIN arena a ON a.id = o.arena_id
        WHERE a.slug = 'ila-vastmanland' AND o.name = ANY($1)`,
      [names.slice(0, 2)],
    );
    expect(statuses.map((s) => s.status)).toEqual(['CONFIRMED', 'CONFIRMED']);
    await page.getByRole('link', { name: names[2] }).click();
    await page.getByRole('button', { name: 'Ändra status' }).click();
    await page.getByLabel('Avfärdad').check();
    await page.getByLabel(/Motivering/).fill('Ligger utanför arenans område');
    await page.getByRole('button', { name: 'Spara status' }).click();
    const history = page.locator('.timeline');
    await shown(history.getByText('Status: Rapporterad → Avfärdad'));
    await shown(history.getByText('Ligger utanför arenans område'));
    await screenshot(page, 'triage-history');
  });
});
