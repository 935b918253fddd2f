import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives working defaults on a fresh machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: null,
      embeddedPgPort: 54329,
      seedDemoData: 'auto',
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('logs mail instead of sending it unless SMTP_URL is set', () => {
    expect(loadConfig({})).toMatchObject({
      smtpUrl: null,
      mailFrom: 'Flaskhals <no-reply@flaskhals.local>',
      mailRetryBaseMs: 5000,
      outboxPollMs: 2000,
    });
    expect(loadConfig({ SMTP_URL: 'smtps://user:pass@smtp.example.se:465', MAIL_FROM: 'Arenan <arena@example.se>' })).toMatchObject({
      smtpUrl: 'smtps://user:pass@smtp.example.se:465',
      mailFrom: 'Arenan <arena@example.se>',
    });
  });

  it('never prints the SMTP password of a wrong SMTP_URL', () => {
    expect(() => loadConfig({ SMTP_URL: 'smtp://user:hemligt@' })).toThrow(/SMTP_URL=/);
    expect(() => loadConfig({ SMTP_URL: 'smtp://user:hemligt@' })).not.toThrow(/hemligt/);
  });

  it('turns every performance choice on by default, and off one by one or all at once', () => {
    expect(loadConfig({}).performance).toEqual({ 'compiled-queries': true, 'plain-fields': true, 'heap-growth': true });
    expect(loadConfig({ PERFORMANCE_CHOICES: 'none' }).performance).toEqual({
      'compiled-queries': false,
      'plain-fields': false,
      'heap-growth': false,
    });
    expect(loadConfig({ PERFORMANCE_CHOICES: 'compiled-queries, heap-growth' }).performance).toEqual({
      'compiled-queries': true,
      'plain-fields': false,
      'heap-growth': true,
    });
  });

  it('switches online tiles off with an empty TILE_URL', () => {
    expect(loadConfig({ TILE_URL: '' }).tileUrl).toBeNull();
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['SEED_DEMO_DATA', 'sometimes'],
    ['NODE_ENV', 'staging'],
    ['LOG_LEVEL', 'loud'],
    ['SMTP_URL', 'http://mail.example.se'],
    ['SMTP_URL', 'smtp://'],
    ['MAIL_FROM', 'nobody'],
    ['MAIL_RETRY_BASE_MS', '0'],
    ['OUTBOX_POLL_MS', 'often'],
    ['PERFORMANCE_CHOICES', 'fast'],
    ['PERFORMANCE_CHOICES', 'none,plain-fields'],
  ])('stops with a message naming %s=%s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}="${value.replace(/[/.]/g, '\\$&')}"`));
  });
});
