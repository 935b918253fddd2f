import { browserSessions, DEMO_USERS, screenshot, shown, signIn } from './support';

const session = browserSessions();

describe('members', () => {
  it('staff create an organization: an invalid organisationsnummer is refused, a valid one lands in the list', async () => {
    const { page } = session;
    await signIn(page, session.url, DEMO_USERS.staff);
    await page.goto(`${session.url}/medlemmar`);
    await page.getByRole('button', { name: 'Ny organisation' }).click();
    const form = page.getByRole('form', { name: 'Ny organisation' });
    await form.getByLabel('Namn', { exact: true }).fill('Nya Hamnbolaget AB');
    await form.getByLabel('Typ av organisation').selectOption({ label: 'Hamn- eller terminaloperatör' });
    await form.getByLabel(/^Organisationsnummer/).fill('556016-0681');
    await form.getByLabel(/^Antal anställda/).fill('120');
    await form.getByRole('button', { name: 'Skapa organisation' }).click();
    await shown(form.getByText('Ogiltigt organisationsnummer (NNNNNN-NNNN).'));
    await screenshot(page, '12-organization-invalid');

    await form.getByLabel(/^Organisationsnummer/).fill('556016-0680');
    await form.getByRole('button', { name: 'Skapa organisation' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByLabel('Sök organisation').fill('Hamnbolaget');
    await page.getByRole('search').first().getByRole('button', { name: 'Sök' }).click();
    const item = page.locator('.directory-item', { hasText: 'Nya Hamnbolaget AB' });
    await shown(item.getByText('556016-0680', { exact: false }));
    await screenshot(page, '12-organization-created');
  });
});
