import type { Page } from 'playwright-core';

import { browserSessions, DEMO_USERS, fillSignInForm, screenshot, shown, signIn } from './support';

const session = browserSessions();

/** The link of the last e-mail to `to` (of the given purpose), as a path of the app. */
async function linkMailedTo(to: string, pattern: RegExp): Promise<string> {
  const rows: { text_body: string }[] = await session.db.query(
    `SELECT text_body FROM email_outbox WHERE to_address = $1 ORDER BY created_at DESC`,
    [to],
  );
  expect(rows.length).toBeGreaterThan(0);
  const match = pattern.exec(rows[0].text_body);
  if (!match) throw new Error(`no link in: ${rows[0].text_body}`);
  return `/${match[0]}`;
}

async function invite(page: Page, email: string) {
  await page.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Demo Stålverk AB' });
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Roll', { exact: true }).selectOption({ label: 'Medlem' });
  await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
  await shown(page.getByText(`Inbjudan är skickad till ${email}.`));
}

describe('invitations', () => {
  it('staff invite a new person who sets a password, is signed in and can report; the link works once', async () => {
    const { page } = session;
    const email = 'ny.person@stalverk.example';
    await signIn(page, session.url, DEMO_USERS.staff);
    await page.goto(`${session.url}/medlemmar`);
    await shown(page.getByRole('heading', { name: 'Inbjudningar' }));
    await invite(page, email);
    await shown(page.locator('.invitation-item', { hasText: email }).getByText('Väntar'));
    await screenshot(page, '11-members-invite');

    const link = await linkMailedTo(email, /inbjudan\?token=[\w-]+/);
    const visitor = await page
      .context()
      .browser()!
      .newContext({ viewport: { width: 1366, height: 820 }, locale: 'sv-SE' });
    try {
      const other = await visitor.newPage();
      await other.goto(session.url + link);
      await shown(other.getByText('Demo Stålverk AB'));
      await shown(other.getByText(email));
      await other.getByLabel('Ditt namn').fill('Nya Personen');
      await other.getByLabel('Välj lösenord').fill('ett-langt-losenord');
      await other.getByLabel('Upprepa lösenordet').fill('ett-langt-losenord');
      await screenshot(other, '11-accept-invitation');
      await other.getByRole('button', { name: 'Acceptera inbjudan' }).click();
      await shown(other.getByRole('button', { name: /Nya Personen.*Demo Stålverk AB/ }));
      await shown(other.getByText('Välkommen, Nya Personen! Du är nu inloggad.'));
      await screenshot(other, '11-welcome');
      await other.getByRole('button', { name: 'Rapportera flaskhals' }).click();
      await shown(other.getByRole('button', { name: 'Använd kartans mitt' }));

      await other.goto(session.url + link);
      await shown(other.getByText('Inbjudan är redan använd.'));
      await screenshot(other, '11-invitation-used');
    } finally {
      await visitor.close();
    }
  });

  it('a revoked invitation’s link says it is revoked', async () => {
    const { page } = session;
    const email = 'angrad@stalverk.example';
    await signIn(page, session.url, DEMO_USERS.staff);
    await page.goto(`${session.url}/medlemmar`);
    await invite(page, email);
    const item = page.locator('.invitation-item', { hasText: email });
    await item.getByRole('button', { name: `Återkalla: ${email}` }).click();
    await item.getByRole('button', { name: 'Ja, återkalla' }).click();
    await shown(item.getByText('Återkallad'));
    const link = await linkMailedTo(email, /inbjudan\?token=[\w-]+/);
    await page.goto(session.url + link);
    await shown(page.getByText(/återkallad/));
    await screenshot(page, '11-invitation-revoked');
  });
});

describe('password reset', () => {
  it('mails a link; the new password signs in', async () => {
    const { page } = session;
    await page.goto(`${session.url}/logga-in`);
    await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
    await page.getByLabel('E-postadress').fill(DEMO_USERS.member.email);
    await page.getByRole('button', { name: 'Skicka länk' }).click();
    await shown(page.getByText(/Om adressen finns skickar vi en länk/));
    await screenshot(page, '12-forgot-password');

    const rows: { text_body: string }[] = await session.db.query(
      `SELECT text_body FROM email_outbox WHERE to_address = $1 AND purpose = 'password-reset' ORDER BY created_at DESC`,
      [DEMO_USERS.member.email],
    );
    const match = /aterstall-losenord\?token=[\w-]+/.exec(rows[0]?.text_body ?? '');
    expect(match).not.toBeNull();
    await page.goto(`${session.url}/${match![0]}`);
    await page.getByRole('textbox', { name: 'Nytt lösenord' }).fill('ett-nytt-losenord');
    await page.getByLabel('Upprepa det nya lösenordet').fill('ett-nytt-losenord');
    await page.getByRole('button', { name: 'Spara lösenordet' }).click();
    await shown(page.getByText('Lösenordet är bytt.', { exact: false }));
    await screenshot(page, '12-reset-done');
    await page.getByRole('link', { name: 'Till inloggningen' }).click();
    await fillSignInForm(page, DEMO_USERS.member.email, 'ett-nytt-losenord');
    await shown(page.getByRole('button', { name: /Demo Medlem.*Demo Stålverk AB/ }));
  });

  it('shows the directory, audit log and outbox to their roles', async () => {
    const { page } = session;
    await signIn(page, session.url, DEMO_USERS.admin);
    await page.goto(`${session.url}/medlemmar`);
    await shown(page.getByText('Demo Stålverk AB').first());
    await shown(page.getByText('Demo Medlem').first());
    await screenshot(page, '13-directory');
    await page.goto(`${session.url}/logg`);
    await shown(page.locator('.directory-item').or(page.getByText('Inga händelser.')));
    await screenshot(page, '13-audit-log');
    await page.goto(`${session.url}/utkorg`);
    await shown(page.getByRole('heading', { name: 'Utkorg' }));
    await shown(page.locator('.directory-item').or(page.getByText('Inga e-postmeddelanden.')));
    await screenshot(page, '13-outbox');
  });
});
