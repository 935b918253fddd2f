import { canTransition, OBJECT_STATUSES, type ObjectStatus } from '@flaskhals/shared';
import type { Page } from 'playwright-core';

import { browserSessions, DEMO_USERS, eventually, screenshot, shown, signIn, waitForObjects } from './support';

const session = browserSessions();

/** The unread count the bell announces ("Aviseringar, 3 olästa"); 0 when it names none. */
async function unreadCount(page: Page): Promise<number> {
  const label = (await page.locator('.notification-bell__toggle').getAttribute('aria-label')) ?? '';
  const match = /(\d+)/.exec(label);
  return match ? Number(match[1]) : 0;
}

describe('the notification bell', () => {
  it('rises without a reload when staff change the status of an object the member follows, and leads to the object', async () => {
    const { page } = session;
    await signIn(page, session.url, DEMO_USERS.member);
    await waitForObjects(page);
    await page.locator('.object-row').first().click();
    const name = (await shown(page.locator('#object-detail-title'))).first();
    const objectName = ((await name.textContent()) ?? '').trim();
    const followButton = page.locator('.follow-button button');
    await shown(followButton);
    if ((await followButton.getAttribute('aria-pressed')) !== 'true') await followButton.click();
    await eventually(async () => expect(await followButton.getAttribute('aria-pressed')).toBe('true'));
    await expect(followButton.textContent()).resolves.toContain('Följer');
    const objectId = new URL(page.url()).searchParams.get('object')!;
    const before = await unreadCount(page);

    // The secretariat, in a browser of its own, changes the object's status.
    const staffContext = await session.context.browser()!.newContext({ locale: 'sv-SE' });
    await staffContext.route(
      (url) => !url.href.startsWith(session.url),
      (route) => route.abort('blockedbyclient'),
    );
    try {
      const staff = await staffContext.newPage();
      await signIn(staff, session.url, DEMO_USERS.staff);
      const graphql = async (query: string, variables: Record<string, unknown>) => {
        const response = await staff.request.post(`${session.url}/graphql`, { data: { query, variables } });
        const body = await response.json();
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        return body.data;
      };
      const { object } = await graphql(
        `
          query ($id: ID!) {
            object(id: $id) {
              status
            }
          }
        `,
        { id: objectId },
      );
      const to = OBJECT_STATUSES.find((s) => canTransition(object.status as ObjectStatus, s))!;
      await graphql(
        `
          mutation ($input: ChangeObjectStatusInput!) {
            changeObjectStatus(input: $input) {
              id
            }
          }
        `,
        {
          input: { objectIds: [objectId], status: to },
        },
      );
    } finally {
      await staffContext.close();
    }

    // The member's bell counts it, live.
    await eventually(async () => expect(await unreadCount(page)).toBe(before + 1));
    await expect(page.locator('[data-testid="unread-count"]').textContent()).resolves.toBe(String(before + 1));

    // The panel names the object and what happened; opening it marks it read.
    await page.locator('.notification-bell__toggle').click();
    const item = page.locator('.notification--unread', { hasText: objectName }).first();
    await shown(item);
    expect(await item.textContent()).toMatch(/Status: .+ → .+ av kansliet/);
    await screenshot(page, 'notification-bell');
    await item.locator('a').click();
    await eventually(async () => expect(await unreadCount(page)).toBe(before));
    expect(new URL(page.url()).searchParams.get('object')).toBe(objectId);
    await shown(page.getByRole('heading', { level: 2, name: objectName }));
  });

  it('an area alert drawn on the map and a municipality, and the e-mail choice on the profile', async () => {
    const { page } = session;
    await signIn(page, session.url, DEMO_USERS.member);
    await page.goto(`${session.url}/bevakningar`);
    await shown(page.getByRole('heading', { name: 'Bevakningar', level: 1 }));
    await shown(page.getByText('Du har inga bevakningar i den här arenan.'));

    // Without an area or a municipality the server says what is missing, in Swedish.
    await page.getByLabel('Namn på bevakningen').fill('Hamnarna');
    await page.getByRole('button', { name: 'Skapa bevakning' }).click();
    await shown(page.getByText('Rita ett område eller ange minst en kommun.'));

    const map = page.locator('.area-draw__map');
    await shown(map);
    const box = (await map.boundingBox())!;
    for (const [x, y] of [
      [0.3, 0.3],
      [0.7, 0.3],
      [0.6, 0.7],
    ])
      await page.mouse.click(box.x + box.width * x, box.y + box.height * y);
    await shown(page.getByText('Område med 3 hörn'));
    await page.getByRole('button', { name: 'Klar' }).click();
    await page.getByLabel('Kommuner').fill('Köping, Arboga');
    await page.getByRole('checkbox', { name: 'Kapacitet' }).check();
    await screenshot(page, 'area-alert-form');
    await page.getByRole('button', { name: 'Skapa bevakning' }).click();
    await shown(page.getByText('Bevakningen är skapad.'));
    const listed = page.locator('.area-alerts li', { hasText: 'Hamnarna' });
    await shown(listed);
    expect(await listed.textContent()).toContain('ritat område, Köping, Arboga · Kapacitet');

    await page.goto(`${session.url}/profil`);
    const none = page.getByRole('radio', { name: 'Ingen e-post' });
    await shown(none);
    await expect(page.getByRole('radio', { name: 'En sammanfattning per dag' }).isChecked()).resolves.toBe(true);
    await none.check();
    await shown(page.getByText('Sparat.'));
    await screenshot(page, 'notification-email-setting');
    await page.reload();
    await eventually(async () => expect(await page.getByRole('radio', { name: 'Ingen e-post' }).isChecked()).toBe(true));
  });

  it("rises without a reload for a person a member mentions in a comment, and names the comment's author", async () => {
    const { page, db } = session;
    const [object] = await db.query(
      `SELECT o.id, o.name FROM infrastructure_object o JOIN arena a ON a.id = o.arena_id
        WHERE a.slug = 'ila-vastmanland' AND o.status <> 'INACTIVE' ORDER BY o.name LIMIT 1`,
    );
    // The mentioned person has Flaskhals open in a browser of their own.
    const mentionedContext = await session.context.browser()!.newContext({ locale: 'sv-SE' });
    await mentionedContext.route(
      (url) => !url.href.startsWith(session.url),
      (route) => route.abort('blockedbyclient'),
    );
    try {
      const mentioned = await mentionedContext.newPage();
      await signIn(mentioned, session.url, DEMO_USERS.otherMember);
      await shown(mentioned.locator('.notification-bell__toggle'));
      const before = await unreadCount(mentioned);

      await signIn(page, session.url, DEMO_USERS.member, `/?object=${object.id}`);
      await shown(page.getByRole('heading', { level: 2, name: object.name }));
      const text = page.getByLabel('Skriv en kommentar');
      await text.click();
      await text.pressSequentially('Kan ni bekräfta köerna, ');
      await text.pressSequentially('@Åka');
      await shown(page.getByRole('option', { name: /Demo Åkare/ }));
      await text.press('Enter');
      await text.pressSequentially('?');
      await page.getByRole('button', { name: 'Skicka', exact: true }).click();
      await shown(page.getByText('Kommentaren är publicerad.'));

      await eventually(async () => expect(await unreadCount(mentioned)).toBe(before + 1), 15_000);
      await mentioned.locator('.notification-bell__toggle').click();
      const item = mentioned.locator('.notification--unread', { hasText: object.name }).first();
      await shown(item);
      await screenshot(mentioned, 'notifications-mention');
    } finally {
      await mentionedContext.close();
    }
  });
});
