import { type RunningFlaskhals, startFlaskhals } from '../../../test/harness';
import { loadConfig } from '../config/config';

const SECRET = 'a-production-secret-of-at-least-32-characters';
let production: RunningFlaskhals;

beforeAll(async () => {
  production = await startFlaskhals({ env: { NODE_ENV: 'production', SESSION_SECRET: SECRET, CORS_ORIGINS: 'https://arena.example.se' } });
});
afterAll(() => production.stop());

it('refuses to start in production with the development session secret, naming SESSION_SECRET', () => {
  expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
  expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'too-short' })).toThrow(
    /SESSION_SECRET="\(hidden\)": must be at least 32 characters/,
  );
  expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET }).cookieSecure).toBe(true);
});

it('turns introspection and the sandbox off in production', async () => {
  const introspection = await production.graphql('{ __schema { types { name } } }');
  expect(introspection.errors![0].message).toMatch(/introspection/i);
  const page = await fetch(`${production.url}/graphql`, { headers: { Accept: 'text/html' } });
  expect(await page.text()).not.toMatch(/sandbox|apollographql/i);
});

it('sends security headers with a strict content security policy', async () => {
  const response = await fetch(`${production.url}/health`);
  expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
  expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('strict-transport-security')).toMatch(/max-age/);
  expect(response.headers.get('x-powered-by')).toBeNull();
});

it('allows cross-origin requests only from the configured origins', async () => {
  const preflight = (origin: string) =>
    fetch(`${production.url}/graphql`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
  const allowed = await preflight('https://arena.example.se');
  expect(allowed.headers.get('access-control-allow-origin')).toBe('https://arena.example.se');
  expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
  const other = await preflight('https://evil.example.com');
  expect(other.headers.get('access-control-allow-origin')).toBeNull();
});

it('refuses too costly queries and too many aliases before running them', async () => {
  const deep = `{ objects { edges { node { reports { edges { node { supports { organization { name } } organization { name } } } } } } } }`;
  expect((await production.graphql(deep)).errors?.[0]?.extensions?.code).not.toBe('GRAPHQL_VALIDATION_FAILED');
  const costly = await production.graphql(
    `{ objects(first: 1000) { edges { node { reports(first: 1000) { edges { node { supports { id organization { name } } } } } } } } }`,
  );
  expect(costly.errors![0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  expect(costly.errors![0].message).toMatch(/cost limit/i);
  const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: appConfig { tileUrl }`).join(' ');
  const aliased = await production.graphql(`{ ${aliases} }`);
  expect(aliased.errors![0].message).toMatch(/alias/i);
});
