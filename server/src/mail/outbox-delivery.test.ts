import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';
import { freePort } from '../../test/processes';
import { outboxRow, startTestSmtpServer, type TestSmtpServer, waitFor, waitForStatus } from '../../test/smtp-test-server';
import { Arena } from '../arenas/arena.entity';
import { MailService } from './mail.service';
import { MAX_RETRY_DELAY_MS, retryDelayMs } from './smtp-sender';

let flaskhals: RunningFlaskhals | undefined;
let smtp: TestSmtpServer | undefined;
afterEach(async () => {
  await flaskhals?.stop();
  await smtp?.close();
  flaskhals = smtp = undefined;
});

const start = (smtpPort: number, env: Record<string, string> = {}) =>
  startFlaskhals({ env: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, OUTBOX_POLL_MS: '20', ...env } });

const invitation = (subject: string) => ({
  to: 'anna.andersson@example.se',
  subject,
  text: 'Hej Anna!\n\nDu är inbjuden till arenan. Öppna länken för att gå med:\nhttp://localhost:4000/invitation/abc123',
  purpose: 'invitation',
});

describe('retryDelayMs', () => {
  it('doubles from the base per failed attempt and stops at an hour', () => {
    expect([0, 1, 2, 3].map((n) => retryDelayMs(n, 5000))).toEqual([5000, 10_000, 20_000, 40_000]);
    expect(retryDelayMs(10, 5000)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(10_000, 5000)).toBe(MAX_RETRY_DELAY_MS);
  });
});

describe('the email outbox over a real SMTP server', () => {
  it('delivers a mail committed with its transaction and never one whose transaction rolled back', async () => {
    smtp = await startTestSmtpServer(await freePort());
    // A poll far beyond the test: only the nudge after the commit can deliver in time.
    flaskhals = await start(smtp.port, { OUTBOX_POLL_MS: '600000', MAIL_FROM: 'Logistikarenan <arena@example.se>' });
    const mail = flaskhals.app.get(MailService);
    const arena = await flaskhals.db
      .getRepository(Arena)
      .save({ slug: 'mail-delivery', name: 'Logistikarenan', mapCenterLng: 16.5, mapCenterLat: 59.6, mapZoom: 9 });

    let rolledBackId = '';
    await expect(
      flaskhals.db.transaction(async (tx) => {
        rolledBackId = await mail.enqueue(tx, { ...invitation('Återkallad inbjudan'), arenaId: arena.id });
        throw new Error('the change that caused the mail failed');
      }),
    ).rejects.toThrow('the change that caused the mail failed');
    const id = await flaskhals.db.transaction((tx) =>
      mail.enqueue(tx, { ...invitation('Inbjudan till Logistikarenan'), arenaId: arena.id }),
    );

    const received = await waitFor('the committed mail at the SMTP server', () => smtp!.received.find((m) => m.messageId.includes(id)));
    expect(received).toMatchObject({
      to: ['anna.andersson@example.se'],
      from: 'Logistikarenan <arena@example.se>',
      subject: 'Inbjudan till Logistikarenan',
    });
    expect(received.text).toBe(invitation('').text);
    const row = await waitForStatus(flaskhals.db, id, 'SENT');
    expect(row).toMatchObject({ attempts: 1, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    const [stored] = await flaskhals.db.query(`SELECT arena_id FROM email_outbox WHERE id = $1`, [id]);
    expect(stored.arena_id).toBe(arena.id);

    expect(rolledBackId).not.toBe('');
    expect(await outboxRow(flaskhals.db, rolledBackId)).toBeUndefined();
    expect(smtp.received.map((m) => m.subject)).toEqual(['Inbjudan till Logistikarenan']);
  });

  it('enqueued outside a transaction (no arena, e.g. a password reset) it is sent at once', async () => {
    smtp = await startTestSmtpServer(await freePort());
    flaskhals = await start(smtp.port, { OUTBOX_POLL_MS: '600000' });
    const id = await flaskhals.app.get(MailService).enqueue(flaskhals.db.manager, {
      to: 'bo@example.se',
      subject: 'Nytt lösenord',
      text: 'http://localhost:4000/reset/xyz',
      purpose: 'password-reset',
    });
    await waitFor('the password-reset mail', () => smtp!.received.find((m) => m.messageId.includes(id)));
    const [stored] = await flaskhals.db.query(`SELECT arena_id, purpose FROM email_outbox WHERE id = $1`, [id]);
    expect(stored).toEqual({ arena_id: null, purpose: 'password-reset' });
  });

  it('refuses invalid mail instead of storing it', async () => {
    smtp = await startTestSmtpServer(await freePort());
    flaskhals = await start(smtp.port);
    const mail = flaskhals.app.get(MailService);
    await expect(mail.enqueue(flaskhals.db.manager, { ...invitation('Hej'), to: 'not an address' })).rejects.toThrow(/to:/);
    await expect(mail.enqueue(flaskhals.db.manager, { ...invitation('Hej\r\nBcc: x@example.se') })).rejects.toThrow(/subject:/);
    expect(await flaskhals.db.query(`SELECT id FROM email_outbox`)).toEqual([]);
  });

  it('retries a refused mail with growing backoff, recording each failure, and delivers it on the third try', async () => {
    const base = 200;
    const snapshots: Awaited<ReturnType<typeof outboxRow>>[] = [];
    let id = '';
    smtp = await startTestSmtpServer(await freePort(), {
      // Each retry looks at the row first: what the worker stored after the previous failure.
      refuse: async (attempt) => {
        if (attempt > 1) snapshots.push(await outboxRow(flaskhals!.db, id));
        return attempt <= 2 ? `Mailbox busy, try again later (attempt ${attempt})` : null;
      },
    });
    flaskhals = await start(smtp.port, { MAIL_RETRY_BASE_MS: String(base) });
    id = await flaskhals.db.transaction((tx) => flaskhals!.app.get(MailService).enqueue(tx, invitation('Tredje gången gillt')));

    await waitFor('the mail delivered', () => smtp!.received.length > 0);
    const row = await waitForStatus(flaskhals.db, id, 'SENT');
    expect(smtp.received.map((m) => m.subject)).toEqual(['Tredje gången gillt']);
    expect(smtp.attemptTimes).toHaveLength(3);

    expect(snapshots[0]).toMatchObject({ status: 'RETRYING', attempts: 1, sentAt: null, backoffMs: base });
    expect(snapshots[0]!.lastError).toMatch(/451.*attempt 1/);
    expect(snapshots[1]).toMatchObject({ status: 'RETRYING', attempts: 2, sentAt: null, backoffMs: 2 * base });
    expect(snapshots[1]!.lastError).toMatch(/451.*attempt 2/);
    // The server saw the backoff too (Date.now() is whole milliseconds: 1 ms of slack).
    const [first, second, third] = smtp.attemptTimes;
    expect(second - first).toBeGreaterThanOrEqual(base - 1);
    expect(third - second).toBeGreaterThanOrEqual(2 * base - 1);

    expect(row).toMatchObject({ status: 'SENT', attempts: 3 });
    expect(row.lastError).toMatch(/attempt 2/);
  });

  it('keeps a mail while no SMTP server answers and delivers it once one comes up on that port', async () => {
    const port = await freePort();
    flaskhals = await start(port, { MAIL_RETRY_BASE_MS: '50' });
    const id = await flaskhals.db.transaction((tx) => flaskhals!.app.get(MailService).enqueue(tx, invitation('Väntar på servern')));

    const failing = await waitFor('two failed attempts', async () => {
      const row = await outboxRow(flaskhals!.db, id);
      return row && row.attempts >= 2 && row;
    });
    expect(failing).toMatchObject({ status: 'RETRYING', sentAt: null });
    expect(failing.lastError).toMatch(/ECONNREFUSED/);

    smtp = await startTestSmtpServer(port);
    const received = await waitFor('the mail delivered after the server came up', () => smtp!.received[0]);
    expect(received.subject).toBe('Väntar på servern');
    const row = await waitForStatus(flaskhals.db, id, 'SENT');
    expect(row.attempts).toBeGreaterThan(failing.attempts);
    expect(smtp.received).toHaveLength(1);
  });
});
