import { readFile } from 'node:fs/promises';

import { parse } from 'csv-parse/sync';

import { browserSessions, DEMO_USERS, screenshot, shown, signIn, userMenu } from './support';

const session = browserSessions();

/** The map over Västmanland, where the demo arena's objects are. */
const MAP = '/?lat=59.60000&lng=16.40000&z=8';

describe('export', () => {
  it("downloads the visitor's view of the arena as CSV for Excel, which opens with the published objects", async () => {
    const { page, url, db } = session;
    const published: { name: string }[] = await db.query(
      `SELECT o.name FROM infrastructure_object o JOIN arena a ON a.id = o.arena_id
        WHERE a.slug = 'ila-vastmanland' AND o.status NOT IN ('INACTIVE', 'DUPLICATE')
          AND EXISTS (SELECT 1 FROM report r WHERE r.object_id = o.id AND r.visibility = 'PUBLIC' AND r.withdrawn_at IS NULL)`,
    );
    expect(published.length).toBeGreaterThan(0);
    await page.goto(`${url}${MAP}`);
    await page.getByRole('button', { name: 'Exportera' }).click();
    await page.getByLabel('Bara det som syns på kartan').uncheck();
    await screenshot(page, 'export-menu');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV för Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^flaskhals-ila-vastmanland-objekt-\d{4}-\d\d-\d\d\.csv$/);
    const text = await readFile((await download.path())!, 'utf8');
    const rows: Record<string, string>[] = parse(text, { bom: true, delimiter: ';', columns: true });
    expect(rows.map((r) => r.Namn).sort()).toEqual(published.map((p) => p.name).sort());
    await shown(page.getByText(`Klart: ${published.length} objekt`));
  });

  it('downloads GeoJSON for staff with every active object of the arena', async () => {
    const { page, url, db } = session;
    const active: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM infrastructure_object o JOIN arena a ON a.id = o.arena_id
        WHERE a.slug = 'ila-vastmanland' AND o.status NOT IN ('INACTIVE', 'DUPLICATE')`,
    );
    await signIn(page, url, DEMO_USERS.staff, MAP);
    await page.getByRole('button', { name: 'Exportera' }).click();
    await page.getByLabel('Bara det som syns på kartan').uncheck();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GeoJSON' }).click()]);
    const collection = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(active[0].n);
  });
});

describe('import', () => {
  it('previews a SWEREF 99 TM file with a bad row, writes nothing, and imports the corrected file after a confirmation', async () => {
    const { page, url, db } = session;
    const count = async () => (await db.query(`SELECT count(*)::int AS n FROM infrastructure_object`))[0].n as number;
    const before = await count();
    await signIn(page, url, DEMO_USERS.staff, MAP);
    await userMenu(page, DEMO_USERS.staff).click();
    await page.getByRole('link', { name: 'Importera objekt', exact: true }).click();
    await shown(page.getByRole('heading', { name: 'Importera objekt' }));

    const header = 'Namn;Typ;Trafikslag;x;y';
    const good = 'Västerås torg;OTHER;ROAD;587 172,6;6 608 981,7';
    const bad = 'Okänt slott;SLOTT;ROAD;587 300;6 609 000';
    await page.getByLabel('Fil (GeoJSON eller CSV)').setInputFiles({
      name: 'objekt.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, good, bad].join('\r\n')),
    });
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await shown(page.getByText(/2 rader, 1 utan fel\. Koordinatsystem: SWEREF 99 TM \(EPSG:3006\) \(igenkänt från koordinaterna\)/));
    const badRow = page.locator('.transfer-preview__row--invalid');
    await shown(badRow.getByText('Typ: Välj ett av alternativen.'));
    expect(await badRow.locator('th').textContent()).toBe('3');
    await screenshot(page, 'import-preview-errors');
    expect(await page.getByRole('button', { name: /^Importera/ }).count()).toBe(0);
    expect(await count()).toBe(before);

    await page.getByLabel('Fil (GeoJSON eller CSV)').setInputFiles({
      name: 'objekt.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, good, bad.replace('SLOTT', 'OTHER')].join('\r\n')),
    });
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await shown(page.getByText(/2 rader, 2 utan fel/));
    await page.getByRole('button', { name: 'Importera 2 objekt…' }).click();
    await shown(page.getByText(/2 nya objekt läggs till i/));
    await page.getByRole('button', { name: 'Ja, importera 2 objekt' }).click();
    await shown(page.getByText('2 objekt har lagts till.'));
    await screenshot(page, 'import-done');
    expect(await count()).toBe(before + 2);
  });
});
