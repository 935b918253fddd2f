import { browserSessions, DEMO_USERS, eventually, screenshot, shown, signIn, userMenu } from './support';

const session = browserSessions();

async function demoObject(name: string): Promise<string> {
  const rows: { id: string }[] = await session.db.query(
    `SELECT o.id FROM infrastructure_object o JOIN arena a ON a.id = o.arena_id WHERE o.name = $1 AND a.slug = 'ila-vastmanland'`,
    [name],
  );
  expect(rows).toHaveLength(1);
  return rows[0].id;
}

describe('scores', () => {
  it("a member reads why an object's score is what it is; staff judge another object and its score moves", async () => {
    const { page } = session;
    const port = await demoObject('Västerås hamn');
    await signIn(page, session.url, DEMO_USERS.member, `/?lat=59.61&lng=16.54&z=12&object=${port}`);
    const score = page.getByRole('region', { name: 'Poäng' });
    await shown(score);
    // Judged in the demo data: severity 4 of 5, strategic fit 5 of 5; a port counts fully for freight.
    await shown(score.getByRole('row', { name: /Allvarlighet 2 80 %/ }));
    await shown(score.getByRole('row', { name: /Strategisk passform 2 100 %/ }));
    await shown(score.getByRole('row', { name: /Betydelse för godset 2 100 %/ }));
    await score.scrollIntoViewIfNeeded();
    await screenshot(page, 'scoring-breakdown');

    // An object nobody has judged says so; staff judge it and its score changes.
    const plain = await demoObject('Riksväg 66 Västerås–Surahammar–Fagersta');
    await page.context().clearCookies();
    await signIn(page, session.url, DEMO_USERS.staff, `/?object=${plain}`);
    const plainScore = page.getByRole('region', { name: 'Poäng' });
    await shown(plainScore.getByRole('row', { name: /Allvarlighet 2 Ej bedömd/ }));
    const before = await plainScore.locator('.score-breakdown__total strong').textContent();
    await page.getByRole('button', { name: 'Redigera planering' }).click();
    const planning = page.getByRole('form', { name: 'Redigera planering' });
    await planning.getByLabel('Allvarlighet (kansliets bedömning)').selectOption({ label: '5 – mycket hög' });
    await planning.getByRole('button', { name: 'Spara' }).click();
    await shown(page.getByRole('region', { name: 'Planering' }).getByText('5 – mycket hög'));
    await shown(plainScore.getByRole('row', { name: /Allvarlighet 2 100 %/ }));
    await eventually(async () => expect(await plainScore.locator('.score-breakdown__total strong').textContent()).not.toBe(before));
  });

  it('an admin opens the weights from the account menu, gets a Swedish error beside a bad weight, previews and saves', async () => {
    const { page } = session;
    await page.context().clearCookies();
    await signIn(page, session.url, DEMO_USERS.admin, '/');
    await userMenu(page, DEMO_USERS.admin).click();
    await page.getByRole('link', { name: 'Poäng och vikter' }).click();
    await shown(page.getByRole('heading', { level: 1, name: 'Poäng och vikter' }));
    const form = page.getByRole('form', { name: 'Vikter' });
    await shown(page.getByRole('heading', { name: 'Rangordning' }));
    const firstBefore = await page.locator('.scoring-page__ranking tbody tr').first().textContent();

    await form.getByLabel('Allvarlighet').fill('11');
    await form.getByRole('button', { name: 'Spara vikter' }).click();
    await shown(form.getByText('Får vara högst 10.'));

    // Only freight counts: ports and terminals come first in the preview.
    for (const label of ['Ekonomisk påverkan', 'Bredd (organisationer)', 'Allvarlighet', 'Strategisk passform', 'Åtgärdens realism']) {
      await form.getByLabel(label).fill('0');
    }
    await form.getByLabel('Betydelse för godset').fill('10');
    // The corrected field loses its message at once.
    await eventually(async () => expect(await form.getByText('Får vara högst 10.').count()).toBe(0));
    await shown(page.getByRole('heading', { name: 'Förhandsvisning med ändrade vikter (inte sparade)' }));
    await eventually(async () => expect(await page.locator('.scoring-page__ranking tbody tr').first().textContent()).toMatch(/5$/));
    await page.getByRole('heading', { name: 'Förhandsvisning med ändrade vikter (inte sparade)' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'scoring-weights-preview');
    await form.getByRole('button', { name: 'Spara vikter' }).click();
    await shown(page.getByText('Vikterna är sparade.'));
    await shown(page.getByRole('heading', { name: 'Rangordning' }));
    expect(firstBefore).toBeTruthy();
  });

  it("the register shows each object's score in a column; a member reads the criteria and the ranking on /poang", async () => {
    const { page } = session;
    await page.context().clearCookies();
    await signIn(page, session.url, DEMO_USERS.member, '/register');
    const table = page.getByRole('table');
    await shown(table.getByRole('columnheader', { name: 'Poäng' }));
    await eventually(async () => expect(await table.locator('tbody tr').first().locator('td').last().textContent()).toMatch(/^\d(,\d)?$/));

    // From an object's score, a member reaches the criteria and the ranking, without the weights' form.
    await page.goto(`${session.url}/poang`);
    await shown(page.getByRole('heading', { level: 1, name: 'Poäng och vikter' }));
    await shown(page.getByRole('heading', { name: 'Rangordning' }));
    await shown(page.locator('.scoring-page__ranking tbody tr').first());
    expect(await page.getByRole('form', { name: 'Vikter' }).count()).toBe(0);
    await screenshot(page, 'scoring-member-page');
  });
});
