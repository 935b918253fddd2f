import { emailSchema, isEmail, mailboxSchema } from './email';

describe('e-mail addresses: one rule for forms, the API, the outbox and MAIL_FROM', () => {
  it('trims and lower-cases what users type, and refuses what is not an address', () => {
    expect(emailSchema.parse('  Anna.Andersson@Example.SE ')).toBe('anna.andersson@example.se');
    expect(emailSchema.safeParse('anna@').error?.issues[0].message).toBe('invalidEmail');
    expect(emailSchema.safeParse(`${'a'.repeat(250)}@example.se`).error?.issues[0].message).toBe('tooLong');
  });

  it('takes an address as it is for mail: no spaces around it', () => {
    expect(isEmail('bo@example.se')).toBe(true);
    expect(isEmail(' bo@example.se')).toBe(false);
    expect(isEmail('not an address')).toBe(false);
  });

  it('accepts a sender with or without a display name', () => {
    expect(mailboxSchema.safeParse('Flaskhals <no-reply@flaskhals.local>').success).toBe(true);
    expect(mailboxSchema.safeParse('arena@example.se').success).toBe(true);
    expect(mailboxSchema.safeParse('nobody').success).toBe(false);
    expect(mailboxSchema.safeParse('Arenan <arena@>').success).toBe(false);
  });
});
