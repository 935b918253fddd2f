import { signInAt } from '../../server/test/harness';
import {
  browserSessions,
  DEMO_PASSWORD,
  DEMO_USERS,
  eventually,
  objectsInView,
  screenshot,
  shown,
  signIn,
  waitForObjects,
} from './support';

const session = browserSessions();

/** A spot north of Västerås: the two test objects are in view (with the demo data's long lines). */
const LNG = 16.3;
const LAT = 59.75;
const VIEW = `/?lat=${LAT}&lng=${LNG}&z=15`;

/** Two objects a few metres apart, each with one member's report: the duplicate the secretariat finds. */
async function twoNearbyObjects(): Promise<{ keptId: string; duplicateId: string }> {
  const member = await signInAt(session.url, DEMO_USERS.member.email, DEMO_PASSWORD);
  const [{ id: arenaId }] = await session.db.query(`SELECT id FROM arena WHERE slug = 'ila-vastmanland'`);
  const report = async (name: string, lng: number) => {
    const res = await member.graphql(`mutation($input: ReportBottleneckInput!) { reportBottleneck(input: $input) { object { id } } }`, {
      input: {
        arenaId,
        title: 'Kön till grinden',
        problem: 'Lastbilar står i kö vid grinden varje morgon.',
        category: 'CAPACITY',
        impact: { delayHoursPerWeek: 3, extraCostSekPerYear: 50000, freightTonnesPerYear: 1000 },
        newObject: { name, kind: 'TERMINAL', geometry: { type: 'Point', coordinates: [lng, LAT] }, modes: ['ROAD'] },
      },
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.reportBottleneck.object.id as string;
  };
  return { keptId: await report('Norrby terminal', LNG), duplicateId: await report('Terminalen i Norrby', LNG + 0.0005) };
}

describe('merging duplicates', () => {
  it('staff merge two objects after a preview, the map shows one; the duplicate points at the kept one; an undo brings both back', async () => {
    const { page } = session;
    const { duplicateId } = await twoNearbyObjects();
    await signIn(page, session.url, DEMO_USERS.staff, VIEW);
    await waitForObjects(page);
    const before = await objectsInView(page);
    expect(before).toBeGreaterThanOrEqual(2);

    await page.getByRole('button', { name: /^Norrby terminal/ }).click();
    await shown(page.getByRole('heading', { level: 2, name: 'Norrby terminal' }));
    await page.getByRole('button', { name: 'Slå ihop med…' }).click();
    await shown(page.getByRole('heading', { name: 'Välj objektet att slå ihop med' }));
    // The nearby object is suggested; the search finds it by name too.
    await page.getByLabel('Sök objekt i arenan').fill('terminalen i');
    const choice = page.locator('.merge-picker__choice', { hasText: 'Terminalen i Norrby' });
    await shown(choice);
    await screenshot(page, 'merges-1-pick');
    await choice.first().click();

    // The preview: which one is kept, what moves, whose reports; swap and swap back.
    await shown(page.getByRole('heading', { name: 'Förhandsgranskning' }));
    const kept = page.locator('.merge-preview__side--kept');
    await shown(kept.getByText('Norrby terminal'));
    await shown(page.getByText('Flyttas till Norrby terminal: 1 rapport och 0 instämmanden.'));
    await shown(page.locator('.merge-preview__organizations').getByText(DEMO_USERS.member.organization));
    await page.getByRole('button', { name: /Byt vilket som behålls/ }).click();
    await shown(kept.getByText('Terminalen i Norrby'));
    await page.getByRole('button', { name: /Byt vilket som behålls/ }).click();
    await shown(kept.getByText('Norrby terminal'));
    await page.getByLabel(/Motivering/).fill('Samma terminal, två namn');
    await screenshot(page, 'merges-2-preview');
    await page.getByRole('button', { name: 'Slå ihop', exact: true }).click();

    await shown(page.getByText('Objekten är sammanslagna.'));
    // The history tells it, with "Ångra".
    await shown(page.getByText('Sammanslaget: Terminalen i Norrby ingår nu här'));
    await shown(page.getByRole('button', { name: 'Ångra sammanslagningen av Terminalen i Norrby med Norrby terminal' }));
    await eventually(async () => expect(await page.locator('.object-detail__impact').textContent()).toMatch(/2 rapporter/));
    await screenshot(page, 'merges-3-merged');
    await page.getByRole('button', { name: /Tillbaka till listan/ }).click();
    await waitForObjects(page);
    await eventually(async () => expect(await objectsInView(page)).toBe(before - 1));

    // The duplicate's own page still answers and opens the kept object.
    await page.goto(`${session.url}${VIEW}&object=${duplicateId}`);
    await shown(page.getByText('Sammanslagen med Norrby terminal'));
    await screenshot(page, 'merges-4-duplicate');
    await page.getByRole('button', { name: 'Öppna Norrby terminal' }).click();
    await shown(page.getByRole('heading', { level: 2, name: 'Norrby terminal' }));

    // Undo from the history's merge entry, after a question; keyboard only.
    const undo = page.getByRole('button', { name: 'Ångra sammanslagningen av Terminalen i Norrby med Norrby terminal' });
    await undo.focus();
    await page.keyboard.press('Enter');
    await shown(page.getByText(/Ångra sammanslagningen\? Rapporterna/));
    await eventually(async () => expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ja, ångra'));
    await page.keyboard.press('Enter');
    await shown(page.getByText(/Ångrad \d/));
    await shown(page.getByText('Sammanslagningen ångrades'));
    await screenshot(page, 'merges-5-undone');
    await page.getByRole('button', { name: /Tillbaka till listan/ }).click();
    await waitForObjects(page);
    await eventually(async () => expect(await objectsInView(page)).toBe(before));
  });
});

describe('moving a report', () => {
  it('staff move the only report of an object to a new object at the same place; the emptied object becomes inactive', async () => {
    const { page } = session;
    await twoNearbyObjects();
    await signIn(page, session.url, DEMO_USERS.staff, VIEW);
    await waitForObjects(page);
    await page.getByRole('button', { name: /^Norrby terminal/ }).click();
    await shown(page.getByRole('heading', { level: 2, name: 'Norrby terminal' }));

    await page.getByRole('button', { name: 'Flytta rapporten Kön till grinden' }).click();
    await page.getByRole('radio', { name: 'Ett nytt objekt på samma plats' }).check();
    await page.getByLabel('Det nya objektets namn').fill('Norrby grind');
    await page.getByLabel('Typ av objekt', { exact: true }).selectOption({ label: 'Väg' });
    await screenshot(page, 'merges-6-move');
    await page.getByRole('button', { name: 'Flytta', exact: true }).click();

    // The object left without a report is inactive; the new one is on the map with the report.
    await shown(page.getByText('Rapporter (0)'));
    await shown(page.locator('.object-detail__header').getByText('Inaktiv'));
    await page.getByRole('button', { name: /Tillbaka till listan/ }).click();
    await waitForObjects(page);
    await shown(page.getByRole('button', { name: /^Norrby grind/ }));
    expect(await page.getByRole('button', { name: /^Norrby terminal/ }).count()).toBe(0);
  });
});
