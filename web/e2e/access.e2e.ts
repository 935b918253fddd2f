import type { Page } from 'playwright-core';

import {
  browserSessions,
  DEMO_PASSWORD,
  DEMO_USERS,
  type DemoUser,
  eventually,
  fillSignInForm,
  objectsInView,
  screenshot,
  shown,
  signIn,
  signOut,
  userMenu,
  waitForObjects,
} from './support';

let sessionEnv: Record<string, string> | undefined;
const session = browserSessions(() => ({ env: sessionEnv }));

/** The text of the elements that describe a field (hint, error), as a screen reader reads them. */
async function descriptionOf(page: Page, label: string): Promise<string> {
  const ids = (await page.getByLabel(label, { exact: true }).getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(' ')
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(' ');
}

/** The id of the object a seeded report is on, in the default arena (other demo arenas have copies). */
async function objectOfReport(title: string): Promise<string> {
  const rows: { object_id: string }[] = await session.db.query(
    `SELECT r.object_id FROM report r JOIN arena a ON a.id = r.arena_id WHERE r.title = $1 AND a.slug = 'ila-vastmanland'`,
    [title],
  );
  expect(rows).toHaveLength(1);
  return rows[0].object_id;
}

/** Signs in as `user` and opens one object's detail. */
async function openObjectAs(page: Page, user: DemoUser, objectId: string) {
  await signIn(page, session.url, user, `/?object=${objectId}`);
}

describe('signing in and out', () => {
  it('signs in from the header, shows the user there, signs out again; a wrong password gets a Swedish error', async () => {
    const { page } = session;
    await page.goto(session.url);
    await waitForObjects(page);

    await page.getByRole('link', { name: 'Logga in', exact: true }).click();
    await shown(page.getByRole('heading', { name: 'Logga in' }));
    await fillSignInForm(page, DEMO_USERS.member.email, 'inte-rätt-lösenord');
    await shown(page.getByText('Fel e-postadress eller lösenord.'));
    expect(await descriptionOf(page, 'Lösenord')).toContain('Fel e-postadress eller lösenord.');
    expect(await userMenu(page, DEMO_USERS.member).count()).toBe(0);
    await screenshot(page, '6-sign-in-wrong-password');

    await page.getByLabel('Lösenord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    const menu = await shown(userMenu(page, DEMO_USERS.member));
    expect(new URL(page.url()).pathname).toBe('/');
    await waitForObjects(page);
    expect(await page.getByRole('banner').textContent()).toContain('Infrastruktur & Logistikarenan Västmanland');

    await menu.click();
    await shown(page.getByRole('link', { name: 'Profil' }));
    await screenshot(page, '6-signed-in-menu');
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await shown(page.getByRole('link', { name: 'Logga in', exact: true }));
    expect(await userMenu(page, DEMO_USERS.member).count()).toBe(0);
    await shown(page.getByRole('link', { name: 'Logga in för att rapportera' }));

    // The session is gone on the server too: a reload stays signed out.
    await page.reload();
    await waitForObjects(page);
    await shown(page.getByRole('link', { name: 'Logga in', exact: true }));
    expect(await userMenu(page, DEMO_USERS.member).count()).toBe(0);
  });

  it('shows the profile, changes the password and signs out everywhere', async () => {
    const { page } = session;
    await signIn(page, session.url, DEMO_USERS.member);
    await userMenu(page, DEMO_USERS.member).click();
    await page.getByRole('link', { name: 'Profil' }).click();
    await shown(page.getByRole('heading', { level: 1, name: 'Profil' }));
    const profile = (await page.locator('main').textContent()) ?? '';
    expect(profile).toContain('Demo Medlem');
    expect(profile).toContain('medlem@ila.example');
    expect(profile).toContain('Demo Stålverk AB');
    const arenaRow = page.locator('.profile-arenas li', { hasText: 'Infrastruktur & Logistikarenan Västmanland' });
    expect(await arenaRow.textContent()).toMatch(/Infrastruktur & Logistikarenan Västmanland\s*Medlem/);
    expect(await arenaRow.getByRole('link').getAttribute('href')).toBe('/?arena=ila-vastmanland');

    const newPassword = 'ett-nytt-langt-losenord';
    await page.getByLabel('Nuvarande lösenord').fill(DEMO_PASSWORD);
    await page.getByLabel('Nytt lösenord').fill('kort');
    await page.getByLabel('Upprepa det nya lösenordet').fill('kortare');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    expect(await descriptionOf(page, 'Nytt lösenord')).toContain('Skriv minst 10 tecken.');
    expect(await descriptionOf(page, 'Upprepa det nya lösenordet')).toContain('Lösenorden är inte lika.');
    await screenshot(page, '6-profile-password-errors');

    await page.getByLabel('Nytt lösenord').fill(newPassword);
    await page.getByLabel('Upprepa det nya lösenordet').fill(newPassword);
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await shown(page.getByText('Lösenordet är bytt.'));
    await screenshot(page, '6-profile-password-changed');

    await page.getByRole('button', { name: 'Logga ut på alla enheter' }).click();
    await shown(page.getByRole('link', { name: 'Logga in', exact: true }));
    await page.waitForURL((url) => url.pathname === '/');

    // The old password no longer works, the new one does.
    await page.getByRole('link', { name: 'Logga in', exact: true }).click();
    await fillSignInForm(page, DEMO_USERS.member.email, DEMO_PASSWORD);
    await shown(page.getByText('Fel e-postadress eller lösenord.'));
    await page.getByLabel('Lösenord', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await shown(userMenu(page, DEMO_USERS.member));
  });
});

describe('with a low sign-in limit', () => {
  beforeAll(() => {
    sessionEnv = { RATE_LIMIT_SIGN_IN: '2' };
  });
  afterAll(() => {
    sessionEnv = undefined;
  });

  it('says in Swedish when to try again after too many attempts', async () => {
    const { page } = session;
    await page.goto(`${session.url}/logga-in`);
    for (let attempt = 1; attempt <= 2; attempt++) {
      await fillSignInForm(page, DEMO_USERS.member.email, `gissning-${attempt}`);
      await shown(page.getByText('Fel e-postadress eller lösenord.'));
    }
    await fillSignInForm(page, DEMO_USERS.member.email, DEMO_PASSWORD);
    // The limit is per 15 minutes: even the right password waits.
    await shown(page.getByText(/^För många försök\. Försök igen om 1[45] minuter\.$/));
    expect(await userMenu(page, DEMO_USERS.member).count()).toBe(0);
    await screenshot(page, '6-sign-in-rate-limited');
  });
});

describe('what each role sees', () => {
  it('shows a visitor fewer objects than a member, with a note and no report button; an observer reads but does not report', async () => {
    const { page } = session;
    await page.goto(session.url);
    await waitForObjects(page);
    const visitorCount = await objectsInView(page);
    await shown(page.getByText('Du ser det arenan har publicerat.'));
    await shown(page.getByRole('link', { name: 'Logga in för medlemsvyn.' }));
    expect(await page.getByRole('button', { name: 'Rapportera flaskhals' }).count()).toBe(0);
    await shown(page.getByRole('link', { name: 'Logga in för att rapportera' }));
    await screenshot(page, '7-visitor-view');

    await signIn(page, session.url, DEMO_USERS.member);
    await waitForObjects(page);
    const memberCount = await objectsInView(page);
    expect(visitorCount).toBeGreaterThan(0);
    expect(memberCount).toBeGreaterThan(visitorCount);
    await shown(page.getByRole('button', { name: 'Rapportera flaskhals' }));
    expect(await page.getByText('Du ser det arenan har publicerat.').count()).toBe(0);
    await screenshot(page, '7-member-view');
    await signOut(page, DEMO_USERS.member);
    await waitForObjects(page);
    await eventually(async () => expect(await objectsInView(page)).toBe(visitorCount));

    await signIn(page, session.url, DEMO_USERS.observer);
    await waitForObjects(page);
    expect(await objectsInView(page)).toBe(memberCount);
    expect(await page.getByRole('button', { name: 'Rapportera flaskhals' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Logga in för att rapportera' }).count()).toBe(0);

    // In a detail: no Instäm, no Ändra, no Rapportera på detta objekt; other organizations' figures hidden.
    const objectId = await objectOfReport('För korta spår i Oxelösunds hamn tvingar fram delning av tåg');
    await page.goto(`${session.url}/?object=${objectId}`);
    await shown(page.getByRole('heading', { level: 4, name: 'För korta spår i Oxelösunds hamn tvingar fram delning av tåg' }));
    expect(await page.locator('.report').getByRole('button').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Rapportera på detta objekt' }).count()).toBe(0);
    await shown(page.getByText('Siffrorna visas bara för kansliet och den egna organisationen.'));
    await screenshot(page, '7-observer-detail');
  });
});

describe('text from users', () => {
  const PAYLOAD = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

  it('is shown as text, never run: in the list, the detail and the map’s tooltip (stored XSS)', async () => {
    const { page } = session;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // A spot with no other object near, so the new one is alone in the middle of the map.
    const EMPTY_SPOT = '/?lat=59.98&lng=15.70&z=15';
    await signIn(page, session.url, DEMO_USERS.member, EMPTY_SPOT);
    await waitForObjects(page);

    await page.getByRole('button', { name: 'Rapportera flaskhals' }).click();
    await page.getByRole('button', { name: 'Använd kartans mitt' }).click();
    await page.getByRole('button', { name: 'Nytt objekt' }).click();
    await page.getByLabel('Namn på objektet').fill(PAYLOAD);
    await page.getByLabel('Typ av objekt').selectOption({ label: 'Terminal' });
    await page.getByRole('group', { name: 'Trafikslag' }).getByLabel('Väg', { exact: true }).check();
    await page.getByLabel('Rubrik').fill(PAYLOAD);
    await page.getByLabel('Kategori').selectOption({ label: 'Säkerhet' });
    await page.getByLabel('Vad är problemet?').fill(PAYLOAD);
    await page.getByLabel('Föreslagen åtgärd').fill(PAYLOAD);
    await page.getByRole('button', { name: 'Skicka rapport' }).click();
    await shown(page.getByRole('heading', { level: 2, name: PAYLOAD }));

    // After a reload, from the list: open it.
    await page.goto(session.url + EMPTY_SPOT);
    await waitForObjects(page);
    const row = page.locator('.object-row', { hasText: PAYLOAD });
    await shown(row);
    expect(await row.locator('.object-row__name').textContent()).toBe(PAYLOAD);
    await row.click();

    const heading = await shown(page.getByRole('heading', { level: 2, name: PAYLOAD }));
    expect(await heading.textContent()).toBe(PAYLOAD);
    const report = page.locator('.report').first();
    expect(await report.locator('.report__title').textContent()).toBe(PAYLOAD);
    expect(await report.locator('.prose').first().textContent()).toBe(PAYLOAD);
    expect(await report.textContent()).toContain(`Föreslagen åtgärd: ${PAYLOAD}`);

    // The map's tooltip of the object, at the centre of the map: the name as text too.
    const box = (await page.locator('.map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tooltip = await shown(page.locator('.leaflet-tooltip'));
    expect(await tooltip.textContent()).toBe(PAYLOAD);
    await screenshot(page, '8-xss-shown-as-text');

    // Nothing of it became markup, nothing ran.
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('#root script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});

describe('changing and withdrawing a report', () => {
  const TITLE = 'Låg hastighet och svag bärighet mellan Flen och Nyköping'; // Demo Stålverk AB's, shared with the members

  it('lets the own organization change and withdraw its report; another member only supports it', async () => {
    const { page } = session;
    const objectId = await objectOfReport(TITLE);
    const report = () => page.locator('.report', { has: page.getByRole('heading', { level: 4, name: TITLE }) });

    // Another member: Instäm, but neither Ändra nor Dra tillbaka, and not its figures.
    await openObjectAs(page, DEMO_USERS.otherMember, objectId);
    await shown(report());
    await shown(report().getByRole('button', { name: `Instäm: ${TITLE}` }));
    expect(
      await report()
        .getByRole('button', { name: `Ändra: ${TITLE}` })
        .count(),
    ).toBe(0);
    expect(
      await report()
        .getByRole('button', { name: `Dra tillbaka: ${TITLE}` })
        .count(),
    ).toBe(0);
    await shown(report().getByText('Siffrorna visas bara för kansliet och den egna organisationen.'));
    await screenshot(page, '9-other-member-sees-report');
    await signOut(page, DEMO_USERS.otherMember);

    // The own organization: Ändra and Dra tillbaka, and no Instäm of its own report.
    await openObjectAs(page, DEMO_USERS.member, objectId);
    await shown(report());
    expect(
      await report()
        .getByRole('button', { name: `Instäm: ${TITLE}` })
        .count(),
    ).toBe(0);
    await report()
      .getByRole('button', { name: `Ändra: ${TITLE}` })
      .click();
    const form = page.getByRole('form', { name: `Ändra rapporten ”${TITLE}”` });
    await shown(form);
    expect(await form.getByLabel('Rubrik').inputValue()).toBe(TITLE);
    await form.getByRole('radio', { name: 'Alla, även allmänheten' }).check();
    await form.getByRole('button', { name: 'Spara ändringarna' }).click();
    await shown(page.getByText('Ändringarna är sparade.'));
    await shown(report().getByText('Offentlig'));

    await report()
      .getByRole('button', { name: `Dra tillbaka: ${TITLE}` })
      .click();
    await shown(page.getByText(`Dra tillbaka ”${TITLE}”?`));
    await screenshot(page, '9-withdraw-question');
    await page.getByRole('button', { name: 'Ja, dra tillbaka' }).click();
    await shown(report().getByText(/^Tillbakadragen \d/));
    expect(await report().getAttribute('class')).toContain('report--withdrawn');
    expect(await report().getByRole('button').count()).toBe(0);
    await screenshot(page, '9-report-withdrawn');

    // Still withdrawn after a reload.
    await page.reload();
    await shown(report().getByText(/^Tillbakadragen \d/));
    await signOut(page, DEMO_USERS.member);

    // The other member no longer sees it at all; staff see it, withdrawn.
    await openObjectAs(page, DEMO_USERS.otherMember, objectId);
    await shown(page.getByRole('heading', { level: 2 }));
    await shown(page.getByText('Inga rapporter ännu.'));
    expect(await report().count()).toBe(0);
    await signOut(page, DEMO_USERS.otherMember);

    await openObjectAs(page, DEMO_USERS.staff, objectId);
    await shown(report().getByText(/^Tillbakadragen \d/));
  });

  it('gives staff edit and withdraw on every organization’s report', async () => {
    const { page } = session;
    const objectId = await objectOfReport(TITLE);
    await openObjectAs(page, DEMO_USERS.staff, objectId);
    const report = page.locator('.report', { has: page.getByRole('heading', { level: 4, name: TITLE }) });
    await shown(report.getByRole('button', { name: `Ändra: ${TITLE}` }));
    await shown(report.getByRole('button', { name: `Dra tillbaka: ${TITLE}` }));
    // Staff see every organization's figures.
    expect(await report.getByText('Siffrorna visas bara för kansliet och den egna organisationen.').count()).toBe(0);
  });
});

describe('several arenas', () => {
  it('switches arena from the header; the map opens at the other arena’s view', async () => {
    const { page } = session;
    const [arena] = await session.db.query(
      `INSERT INTO arena (slug, name, map_center_lng, map_center_lat, map_zoom) VALUES ('test-sormland', 'Testarenan Sörmland', 16.9, 59.05, 11) RETURNING id`,
    );
    await session.db.query(
      `INSERT INTO infrastructure_object (arena_id, name, kind, geometry, bbox, modes, external_refs, status, search_text)
       VALUES ($1, 'Testterminalen i Sörmland', 'TERMINAL', '{"type":"Point","coordinates":[16.9,59.05]}', box(point(16.9, 59.05), point(16.9, 59.05)), '{ROAD}', '{}', 'REPORTED', 'testterminalen i sörmland')`,
      [arena.id],
    );
    await session.db.query(
      `INSERT INTO user_arena_role (user_id, arena_id, role) SELECT id, $1, 'OBSERVER' FROM user_account WHERE email = $2`,
      [arena.id, DEMO_USERS.member.email],
    );

    await signIn(page, session.url, DEMO_USERS.member);
    await waitForObjects(page);
    const select = page.getByRole('combobox', { name: 'Byt arena' });
    await shown(select);
    expect(await select.inputValue()).toBe('ila-vastmanland');
    await select.selectOption({ label: 'Testarenan Sörmland' });

    await eventually(async () => expect(new URL(page.url()).searchParams.get('arena')).toBe('test-sormland'));
    await waitForObjects(page);
    await shown(page.locator('.object-row', { hasText: 'Testterminalen i Sörmland' }));
    expect(await objectsInView(page)).toBe(1);
    await eventually(async () => {
      const url = new URL(page.url());
      expect(Number(url.searchParams.get('lat'))).toBeCloseTo(59.05, 2);
      expect(url.searchParams.get('z')).toBe('11');
    });
    // An observer there: nothing to report with.
    expect(await page.getByRole('button', { name: 'Rapportera flaskhals' }).count()).toBe(0);
    await screenshot(page, '10-arena-switched');

    // A reload keeps the arena; switching back opens the first one again.
    await page.reload();
    await shown(page.locator('.object-row', { hasText: 'Testterminalen i Sörmland' }));
    await page.getByRole('combobox', { name: 'Byt arena' }).selectOption({ label: 'Infrastruktur & Logistikarenan Västmanland' });
    await waitForObjects(page);
    await eventually(async () => expect(await objectsInView(page)).toBeGreaterThan(30));
    await shown(page.getByRole('button', { name: 'Rapportera flaskhals' }));
  });
});
