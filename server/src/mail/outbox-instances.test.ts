import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';
import { freePort } from '../../test/processes';
import { startTestSmtpServer, type TestSmtpServer, waitFor } from '../../test/smtp-test-server';
import { MailService } from './mail.service';
import { OutboxWorker } from './outbox-worker';
import { SmtpSender } from './smtp-sender';

let first: RunningFlaskhals;
let second: RunningFlaskhals;
let smtp: TestSmtpServer;
const sends = jest.spyOn(SmtpSender.prototype, 'send');

beforeAll(async () => {
  // Each accepted message is held a little, so both instances are busy with the outbox at once.
  smtp = await startTestSmtpServer(await freePort(), { acceptDelayMs: 15 });
  const env = { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, OUTBOX_POLL_MS: '10' };
  first = await startFlaskhals({ env });
  second = await startFlaskhals({ env, databaseUrl: first.databaseUrl });
});
afterAll(async () => {
  await second?.stop();
  await first?.stop();
  await smtp?.close();
  sends.mockRestore();
});

it('two app instances on one database share the outbox and never send a message twice', async () => {
  const count = 40;
  const ids = await first.db.transaction(async (tx) => {
    const mail = first.app.get(MailService);
    const created: string[] = [];
    for (let n = 0; n < count; n++)
      created.push(
        await mail.enqueue(tx, { to: `mottagare${n}@example.se`, subject: `Meddelande ${n}`, text: `Nummer ${n}`, purpose: 'invitation' }),
      );
    return created;
  });

  await waitFor(`all ${count} mails sent`, async () => {
    const [{ sent }] = await first.db.query(`SELECT count(*)::int AS sent FROM email_outbox WHERE status = 'SENT'`);
    return sent === count;
  });
  const delivered = smtp.received.map((m) => /<([^@>]+)@/.exec(m.messageId)?.[1]);
  expect(delivered).toHaveLength(count);
  expect(new Set(delivered)).toEqual(new Set(ids));
  expect(await first.db.query(`SELECT DISTINCT attempts FROM email_outbox`)).toEqual([{ attempts: 1 }]);

  // Both instances took part, so the claims really were contended.
  const senderOf = (app: RunningFlaskhals) => (app.app.get(OutboxWorker) as unknown as { sender: SmtpSender }).sender;
  const byFirst = sends.mock.contexts.filter((c) => c === senderOf(first)).length;
  const bySecond = sends.mock.contexts.filter((c) => c === senderOf(second)).length;
  expect(byFirst + bySecond).toBe(count);
  expect(byFirst).toBeGreaterThan(0);
  expect(bySecond).toBeGreaterThan(0);
});
