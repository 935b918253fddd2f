/* Test support only (imported by the mail tests): a real SMTP server on a port of the test's choosing. */
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  raw: string;
}

export interface TestSmtpServer {
  port: number;
  received: ReceivedMail[];
  /** Date.now() of every RCPT TO, refused or not: one per delivery attempt of a one-recipient mail. */
  attemptTimes: number[];
  close(): Promise<void>;
}

export interface SmtpBehaviour {
  /** Called on every attempt (1, 2, ...); a returned message refuses it with "451 <message>". */
  refuse?: (attempt: number) => Promise<string | null> | string | null;
  /** Holds each accepted message this long before answering, so concurrent senders overlap. */
  acceptDelayMs?: number;
}

export async function startTestSmtpServer(port: number, behaviour: SmtpBehaviour = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const attemptTimes: number[] = [];
  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    // Plain SMTP on loopback: no STARTTLS, so the built-in test certificate is never involved.
    disabledCommands: ['STARTTLS', 'AUTH'],
    onRcptTo(_address, _session, callback) {
      attemptTimes.push(Date.now());
      Promise.resolve(behaviour.refuse?.(attemptTimes.length) ?? null).then(
        (refusal) => callback(refusal ? Object.assign(new Error(refusal), { responseCode: 451 }) : null),
        (error: Error) => callback(error),
      );
    },
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const finish = () => {
          received.push(parseMail(raw, session));
          callback(null);
        };
        if (behaviour.acceptDelayMs) setTimeout(finish, behaviour.acceptDelayMs);
        else finish();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { port, received, attemptTimes, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Just enough MIME for nodemailer's single-part text messages: headers, encoded words, QP or base64 body. */
function parseMail(raw: string, session: SMTPServerSession): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const headerText = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of headerText.split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const body = raw.slice(split + 4).replace(/\r\n$/, '');
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  return {
    messageId: headers.get('message-id') ?? '',
    from: decodeWords(headers.get('from') ?? ''),
    to: session.envelope.rcptTo.map((r) => r.address),
    subject: decodeWords(headers.get('subject') ?? ''),
    text: decodeBody(body, encoding).replace(/\r\n/g, '\n'),
    raw,
  };
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body.replace(/=\r\n/g, ''));
  return body;
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Polls until probe returns something truthy; fails with what it waited for after timeoutMs. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface OutboxRow {
  status: string;
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
  /** next_attempt_at minus last_attempt_at: the backoff chosen after the last failure. */
  backoffMs: number | null;
}

/** An outbox row as the worker left it, straight from the database. */
export async function outboxRow(
  db: { query(sql: string, parameters: unknown[]): Promise<any[]> },
  id: string,
): Promise<OutboxRow | undefined> {
  const rows = await db.query(
    `SELECT status, attempts, last_error AS "lastError", sent_at AS "sentAt",
            round(extract(epoch FROM next_attempt_at - last_attempt_at) * 1000)::int AS "backoffMs"
       FROM email_outbox WHERE id = $1`,
    [id],
  );
  return rows[0];
}

export function waitForStatus(db: Parameters<typeof outboxRow>[0], id: string, status: string): Promise<OutboxRow> {
  return waitFor(`email ${id} to be ${status}`, async () => {
    const row = await outboxRow(db, id);
    return row?.status === status && row;
  });
}
