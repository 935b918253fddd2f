import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';

import { type RunningFlaskhals, startFlaskhals } from '../../server/test/harness';

const WEB_DIR = path.resolve(__dirname, '..');

// A browser test boots a server and a browser page: more than Jest's default 5 s.
jest.setTimeout(90_000);
export const SHOTS_DIR = '/tmp/flaskhals-shots';

/** The server serves web/dist: build it once if this checkout has none yet. */
export function ensureWebBuild() {
  if (existsSync(path.join(WEB_DIR, 'dist', 'index.html'))) return;
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: WEB_DIR, stdio: 'inherit' });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface Session {
  url: string;
  /** The server's database, for setting up what a test needs (e.g. thousands of objects). */
  db: RunningFlaskhals['db'];
  context: BrowserContext;
  page: Page;
  /** Browser errors seen during the test: an uncaught exception in the app fails it. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** A fresh server with its own database and a fresh browser context (no stored language). */
export async function openSession(browser: Browser, options: { seed?: boolean; env?: Record<string, string> } = {}): Promise<Session> {
  const server = await startFlaskhals({ seed: options.seed ?? true, env: options.env });
  const context = await browser.newContext({ viewport: { width: 1366, height: 820 }, locale: 'sv-SE' });
  // Tests run offline: any request off the app's own origin is refused at once.
  await context.route(
    (url) => !url.href.startsWith(server.url),
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    url: server.url,
    db: server.db,
    context,
    page,
    pageErrors,
    close: async () => {
      await context.close();
      await server.stop();
    },
  };
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`) });
}

/** The number in "34 objekt i kartvyn" / "34 objects in view", once the list has loaded. */
export async function objectsInView(page: Page): Promise<number> {
  const status = page.locator('.list-status strong');
  await status.waitFor({ state: 'visible' });
  const text = (await status.textContent()) ?? '';
  const match = /(\d[\d\s\u00a0]*)/.exec(text);
  if (!match) throw new Error(`no count in "${text}"`);
  return Number(match[1].replace(/\D/g, ''));
}

/** Waits until the list shows the objects of the current view (no request in flight). */
export async function waitForObjects(page: Page) {
  await page.locator('.list-status strong').waitFor({ state: 'visible' });
  await page.locator('.list-status__busy').waitFor({ state: 'detached' });
  await page.locator('.map-busy').waitFor({ state: 'detached' });
}

/** Waits until the locator shows; a missing element fails the test with the locator's description. */
export async function shown(locator: Locator, timeout = 10_000): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator;
}

/** The demo users the server seeds (server/src/seed/demo-users.ts), one per role. */
export const DEMO_PASSWORD = 'flaskhals-demo';
export const DEMO_USERS = {
  member: { email: 'medlem@ila.example', name: 'Demo Medlem', organization: 'Demo Stålverk AB' },
  otherMember: { email: 'akeri@ila.example', name: 'Demo Åkare', organization: 'Exempelåkeriet i Köping AB' },
  staff: { email: 'kansli@ila.example', name: 'Demo Kanslist', organization: 'Demohandelskammaren Mälardalen' },
  admin: { email: 'admin@ila.example', name: 'Demo Administratör', organization: 'Demohandelskammaren Mälardalen' },
  observer: { email: 'observator@ila.example', name: 'Demo Observatör', organization: 'Region Västmanland' },
} as const;
export type DemoUser = (typeof DEMO_USERS)[keyof typeof DEMO_USERS];

/** The header's account button of a signed-in user: name and organization. */
export function userMenu(page: Page, user: DemoUser): Locator {
  return page.getByRole('button', { name: new RegExp(`${user.name}.*${user.organization}`) });
}

/**
 * Signs in through the sign-in page, as a person does, and waits until the app is back at
 * `next` (a path of the app, e.g. "/?lat=59.6&lng=16.5&z=14") with the user in the header.
 */
export async function signIn(page: Page, baseUrl: string, user: DemoUser, next = '/') {
  await page.goto(`${baseUrl}/logga-in?next=${encodeURIComponent(next)}`);
  await fillSignInForm(page, user.email, DEMO_PASSWORD);
  await shown(userMenu(page, user));
  await page.waitForURL((url) => url.pathname === new URL(next, baseUrl).pathname);
}

export async function fillSignInForm(page: Page, email: string, password: string) {
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
}

/** Signs out through the header menu and waits until the header offers "Logga in" again. */
export async function signOut(page: Page, user: DemoUser) {
  await userMenu(page, user).click();
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await shown(page.getByRole('link', { name: 'Logga in', exact: true }));
}

/** Retries an assertion until it passes or the time is up (the UI updates asynchronously). */
export async function eventually(assertion: () => Promise<void> | void, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Registers one browser per file and a fresh server, database and page per test (an uncaught
 * error in the page fails the test). The returned object always reads the current test's session.
 */
export function browserSessions(options: () => { env?: Record<string, string> } = () => ({})): Session {
  let browser: Browser;
  let current: Session | undefined;
  beforeAll(async () => {
    ensureWebBuild();
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    current = await openSession(browser, options());
  });
  afterEach(async () => {
    const session = current;
    current = undefined;
    await session?.close();
    expect(session?.pageErrors).toEqual([]);
  });
  return new Proxy({} as Session, {
    get: (_target, key) => {
      if (!current) throw new Error('No browser session outside a test');
      return current[key as keyof Session];
    },
  });
}
