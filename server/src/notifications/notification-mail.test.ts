import { type ArenaFixture, createArena, newObjectReport, point, REPORT_MUTATION } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';
import { freePort } from '../../test/processes';
import { startTestSmtpServer, type TestSmtpServer, waitFor } from '../../test/smtp-test-server';
import { NotificationDigest } from './notification-digest';

let flaskhals: RunningFlaskhals;
let smtp: TestSmtpServer;
let a: ArenaFixture;

beforeAll(async () => {
  smtp = await startTestSmtpServer(await freePort());
  flaskhals = await startFlaskhals({
    env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, OUTBOX_POLL_MS: '20', APP_URL: 'https://flaskhals.example.se' },
  });
  a = await createArena(flaskhals, 'notify-mail', ['Omedelbara AB', 'Dagliga AB', 'Tysta AB', 'Rapportören AB']);
  // Many signed-in people on a machine shared with other test runs.
}, 120_000);
afterAll(async () => {
  await flaskhals.stop();
  await smtp.close();
});

const SET = `mutation($f: EmailFrequency!) { setNotificationEmail(frequency: $f) { emailFrequency } }`;
const CHANGE = `mutation($input: ChangeObjectStatusInput!) { changeObjectStatus(input: $input) { id } }`;
const FOLLOW = `mutation($id: ID!) { followObject(objectId: $id) { id } }`;
const mailTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));

it('mails at once, in the 07:00 digest or not at all, as each person chose; the reporter gets a receipt at once', async () => {
  const [immediate, daily, silent, reporter] = a.asMember;
  expect((await immediate.graphql(SET, { f: 'IMMEDIATE' })).data!.setNotificationEmail.emailFrequency).toBe('IMMEDIATE');
  expect((await daily.graphql(`{ notificationSettings { emailFrequency } }`)).data!.notificationSettings.emailFrequency).toBe('DAILY');
  await silent.graphql(SET, { f: 'NONE' });
  expect((await silent.graphql(SET, { f: 'SOMETIMES' })).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  await a.asStaff.graphql(SET, { f: 'NONE' });
  await a.asAdmin.graphql(SET, { f: 'NONE' });

  const res = await reporter.graphql(REPORT_MUTATION, {
    input: newObjectReport(a, {}, { name: 'Posthamnen', geometry: point(16.5, 59.6) }),
  });
  const objectId = res.data!.reportBottleneck.object.id as string;
  const receipt = await waitFor('the receipt', () => mailTo('medlem3@notify-mail.test')[0]);
  expect(receipt.subject).toBe('Tack, rapporten är mottagen: Posthamnen');
  expect(receipt.text).toContain(`https://flaskhals.example.se/?arena=notify-mail&object=${objectId}`);

  for (const client of [immediate, daily, silent]) await client.graphql(FOLLOW, { id: objectId });
  await a.asStaff.graphql(CHANGE, { input: { objectIds: [objectId], status: 'CONFIRMED' } });
  const atOnce = await waitFor('the immediate mail', () => mailTo('medlem0@notify-mail.test')[0]);
  expect(atOnce.subject).toBe('Arena notify-mail: Posthamnen');
  expect(atOnce.text).toContain('”Posthamnen” har fått status Bekräftad.');

  const digest = flaskhals.app.get(NotificationDigest);
  // Before the next 07:00 nothing is due: what happened today waits for tomorrow morning.
  expect(await digest.run(new Date())).toBe(0);
  await a.asStaff.graphql(CHANGE, { input: { objectIds: [objectId], status: 'PRIORITIZED' } });
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
  // Two instances at once (two runs on two connections): one takes the advisory lock, the other
  // skips; together they write one digest each for the daily person and the reporter (who follows
  // what they reported, daily by default).
  const runs = await Promise.all([digest.run(tomorrow), digest.run(tomorrow)]);
  expect(runs[0] + runs[1]).toBe(2);
  const daily0 = await waitFor('the digest', () => mailTo('medlem1@notify-mail.test')[0]);
  expect(daily0.subject).toBe('Flaskhals: 2 händelser sedan i går');
  expect(daily0.text).toContain('fått status Bekräftad');
  expect(daily0.text).toContain('fått status Prioriterad');
  expect(await digest.run(tomorrow)).toBe(0);

  await waitFor('both immediate mails', () => mailTo('medlem0@notify-mail.test').length === 2);
  await waitFor("the reporter's digest", () => mailTo('medlem3@notify-mail.test').length === 2);
  // Let the worker catch up with anything else it might (wrongly) have been given.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(mailTo('medlem2@notify-mail.test')).toEqual([]);
  expect(mailTo('kansli@notify-mail.test')).toEqual([]);
  expect(mailTo('medlem1@notify-mail.test')).toHaveLength(1);
  expect(mailTo('medlem3@notify-mail.test').map((m) => m.subject)).toEqual([
    'Tack, rapporten är mottagen: Posthamnen',
    'Flaskhals: 2 händelser sedan i går',
  ]);
  // The bell has them all, mailed or not.
  const silentBell = await silent.graphql(`{ unreadNotificationCount }`);
  expect(silentBell.data!.unreadNotificationCount).toBe(2);
});
