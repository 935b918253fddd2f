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

  it('an admin changing a role is asked first, naming the person and the role, and can undo it', async () => {
    const { page, db } = session;
    const roleOf = async () =>
      (
        await db.query(
          `SELECT r.role FROM user_arena_role r JOIN user_account u ON u.id = r.user_id JOIN arena a ON a.id = r.arena_id
            WHERE u.email = $1 AND a.slug = 'ila-vastmanland'`,
          [DEMO_USERS.member.email],
        )
      )[0]?.role as string | undefined;
    await signIn(page, session.url, DEMO_USERS.admin);
    await page.goto(`${session.url}/medlemmar`);
    const select = page.getByLabel(`Roll för ${DEMO_USERS.member.name}`);
    await select.selectOption({ label: 'Kansli' });
    const question = page.getByRole('alertdialog', { name: `Ändra rollen för ${DEMO_USERS.member.name} från Medlem till Kansli?` });
    await shown(question);
    expect(await roleOf()).toBe('MEMBER');
    await screenshot(page, '13-role-confirm');

    await question.getByRole('button', { name: 'Ändra roll' }).click();
    await shown(page.getByText(`${DEMO_USERS.member.name} har nu rollen Kansli.`));
    expect(await roleOf()).toBe('STAFF');
    await page.getByRole('button', { name: 'Ångra (tillbaka till Medlem)' }).click();
    await question.waitFor({ state: 'detached' });
    await page.getByText(`${DEMO_USERS.member.name} har nu rollen`).waitFor({ state: 'detached' });
    expect(await roleOf()).toBe('MEMBER');
  });
});
