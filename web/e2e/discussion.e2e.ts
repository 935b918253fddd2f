import sharp from 'sharp';

import { browserSessions, DEMO_USERS, eventually, screenshot, shown, signIn, signOut } from './support';

const session = browserSessions();

describe('the discussion of an object', () => {
  it('a member writes a comment with a mention and a photo; it shows rendered with a thumbnail; staff hide it with a reason', async () => {
    const { page } = session;
    const [object] = await session.db.query(`SELECT id, name FROM infrastructure_object WHERE name ILIKE '%hamn%' ORDER BY name LIMIT 1`);
    await signIn(page, session.url, DEMO_USERS.member);
    await page.goto(`${session.url}/?object=${object.id}`);
    await shown(page.getByRole('heading', { level: 2, name: object.name }));
    await shown(page.getByRole('heading', { name: /Diskussion/ }));

    const text = page.getByLabel('Skriv en kommentar');
    await text.click();
    await text.pressSequentially('Vi ser samma kö, ');
    await text.pressSequentially('@Åka');
    const option = page.getByRole('option', { name: /Demo Åkare/ });
    await shown(option);
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await text.press('Enter');
    await text.pressSequentially('har ni **siffror**?');
    expect(await text.inputValue()).toMatch(/^Vi ser samma kö, @\[Demo Åkare\]\([0-9a-f-]{36}\) har ni \*\*siffror\*\*\?$/);

    // A file the server would refuse is named before anything is sent.
    const input = page.getByTestId('attachment-input');
    await input.setInputFiles({ name: 'anteckningar.txt', mimeType: 'text/plain', buffer: Buffer.from('text') });
    await shown(page.getByText('Bara foton (JPEG, PNG, WebP) och PDF-filer kan bifogas.'));
    await page.getByRole('button', { name: 'Ta bort anteckningar.txt ur listan' }).click();

    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#2a6f97' } })
      .jpeg()
      .toBuffer();
    await input.setInputFiles({ name: 'kon-vid-grinden.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByRole('tab', { name: 'Förhandsgranska' }).click();
    await shown(page.locator('.comment-editor__preview .mention', { hasText: '@Demo Åkare' }));
    await screenshot(page, 'discussion-1-preview');
    await page.getByRole('button', { name: 'Skicka', exact: true }).click();

    await shown(page.getByText('Kommentaren är publicerad.'));
    const comment = page.locator('.comment', { hasText: 'Vi ser samma kö' });
    await shown(comment);
    expect(await comment.locator('.mention').textContent()).toBe('@Demo Åkare');
    expect(await comment.locator('strong', { hasText: 'siffror' }).count()).toBe(1);
    expect(await comment.textContent()).not.toContain('](');
    const thumbnail = comment.locator('img.attachment__thumbnail');
    await shown(thumbnail);
    await eventually(async () => expect(await thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320));
    expect(await thumbnail.getAttribute('alt')).toBe('kon-vid-grinden.jpg');
    await comment.scrollIntoViewIfNeeded();
    await screenshot(page, 'discussion-2-posted');

    // The secretariat hides it with a reason, after being asked; the member then reads only the reason.
    await signOut(page, DEMO_USERS.member);
    await signIn(page, session.url, DEMO_USERS.staff, `/?object=${object.id}`);
    const staffView = page.locator('.comment', { hasText: 'Vi ser samma kö' });
    await shown(staffView);
    await staffView.getByRole('button', { name: 'Dölj' }).click();
    const question = page.getByRole('alertdialog', { name: 'Dölja kommentaren för alla utom kansliet?' });
    await shown(question);
    await question.getByLabel(/^Skäl/).fill('Uppgifter om enskild person');
    await question.getByRole('button', { name: 'Dölj kommentaren' }).click();
    await shown(staffView.getByText('Dold för andra. Skälet: Uppgifter om enskild person'));
    expect(await staffView.locator('.mention').count()).toBe(1);
    await signOut(page, DEMO_USERS.staff);
    await signIn(page, session.url, DEMO_USERS.otherMember, `/?object=${object.id}`);
    const hidden = page.locator('.comment--hidden');
    await shown(hidden.getByText('Dolt av kansliet: Uppgifter om enskild person'));
    expect(await hidden.textContent()).not.toContain('siffror');
    expect(await hidden.locator('img').count()).toBe(0);
  });
});

describe('attachments on a report', () => {
  it('the reporting organization adds a photo to its report; it shows as a thumbnail, another member sees it too', async () => {
    const { page } = session;
    const [report] = await session.db.query(
      `SELECT r.id, r.title, r.object_id, o.name AS object_name FROM report r JOIN organization org ON org.id = r.organization_id
        JOIN infrastructure_object o ON o.id = r.object_id
       WHERE org.name = $1 AND r.withdrawn_at IS NULL ORDER BY r.created_at LIMIT 1`,
      [DEMO_USERS.member.organization],
    );
    await signIn(page, session.url, DEMO_USERS.member, `/?object=${report.object_id}`);
    const item = page.locator('.report', { hasText: report.title });
    await shown(item);
    await item.getByRole('button', { name: 'Bifoga foton eller PDF' }).click();
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#c0392b' } })
      .png()
      .toBuffer();
    await item.getByTestId('attachment-input').setInputFiles({ name: 'grinden.png', mimeType: 'image/png', buffer: photo });
    await item.getByRole('button', { name: 'Ladda upp' }).click();
    const thumbnail = item.locator('img.attachment__thumbnail');
    await shown(thumbnail);
    await eventually(async () => expect(await thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320));
    await item.scrollIntoViewIfNeeded();
    await screenshot(page, 'discussion-3-report-attachment');

    await signOut(page, DEMO_USERS.member);
    await signIn(page, session.url, DEMO_USERS.otherMember, `/?object=${report.object_id}`);
    const seen = page.locator('.report', { hasText: report.title }).locator('img.attachment__thumbnail');
    await shown(seen);
    expect(await page.locator('.report', { hasText: report.title }).getByRole('button', { name: 'Bifoga foton eller PDF' }).count()).toBe(
      0,
    );
  });
});
