import { browserSessions, DEMO_USERS, eventually, screenshot, shown, signIn } from './support';

const session = browserSessions();

/** "1 250 000" (with the no-break spaces of sv-SE) as a number. */
const swedishNumber = (text: string) => Number(text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));

describe('the register as a table', () => {
  it('opens from the map, sorts by SEK highest first, and staff change the status of two rows at once', async () => {
    const { page, url, db } = session;
    await page.goto(`${url}/?arena=ila-vastmanland`);
    // Once the list is in, the panel scrolls: the switch keeps its place above the filters.
    await shown(page.getByText(/objekt i kartvyn/));
    await screenshot(page, 'register-switch-on-map');
    await page.getByRole('link', { name: 'Tabell' }).click();
    await shown(page.getByRole('heading', { name: 'Registret' }));
    const table = page.locator('.register__table');
    await shown(table.getByRole('rowheader').first());
    expect(await table.getByRole('columnheader', { name: /Namn/ }).getAttribute('aria-sort')).toBe('ascending');

    await table.getByRole('button', { name: /Kronor\/år/ }).click();
    await eventually(async () => expect(page.url()).toContain('sort=SEK&dir=DESC'));
    await eventually(async () =>
      expect(await table.getByRole('columnheader', { name: /Kronor\/år/ }).getAttribute('aria-sort')).toBe('descending'),
    );
    // A visitor's figures: the public reports' sums, the largest first, as the database has them.
    const top: { name: string }[] = await db.query(
      `SELECT o.name FROM infrastructure_object o JOIN arena a ON a.id = o.arena_id JOIN object_totals t ON t.object_id = o.id
        WHERE a.slug = 'ila-vastmanland' AND o.status IN ('REPORTED', 'CONFIRMED', 'PRIORITIZED', 'RESOLVED', 'DISMISSED')
          AND EXISTS (SELECT 1 FROM report r WHERE r.object_id = o.id AND r.visibility = 'PUBLIC' AND r.withdrawn_at IS NULL)
        ORDER BY t.public_extra_cost_sek_per_year DESC, o.name COLLATE "sv-SE-x-icu" LIMIT 1`,
    );
    await eventually(async () => expect(await table.getByRole('rowheader').first().textContent()).toBe(top[0].name));
    const sekColumn = 1 + 7; // name is the row header; SEK is the eighth column after it
    const sek = (await table.locator(`tbody tr td:nth-child(${sekColumn})`).allTextContents()).map(swedishNumber);
    expect(sek.length).toBeGreaterThan(2);
    expect(sek).toEqual([...sek].sort((a, b) => b - a));
    await screenshot(page, 'register-by-sek');

    // Staff: two reported objects confirmed together from the table.
    await signIn(page, url, DEMO_USERS.staff, '/register?arena=ila-vastmanland&statuses=REPORTED&sort=SEK&dir=DESC');
    await shown(table.getByRole('rowheader').first());
    const names = (await table.getByRole('rowheader').allTextContents()).slice(0, 2);
    for (const name of names) await page.getByRole('checkbox', { name: `Välj ${name}` }).check();
    await shown(page.getByText('2 valda'));
    await page.getByRole('combobox', { name: 'Ny status…' }).selectOption({ label: 'Bekräftad' });
    await page.getByRole('button', { name: 'Ändra status för 2' }).click();
    await shown(page.getByText('2 objekt har nu status Bekräftad.'));
    // Filtered on "Rapporterad", the confirmed rows leave the table.
    await eventually(async () => expect(await table.getByRole('rowheader').allTextContents()).not.toContain(names[0]));
    const statuses: { status: string }[] = await db.query(
      `SELECT o.status FROM infrastructure_object o JOIN arena a ON a.id = o.arena_id WHERE a.slug = 'ila-vastmanland' AND o.name = ANY($1)`,
      [names],
    );
    expect(statuses.map((s) => s.status)).toEqual(['CONFIRMED', 'CONFIRMED']);
    await screenshot(page, 'register-staff');
  });

  it('sorts by score, highest first, from the Poäng column', async () => {
    const { page, url } = session;
    await page.goto(`${url}/register?arena=ila-vastmanland`);
    const table = page.locator('.register__table');
    await shown(table.getByRole('rowheader').first());
    expect(await table.getByRole('columnheader', { name: /Poäng/ }).getAttribute('aria-sort')).toBe('none');
    await table.getByRole('button', { name: /Poäng/ }).click();
    await eventually(async () => expect(page.url()).toContain('sort=SCORE&dir=DESC'));
    await eventually(async () =>
      expect(await table.getByRole('columnheader', { name: /Poäng/ }).getAttribute('aria-sort')).toBe('descending'),
    );
    const scoreColumn = 1 + 10; // the last column: name is the row header, the score the tenth after it
    const scores = async () => (await table.locator(`tbody tr td:nth-child(${scoreColumn})`).allTextContents()).map(swedishNumber);
    await eventually(async () => {
      const shownScores = await scores();
      expect(shownScores.length).toBeGreaterThan(2);
      expect(shownScores).toEqual([...shownScores].sort((a, b) => b - a));
    });
    // Clicking the last column scrolled the table sideways: back to the names for the picture.
    await page.locator('.register__scroll').evaluate((el) => el.scrollTo(0, 0));
    await screenshot(page, 'register-by-score');
  });
});
