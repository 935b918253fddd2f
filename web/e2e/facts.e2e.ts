import { browserSessions, DEMO_USERS, eventually, screenshot, shown, signIn } from './support';

const session = browserSessions();

/** Västerås hamn of the demo arena. */
async function vasterasPort(): Promise<string> {
  const rows: { id: string }[] = await session.db.query(
    `SELECT o.id FROM infrastructure_object o JOIN arena a ON a.id = o.arena_id WHERE o.name = 'Västerås hamn' AND a.slug = 'ila-vastmanland'`,
  );
  expect(rows).toHaveLength(1);
  return rows[0].id;
}

describe("staff keep an object's facts", () => {
  it('staff rename the object, set its municipality by hand, add a road number, redraw it on the map and set its planning; the detail shows them, a member reads them', async () => {
    const { page } = session;
    const objectId = await vasterasPort();
    await signIn(page, session.url, DEMO_USERS.staff, `/?lat=59.61&lng=16.54&z=12&object=${objectId}`);
    await shown(page.getByRole('heading', { level: 2, name: 'Västerås hamn' }));
    // Filled in from the position when the demo data was loaded.
    await shown(page.locator('.facts__row', { hasText: 'Kommun' }).getByText('Västerås'));

    await page.getByRole('button', { name: 'Redigera objektet Västerås hamn' }).click();
    const form = page.getByRole('form', { name: 'Redigera objektet Västerås hamn' });
    await shown(form);
    await form.getByLabel('Namn', { exact: true }).fill('Västerås hamn, Nordkajen');

    // A municipality by hand: Köping added, Västerås removed.
    await form.getByLabel('Lägg till kommun').selectOption({ label: 'Köping (Västmanland)' });
    await form.getByRole('button', { name: 'Ta bort Västerås' }).click();

    // A road number with a validation message first.
    await form.getByRole('button', { name: 'Lägg till nätreferens' }).click();
    await form.getByLabel('Vägnummer').fill('Storgatan');
    await screenshot(page, 'facts-form-filled');
    await form.getByRole('button', { name: 'Spara' }).click();
    await shown(form.getByText('Ange ett vägnummer, t.ex. E18 eller väg 56.').first());
    await form.getByLabel('Vägnummer').fill('E18');
    await form.getByText('funktionellt prioriterat vägnät för godstransporter').click();
    await form.getByRole('button', { name: 'Spara' }).click();

    await shown(page.getByRole('heading', { level: 2, name: 'Västerås hamn, Nordkajen' }));
    await shown(page.getByText('Ändringarna är sparade.'));
    await eventually(async () => expect(await page.locator('.facts__row', { hasText: 'Kommun' }).textContent()).toContain('Köping'));
    const refs = page.getByRole('region', { name: 'Nätreferenser' });
    await shown(refs.getByText('E18'));
    await screenshot(page, 'facts-saved');

    // The position redrawn on the map (a point clicked at the map's centre, in Västerås), the
    // municipalities handed back to the position: Västerås again.
    await page.getByRole('button', { name: 'Redigera objektet Västerås hamn, Nordkajen' }).click();
    const redraw = page.getByRole('form', { name: 'Redigera objektet Västerås hamn, Nordkajen' });
    await redraw.getByRole('button', { name: 'Rita som punkt' }).click();
    await shown(page.locator('.map.map--drawing'));
    const box = (await page.locator('.map').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await shown(redraw.getByText('Nytt läge ritat (punkt).'));
    await redraw.getByRole('button', { name: 'Fyll i från läget' }).click();
    await redraw.getByRole('button', { name: 'Spara' }).click();
    await shown(page.getByText('Ändringarna är sparade.'));
    await eventually(async () => expect(await page.locator('.facts__row', { hasText: 'Kommun' }).textContent()).toBe('KommunVästerås'));

    // Planning: staff set the stage; everyone reads it.
    await page.getByRole('button', { name: 'Redigera planering' }).click();
    const planning = page.getByRole('form', { name: 'Redigera planering' });
    await planning.getByLabel('Planeringsläge').selectOption({ label: 'I länsplanen' });
    await planning.getByLabel(/^Plan \(/).fill('Länsplan Västmanland 2026–2037');
    await planning.getByLabel('Kostnadsuppskattning (kr)').fill('45 000 000');
    await planning.getByRole('button', { name: 'Spara' }).click();
    const planningSection = page.getByRole('region', { name: 'Planering' });
    await shown(planningSection.getByText('I länsplanen'));
    await shown(planningSection.getByText('Länsplan Västmanland 2026–2037'));
    await screenshot(page, 'facts-planning');

    // A member sees the facts but gets no edit buttons.
    await page.context().clearCookies();
    await signIn(page, session.url, DEMO_USERS.member, `/?object=${objectId}`);
    await shown(page.getByRole('heading', { level: 2, name: 'Västerås hamn, Nordkajen' }));
    await shown(page.getByRole('region', { name: 'Nätreferenser' }).getByText('E18'));
    await shown(page.getByRole('region', { name: 'Planering' }).getByText('I länsplanen'));
    expect(await page.getByRole('button', { name: /Redigera/ }).count()).toBe(0);
  });
});
