import { signInAt } from '../../server/test/harness';
import {
  browserSessions,
  DEMO_PASSWORD,
  DEMO_USERS,
  type DemoUser,
  eventually,
  objectsInView,
  shown,
  signIn,
  waitForObjects,
} from './support';

const session = browserSessions();

/** Another person using the API from elsewhere: signed in over HTTP, each call's errors thrown. */
async function apiUser(baseUrl: string, user: DemoUser) {
  const client = await signInAt(baseUrl, user.email, DEMO_PASSWORD);
  return async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const body = await client.graphql<T>(query, variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };
}

describe('live totals on the map', () => {
  it('shows another organization’s new report and a support on an open map without a reload', async () => {
    const { page } = session;
    await signIn(page, session.url, DEMO_USERS.member);
    await waitForObjects(page);
    const before = await objectsInView(page);

    const carrier = await apiUser(session.url, DEMO_USERS.otherMember);
    const { arena } = await carrier<{ arena: { id: string; mapCenter: number[] } }>(
      'query { arena(slug: "ila-vastmanland") { id mapCenter } }',
      {},
    );
    // "Aaa…" sorts first, so the new object is on the list's first page.
    const name = 'Aaa livetest: kö vid infarten';
    const { reportBottleneck } = await carrier<{ reportBottleneck: { report: { id: string } } }>(
      `mutation($input: ReportBottleneckInput!) { reportBottleneck(input: $input) { report { id } } }`,
      {
        input: {
          arenaId: arena.id,
          newObject: { name, kind: 'ROAD', modes: ['ROAD'], geometry: { type: 'Point', coordinates: arena.mapCenter } },
          title: 'Köer vid infarten',
          problem: 'Lastbilar står i kö vid infarten varje morgon.',
          category: 'CAPACITY',
          visibility: 'MEMBERS',
          impact: { delayHoursPerWeek: 5, extraCostSekPerYear: 100000, freightTonnesPerYear: 2000 },
        },
      },
    );

    // The new object arrives in the open map: count and list, no reload.
    await eventually(async () => expect(await objectsInView(page)).toBe(before + 1));
    const row = page.locator('.object-row', { hasText: name });
    await shown(row);
    expect(await row.textContent()).toContain('1 organisation');

    // With its detail open, a third organization supports it: the detail reads again and, back
    // in the list, the row's totals have changed in place.
    await row.click();
    await shown(page.getByRole('heading', { level: 2, name }));
    const secretariat = await apiUser(session.url, DEMO_USERS.admin);
    await secretariat(`mutation($input: SupportReportInput!) { supportReport(input: $input) { support { id } } }`, {
      input: { reportId: reportBottleneck.report.id, impact: { delayHoursPerWeek: 1, extraCostSekPerYear: 0, freightTonnesPerYear: 0 } },
    });
    await shown(page.locator('.object-detail').getByText(DEMO_USERS.admin.organization));
    await page.goBack();
    await eventually(async () => expect(await row.textContent()).toContain('2 organisationer'));
  });
});
