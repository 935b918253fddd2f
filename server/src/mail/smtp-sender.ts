import { createTransport } from 'nodemailer';

export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
}

/**
 * Longest a single SMTP conversation may take (connect + greeting + inactivity). It must stay well
 * under the worker's lease, or a slow send could be taken over and sent a second time.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** Sends one message per connection through the SMTP server of SMTP_URL. */
export class SmtpSender {
  private readonly transport: ReturnType<typeof createTransport>;
  private readonly messageIdDomain: string;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
    this.messageIdDomain = /@([^\s@<>]+)>?\s*$/.exec(from)?.[1] ?? 'flaskhals.local';
  }

  /** Where mail goes, for the start-up log: host and port, never the credentials. */
  static describe(smtpUrl: string): string {
    const url = new URL(smtpUrl);
    return `${url.protocol}//${url.host}`;
  }

  /** Rejects with the SMTP server's or the network's error; resolves once the server accepted it. */
  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
      // The same Message-ID on every attempt, so a receiver can drop the rare duplicate (a crash
      // after the server accepted the message but before it was marked as sent).
      messageId: `<${mail.id}@${this.messageIdDomain}>`,
    });
  }

  close(): void {
    this.transport.close();
  }
}

export const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;

/** Exponential backoff: base after the first failure, doubling per further failure, capped at an hour. */
export function retryDelayMs(failedAttemptsBefore: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.min(failedAttemptsBefore, 40), MAX_RETRY_DELAY_MS);
}
