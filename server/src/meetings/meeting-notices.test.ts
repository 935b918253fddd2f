import { type ArenaFixture, createArena } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';
import { freePort } from '../../test/processes';
import { startTestSmtpServer, type TestSmtpServer, waitFor } from '../../test/smtp-test-server';
import { MeetingReminders } from './meeting-reminders';

let first: RunningFlaskhals;
let second: RunningFlaskhals;
let smtp: TestSmtpServer;
let a: ArenaFixture;

beforeAll(async () => {
  smtp = await startTestSmtpServer(await freePort());
  const env = { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, OUTBOX_POLL_MS: '20' };
  first = await startFlaskhals({ env });
  second = await startFlaskhals({ env, databaseUrl: first.databaseUrl });
  a = await createArena(first, 'kallelse', ['Hamnbolaget AB', 'Åkeriet AB', 'Stålverket AB']);
  // Medlem 2 chose no e-mail on the profile.
  const [{ id }] = await first.db.query(`SELECT id FROM user_account WHERE email = 'medlem2@kallelse.test'`);
  await first.db.query(`INSERT INTO notification_setting (user_id, email_frequency) VALUES ($1, 'NONE')`, [id]);
});
afterAll(async () => {
  await second?.stop();
  await first?.stop();
  await smtp?.close();
});

const NOTICE = `mutation($m: ID!) { sendMeetingNotice(meetingId: $m) { sentAt recipientCount isUpdate timesSent changedSince } }`;
const REGISTER = `mutation($m: ID!) { registerForMeeting(meetingId: $m) { id } }`;

async function meeting(title: string, startsAt: Date, capacity: number | null = null): Promise<string> {
  const res = await a.asStaff.graphql(`mutation($a: ID!, $i: MeetingInput!) { createMeeting(arenaId: $a, input: $i) { id } }`, {
    a: a.arena.id,
    i: {
      title,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
      place: 'Stadshuset, Västerås',
      onlineUrl: 'https://moten.example.se/arena',
      capacity,
    },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.createMeeting.id as string;
}

const mailsTo = (subject: string) =>
  smtp.received
    .filter((m) => m.subject.startsWith(subject))
    .flatMap((m) => m.to)
    .sort();

it('e-mails the notice with the agenda to everyone of the arena who takes e-mail, and an updated notice after a change', async () => {
  const start = new Date('2027-02-22T08:00:00Z'); // 09:00 in Stockholm
  const id = await meeting('Nätverksmöte februari', start);
  for (const [title, minutes] of [
    ['Välkommen', 10],
    ['Flaskhalsar i hamnen', 45],
  ] as const)
    await a.asStaff.graphql(
      `mutation($m: ID!, $t: String!, $d: Int!) { addAgendaItem(meetingId: $m, input: { title: $t, durationMinutes: $d }) { id } }`,
      {
        m: id,
        t: title,
        d: minutes,
      },
    );

  const sent = await a.asStaff.graphql(NOTICE, { m: id });
  expect(sent.errors).toBeUndefined();
  expect(sent.data!.sendMeetingNotice).toMatchObject({ recipientCount: 5, isUpdate: false, timesSent: 1, changedSince: false });
  const everyone = [
    'admin@kallelse.test',
    'kansli@kallelse.test',
    'medlem0@kallelse.test',
    'medlem1@kallelse.test',
    'observator@kallelse.test',
  ];
  await waitFor('five notices', () => mailsTo('Kallelse: Nätverksmöte februari').length === 5);
  expect(mailsTo('Kallelse: Nätverksmöte februari')).toEqual(everyone);
  const notice = smtp.received.find((m) => m.to[0] === 'medlem0@kallelse.test' && m.subject.startsWith('Kallelse'))!;
  expect(notice.subject).toBe('Kallelse: Nätverksmöte februari, 2027-02-22');
  expect(notice.text).toContain('Tid: måndag 22 februari 2027 kl. 09:00–11:00');
  expect(notice.text).toContain('Plats: Stadshuset, Västerås');
  expect(notice.text).toContain('Delta digitalt: https://moten.example.se/arena');
  expect(notice.text).toContain('1. 09:00 Välkommen (10 min)');
  expect(notice.text).toContain('2. 09:10 Flaskhalsar i hamnen (45 min)');
  expect(notice.text).toContain(`/moten/${id}`);

  // Staff see it was sent; a member does not.
  const read = `query($m: ID!) { meeting(id: $m) { notice { recipientCount timesSent changedSince sentByName } } }`;
  expect((await a.asStaff.graphql(read, { m: id })).data!.meeting.notice).toMatchObject({ timesSent: 1, changedSince: false });
  expect((await a.asMember[0].graphql(read, { m: id })).data!.meeting.notice).toBeNull();

  await a.asStaff.graphql(`mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Övrigt", durationMinutes: 5 }) { id } }`, {
    m: id,
  });
  expect((await a.asStaff.graphql(read, { m: id })).data!.meeting.notice.changedSince).toBe(true);
  const again = await a.asStaff.graphql(NOTICE, { m: id });
  expect(again.data!.sendMeetingNotice).toMatchObject({ isUpdate: true, timesSent: 2, changedSince: false });
  await waitFor('five updated notices', () => mailsTo('Uppdaterad kallelse: Nätverksmöte februari').length === 5);
  const updated = smtp.received.find((m) => m.to[0] === 'medlem1@kallelse.test' && m.subject.startsWith('Uppdaterad'))!;
  expect(updated.text).toContain('Kallelsen till Nätverksmöte februari har uppdaterats');
  expect(updated.text).toContain('3. 09:55 Övrigt (5 min)');
});

it('refuses a notice of a cancelled meeting and writes no mail', async () => {
  const id = await meeting('Inställt möte', new Date(Date.now() + 10 * 86_400_000));
  await a.asStaff.graphql(`mutation($id: ID!) { changeMeetingStatus(id: $id, status: CANCELLED, reason: "Sjukdom") { id } }`, { id });
  const res = await a.asStaff.graphql(NOTICE, { m: id });
  expect(res.errors![0].extensions!.fieldErrors).toEqual([expect.objectContaining({ field: 'meetingId', code: 'noticeClosed' })]);
  const [{ count }] = await first.db.query(`SELECT count(*)::int AS count FROM email_outbox WHERE subject LIKE '%Inställt möte%'`);
  expect(count).toBe(0);
});

it('reminds those with a seat the day before, once, even when two instances run it at the same time', async () => {
  const start = new Date(Date.now() + 3 * 86_400_000);
  const id = await meeting('Möte med påminnelse', start, 1);
  await a.asMember[0].graphql(REGISTER, { m: id });
  await a.asMember[1].graphql(REGISTER, { m: id }); // waits: not reminded

  const reminders = [first.app.get(MeetingReminders), second.app.get(MeetingReminders)];
  expect((await reminders[0].run(new Date(start.getTime() - 3 * 86_400_000))).meetings).toBe(0);
  const dayBefore = new Date(start.getTime() - 12 * 3_600_000);
  const runs = await Promise.all([reminders[0].run(dayBefore), reminders[1].run(dayBefore), reminders[0].run(dayBefore)]);
  expect(runs.reduce((sum, r) => sum + r.meetings, 0)).toBe(1);
  expect((await reminders[1].run(dayBefore)).meetings).toBe(0);

  await waitFor('the reminder', () => mailsTo('Påminnelse: Möte med påminnelse').length === 1);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(mailsTo('Påminnelse: Möte med påminnelse')).toEqual(['medlem0@kallelse.test']);
  expect(smtp.received.find((m) => m.subject.startsWith('Påminnelse: Möte med påminnelse'))!.text).toContain('Du är anmäld till');

  // Moved two days on: reminded again the day before its new date.
  const moved = new Date(start.getTime() + 2 * 86_400_000);
  await a.asStaff.graphql(`mutation($id: ID!, $i: MeetingInput!) { updateMeeting(id: $id, input: $i) { id } }`, {
    id,
    i: {
      title: 'Möte med påminnelse',
      startsAt: moved.toISOString(),
      endsAt: new Date(moved.getTime() + 7_200_000).toISOString(),
      place: 'Stadshuset, Västerås',
      capacity: 1,
    },
  });
  expect((await reminders[0].run(dayBefore)).meetings).toBe(0);
  expect((await reminders[0].run(new Date(moved.getTime() - 12 * 3_600_000))).meetings).toBe(1);
  await waitFor('the second reminder', () => mailsTo('Påminnelse: Möte med påminnelse').length === 2);
});

it('e-mails the first on the waiting list when someone with a seat cancels, and nobody when someone waiting cancels', async () => {
  const id = await meeting('Fullsatt möte', new Date(Date.now() + 14 * 86_400_000), 1);
  const [seated, waiting] = a.asMember;
  await seated.graphql(REGISTER, { m: id });
  await waiting.graphql(REGISTER, { m: id });
  await a.asStaff.graphql(REGISTER, { m: id });
  await a.asStaff.graphql(`mutation($m: ID!) { cancelMeetingRegistration(meetingId: $m) { id } }`, { m: id });
  await seated.graphql(`mutation($m: ID!) { cancelMeetingRegistration(meetingId: $m) { id } }`, { m: id });

  await waitFor('the seat mail', () => mailsTo('Du har fått en plats: Fullsatt möte').length === 1);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(mailsTo('Du har fått en plats: Fullsatt möte')).toEqual(['medlem1@kallelse.test']);
  const mail = smtp.received.find((m) => m.subject.startsWith('Du har fått en plats'))!;
  expect(mail.text).toContain('du stod först på väntelistan: nu har du en plats');
  expect(mail.text).toContain(`/moten/${id}`);
});
