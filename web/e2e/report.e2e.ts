import {
  browserSessions,
  DEMO_PASSWORD,
  DEMO_USERS,
  eventually,
  fillSignInForm,
  objectsInView,
  screenshot,
  shown,
  signIn,
  userMenu,
  waitForObjects,
} from './support';

const session = browserSessions();

/** Västerås hamn in the demo data (a polygon east of the city centre): the map opens centred on it. */
const NEAR_VASTERAS_PORT = '/?lat=59.6048&lng=16.586&z=14';

describe('reporting a bottleneck', () => {
  it('places a point on the map, sees the nearby object, creates a new object and finds it after a reload', async () => {
    const { page } = session;
    await page.goto(session.url + NEAR_VASTERAS_PORT);
    await waitForObjects(page);

    // A visitor is asked to sign in first, and comes back to the same view afterwards.
    expect(await page.getByRole('button', { name: 'Rapportera flaskhals' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Logga in för att rapportera' }).click();
    await shown(page.getByRole('heading', { name: 'Logga in' }));
    await fillSignInForm(page, DEMO_USERS.member.email, DEMO_PASSWORD);
    await shown(userMenu(page, DEMO_USERS.member));
    expect(Number(new URL(page.url()).searchParams.get('lat'))).toBeCloseTo(59.6048, 4);
    await waitForObjects(page);

    await page.getByRole('button', { name: 'Rapportera flaskhals' }).click();
    await page.getByRole('button', { name: 'Punkt' }).click();
    await shown(page.getByText('Klicka i kartan där flaskhalsen finns'));
    await shown(page.locator('.map.map--drawing')); // the drawing tool is ready (crosshair cursor)

    // Click a little beside the map's centre, i.e. right next to the port.
    const box = (await page.locator('.map').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2 + 30, box.y + box.height / 2 + 20);

    await shown(page.getByRole('heading', { name: 'Finns flaskhalsen redan?' }));
    const suggestions = page.locator('.nearby__item');
    await shown(suggestions);
    expect(await suggestions.allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/Västerås hamn/i)]));
    await screenshot(page, '2-report-nearby-suggestions');

    await page.getByRole('button', { name: 'Nytt objekt' }).click();
    const name = `Ny kaj ${Date.now()}`;
    // The report is made for the user's own organization: nothing to choose.
    await shown(page.getByText(`Rapporteras för: ${DEMO_USERS.member.organization}`));
    expect(await page.getByLabel('Organisation', { exact: true }).count()).toBe(0);
    await page.getByLabel('Namn på objektet').fill(name);
    await page.getByLabel('Typ av objekt').selectOption({ label: 'Terminal' });
    await page.getByRole('group', { name: 'Trafikslag' }).getByLabel('Sjöfart').check();
    await page.getByLabel('Rubrik').fill('Kranen räcker inte till');
    await page.getByLabel('Kategori').selectOption({ label: 'Kapacitet' });
    await page.getByLabel('Vad är problemet?').fill('Lossning tar dubbelt så lång tid som planerat.');
    await page.getByLabel('Förseningar (timmar per vecka)').fill('2,5');
    await page.getByLabel('Merkostnad (kr per år)').fill('120 000');
    expect(await page.getByRole('radio', { name: 'Arenans medlemmar' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Alla, även allmänheten' }).check();
    await screenshot(page, '2-report-form-filled');
    await page.getByRole('button', { name: 'Skicka rapport' }).click();

    // The new object is selected: its detail shows, with the figures as sent.
    await shown(page.getByRole('heading', { level: 2, name }));
    const impact = page.getByRole('region', { name: 'Samlad påverkan' });
    await eventually(async () => expect((await impact.textContent())?.replace(/\s/g, ' ')).toContain('120 000 kr'));
    expect((await impact.textContent())?.replace(/\s/g, ' ')).toContain('2,5 h');
    const objectId = new URL(page.url()).searchParams.get('object');
    expect(objectId).toBeTruthy();
    // The own report: its figures are shown, with the visibility chosen.
    const report = page.locator('.report', { hasText: 'Kranen räcker inte till' });
    await shown(report.getByText('Offentlig'));
    expect((await report.textContent())?.replace(/\s/g, ' ')).toContain('120 000 kr');
    await screenshot(page, '2-report-created');

    // After a reload the object is still selected and highlighted on the map…
    await page.reload();
    await shown(page.getByRole('heading', { level: 2, name }));
    await shown(page.locator('.leaflet-overlay-pane path[stroke="#f2a541"]'));
    // …and it is in the list of the view.
    await page.getByRole('button', { name: 'Tillbaka till listan' }).click();
    await waitForObjects(page);
    await shown(page.locator('.object-row', { hasText: name }));
    await screenshot(page, '2-report-in-list-after-reload');
  });

  it('shows field errors for a bad form and creates nothing', async () => {
    const { page } = session;
    await signIn(page, session.url, DEMO_USERS.member, NEAR_VASTERAS_PORT);
    await waitForObjects(page);
    const before = await objectsInView(page);

    // The keyboard way: the map's centre instead of a click on the map.
    await page.getByRole('button', { name: 'Rapportera flaskhals' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Använd kartans mitt' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Nytt objekt' }).click();

    await page.getByLabel('Namn på objektet').fill('X');
    await page.getByLabel('Förseningar (timmar per vecka)').fill('-2');
    await page.getByLabel('Merkostnad (kr per år)').fill('massor');
    await page.getByRole('button', { name: 'Skicka rapport' }).click();

    await shown(page.getByText('Rätta de markerade fälten och försök igen.'));
    const described = async (label: string) => {
      const input = page.getByLabel(label, { exact: true });
      const ids = (await input.getAttribute('aria-describedby')) ?? '';
      const texts = await Promise.all(
        ids
          .split(' ')
          .filter(Boolean)
          .map((id) => page.locator(`[id="${id}"]`).textContent()),
      );
      return texts.join(' ');
    };
    expect(await described('Rubrik')).toContain('Skriv minst 3 tecken.');
    expect(await described('Namn på objektet')).toContain('Skriv minst 2 tecken.');
    expect(await described('Förseningar (timmar per vecka)')).toContain('Får inte vara negativt.');
    expect(await described('Merkostnad (kr per år)')).toContain('Ange ett tal, t.ex. 1,5.');
    expect(await described('Vad är problemet?')).toContain('Fältet måste fyllas i.');
    expect(await page.getByLabel('Rubrik').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, '3-report-field-errors');

    // Nothing was sent: the view still has as many objects as before.
    await page.goto(session.url + NEAR_VASTERAS_PORT);
    await waitForObjects(page);
    expect(await objectsInView(page)).toBe(before);
  });
});
