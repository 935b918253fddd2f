import { readFile } from 'node:fs/promises';

import { browserSessions, DEMO_USERS, screenshot, shown, signIn, signOut } from './support';

const session = browserSessions();

describe('the protocol after the meeting', () => {
  it('staff correct the Markdown minutes, the adjuster approves, the protocol shows as approved and its PDF downloads', async () => {
    const { page, db } = session;
    // The demo's past meeting back to a draft, with the member as its only adjuster.
    const [{ id: meetingId }] = await db.query(`SELECT id FROM meeting WHERE status = 'CLOSED' ORDER BY starts_at DESC LIMIT 1`);
    await db.query(`UPDATE meeting SET protocol_approved_at = NULL WHERE id = $1`, [meetingId]);
    await db.query(`DELETE FROM meeting_adjuster WHERE meeting_id = $1 AND user_id = (SELECT id FROM user_account WHERE email = $2)`, [
      meetingId,
      DEMO_USERS.otherMember.email,
    ]);
    await db.query(`UPDATE meeting_adjuster SET approved_at = NULL WHERE meeting_id = $1`, [meetingId]);

    await signIn(page, session.url, DEMO_USERS.staff, `/moten/${meetingId}`);
    await shown(page.getByText('Utkast: protokollet kan ändras tills justerarna har godkänt det.'));
    await page.getByRole('button', { name: 'Ändra protokollet för punkt 2' }).click();
    await page
      .getByRole('textbox', { name: 'Protokoll för punkt 2' })
      .fill('Föregående protokoll lades till handlingarna **med en rättelse**.');
    await page.getByRole('button', { name: 'Spara protokollet' }).click();
    await shown(page.locator('.minutes__text strong', { hasText: 'med en rättelse' }));
    await shown(page.getByRole('link', { name: 'Ladda ner utkastet (PDF)' }));
    await screenshot(page, 'protocol-0-draft');
    await page.goto(session.url);
    await signOut(page, DEMO_USERS.staff);

    await signIn(page, session.url, DEMO_USERS.member, `/moten/${meetingId}`);
    await shown(page.getByRole('heading', { name: 'Protokoll och justering' }));
    expect(await page.getByRole('link', { name: /Ladda ner/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Justera protokollet' }).click();
    await shown(page.getByText(/Det går inte att ångra/));
    await page.getByRole('alertdialog').getByRole('button', { name: 'Justera protokollet' }).click();
    await shown(page.getByText(/Protokollet justerades .* och kan inte längre ändras\./));
    await shown(page.locator('.protocol__adjusters', { hasText: 'Demo Medlem' }).getByText(/justerade/));
    expect(await page.getByRole('button', { name: 'Justera protokollet' }).count()).toBe(0);
    await screenshot(page, 'protocol-1-approved');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner protokollet (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^protokoll-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    // The archive lists it under its year.
    await page.goto(`${session.url}/moten/protokoll`);
    await shown(page.getByRole('heading', { level: 1, name: 'Protokollarkiv' }));
    await shown(page.locator('.meetings__item', { hasText: 'Nätverksmöte' }).getByRole('link', { name: 'PDF' }));
    await shown(page.getByRole('heading', { level: 2, name: /^\d{4}$/ }));
    await screenshot(page, 'protocol-2-archive');
  });
});
