import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives working defaults on a fresh machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: null, embeddedPgPort: 54329, seedDemoData: 'auto', tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png' });
    expect(config.dataDir).toMatch(/\.data$/);
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
  ])('stops with a message naming %s=%s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}="${value.replace(/[/.]/g, '\\$&')}"`));
  });
});
