// The map at scale in real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
// loads the web app at the arena's initial view, takes "first paint of the map" as the time from
// navigation start until the map shows what it draws for the objects (vector paths or canvas in
// Leaflet's overlay pane, or cluster markers), and when all of it is drawn (the map's busy note
// gone; the list beside it, with its count, is timed separately), then pans (mouse drags) and
// zooms (mouse wheel) and records every frame's duration with requestAnimationFrame in the page,
// from the start of each gesture until the map has settled (its data loaded and drawn).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { rootRequire, sleep, median, percentile } = require('./lib.cjs');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const VIEWPORT = { width: 1366, height: 820 };

// Runs in the page before any of its scripts.
const PAGE_PROBE = `(() => {
  const bench = (window.__bench = { mapAt: undefined, mapDoneAt: undefined, listAt: undefined, drawn: undefined, drawnWhenDone: undefined, recording: false, frames: [] });
  const whatIsDrawn = () => {
    const pane = document.querySelector('.leaflet-overlay-pane');
    const status = document.querySelector('.list-status strong');
    return {
      paths: pane ? pane.querySelectorAll('path').length : 0,
      canvases: pane ? pane.querySelectorAll('canvas').length : 0,
      clusters: document.querySelectorAll('.object-cluster').length,
      markers: document.querySelectorAll('.leaflet-marker-pane > *').length,
      list: status ? status.textContent : null,
    };
  };
  bench.whatIsDrawn = whatIsDrawn;
  const poll = () => {
    const d = whatIsDrawn();
    // One more frame: Leaflet draws canvases and moves SVG in the frame after layers are added.
    if (bench.mapAt === undefined && d.paths + d.canvases + d.clusters + d.markers > 0) {
      bench.mapAt = null;
      requestAnimationFrame(() => { bench.mapAt = performance.now(); bench.drawn = whatIsDrawn(); });
    }
    if (bench.listAt === undefined && d.list) bench.listAt = performance.now();
    // Markers and objects are drawn over several frames: the map is complete once its busy note is gone.
    if (typeof bench.mapAt === 'number' && bench.mapDoneAt === undefined && !document.querySelector('.map-busy')) {
      bench.mapDoneAt = performance.now();
      bench.drawnWhenDone = whatIsDrawn();
    }
    if (bench.mapDoneAt === undefined || bench.listAt === undefined) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  let last = 0;
  const tick = (t) => {
    if (bench.recording && last) bench.frames.push(t - last);
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  // BENCH_MAP_TRACE=1: the long animation frames (Chromium's LoAF), to tell script from rendering.
  bench.longFrames = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!bench.recording || e.duration < 40) continue;
        bench.longFrames.push({
          duration: Math.round(e.duration),
          script: Math.round(e.scripts.reduce((sum, s) => sum + s.duration, 0)),
          styleAndLayout: Math.round(e.startTime + e.duration - e.styleAndLayoutStart),
          render: Math.round(e.startTime + e.duration - e.renderStart),
          scripts: e.scripts.map((s) => ({ ms: Math.round(s.duration), invoker: s.invoker, fn: s.sourceFunctionName, at: (s.sourceURL || '').split('/').pop() + ':' + s.sourceCharPosition, layout: Math.round(s.forcedStyleAndLayoutDuration) })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: false });
  } catch {
    // Not in this browser: no trace.
  }
})();`;

/**
 * Waits until the map has settled: no GraphQL request in flight or started in the last 300 ms, no
 * loading indicator, then three more frames (or timeoutMs passes).
 */
async function settle(page, network, timeoutMs = 15_000) {
  const since = Date.now();
  const deadline = since + timeoutMs;
  // Leaflet fires moveend after its animation, and the app asks for data after its own debounce:
  // wait for that request (up to 1.2 s; a gesture that needs no new data makes none), then until
  // nothing has been in flight for 300 ms.
  while (Date.now() < deadline) {
    const quiet = network.inFlight === 0 && Date.now() - network.lastActivity >= 300;
    const asked = network.lastActivity >= since;
    if (quiet && (asked || Date.now() - since >= 1200)) break;
    await sleep(25);
  }
  await page
    .waitForFunction(
      () => !document.querySelector('.list-status__busy, .map-busy') && document.querySelector('.list-status strong'),
      null,
      {
        timeout: Math.max(1, deadline - Date.now()),
        polling: 50,
      },
    )
    .catch(() => undefined);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve)))),
  );
}

/** Pixel position of [lng, lat] on the page, from the map's box and its view (Web Mercator, 256-px tiles). */
function pixelOf(box, view, lng, lat) {
  const scale = 256 * 2 ** view.zoom;
  const x = (g) => ((g + 180) / 360) * scale;
  const y = (a) => {
    const phi = (a * Math.PI) / 180;
    return ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * scale;
  };
  return { x: box.x + box.width / 2 + x(lng) - x(view.lng), y: box.y + box.height / 2 + y(lat) - y(view.lat) };
}

async function gesture(page, network, name, action, frames) {
  await page.evaluate(() => {
    window.__bench.frames = [];
    window.__bench.recording = true;
  });
  const t0 = Date.now();
  await action();
  await settle(page, network);
  const { recorded, longFrames } = await page.evaluate(() => {
    window.__bench.recording = false;
    const longFrames = window.__bench.longFrames;
    window.__bench.longFrames = [];
    return { recorded: window.__bench.frames, longFrames };
  });
  frames.push(...recorded);
  if (process.env.BENCH_MAP_TRACE === '1')
    for (const f of longFrames) process.stderr.write(`    long frame in "${name}": ${JSON.stringify(f)}\n`);
  const drawn = await page.evaluate(() => window.__bench.whatIsDrawn());
  return {
    name,
    ms: Date.now() - t0,
    frames: recorded.length,
    maxFrame: Math.max(0, ...recorded),
    url: page.url().replace(/^[^?]*/, ''),
    drawn,
  };
}

/** One page load and its gestures; returns the timings of this run. */
async function oneRun(browser, baseUrl, view, o) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'sv-SE' });
  // Nothing leaves the machine: anything off the app's own origin is refused at once.
  await context.route(
    (url) => !url.href.startsWith(baseUrl),
    (route) => route.abort('blockedbyclient'),
  );
  await context.addInitScript(PAGE_PROBE);
  if (o.cookie) {
    // Signed in as an arena member: the members' view shows every object of the arena.
    const at = o.cookie.indexOf('=');
    await context.addCookies([{ name: o.cookie.slice(0, at), value: o.cookie.slice(at + 1), url: baseUrl }]);
  }
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const network = { inFlight: 0, lastActivity: 0 };
  const isApi = (request) => request.url().includes('/graphql');
  page.on('request', (r) => {
    if (!isApi(r)) return;
    network.inFlight++;
    network.lastActivity = Date.now();
  });
  const done = (r) => {
    if (!isApi(r)) return;
    network.inFlight--;
    network.lastActivity = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  try {
    await page.goto(`${baseUrl}/?lat=${view.lat}&lng=${view.lng}&z=${view.zoom}`, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(() => typeof window.__bench.mapDoneAt === 'number' && window.__bench.listAt !== undefined, null, {
        timeout: 30_000,
        polling: 20,
      });
    } catch (error) {
      const shot = path.join(os.tmpdir(), 'flaskhals-bench-map-failure.png');
      await page.screenshot({ path: shot }).catch(() => undefined);
      const text = await page.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      throw new Error(
        `the map did not draw objects within 30 s (screenshot ${shot}; page errors ${JSON.stringify(errors)}; page text: ${text.slice(0, 600)})`,
        { cause: error },
      );
    }
    const load = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const paint = Object.fromEntries(performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]));
      const graphql = performance.getEntriesByType('resource').filter((r) => r.name.includes('/graphql'));
      return {
        firstPaintOfMap: window.__bench.mapAt,
        mapComplete: window.__bench.mapDoneAt,
        listShown: window.__bench.listAt,
        drawn: window.__bench.drawn,
        drawnWhenComplete: window.__bench.drawnWhenDone,
        firstContentfulPaint: paint['first-contentful-paint'] ?? null,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        graphqlRequests: graphql.map((r) => ({ start: r.startTime, duration: r.duration, bytes: r.encodedBodySize })),
      };
    });
    await settle(page, network);
    const box = await page.locator('.leaflet-container').boundingBox();
    if (!box) throw new Error('no .leaflet-container on the page');
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const frames = [];
    const gestures = [];
    const drag = (dx, dy) => async () => {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let i = 1; i <= 12; i++) await page.mouse.move(cx + (dx * i) / 12, cy + (dy * i) / 12);
      await page.mouse.up();
    };
    // A wheel notch of deltaY 50 is one zoom level in Leaflet (on Linux), around the mouse position,
    // so the place under the mouse stays put while zooming in on it.
    const wheelAt = (p, dy) => async () => {
      await page.mouse.move(p.x, p.y);
      await page.mouse.wheel(0, dy);
    };
    const g = async (name, action) => gestures.push(await gesture(page, network, name, action, frames));
    // From the clusters over the whole country down into the dense area around the focus town,
    // where the objects themselves are drawn; pans there; back out; pans over clusters.
    const focus = pixelOf(box, view, o.focus[0], o.focus[1]);
    if (focus.x < box.x || focus.x > box.x + box.width || focus.y < box.y || focus.y > box.y + box.height)
      throw new Error('the focus town is not in the initial view');
    for (let i = 0; i < o.zoomInSteps; i++) await g('zoom in', wheelAt(focus, -50));
    await g('pan', drag(-300, 0));
    await g('pan', drag(0, -250));
    await g('pan', drag(300, 250));
    for (let i = 0; i < 3; i++) await g('zoom out', wheelAt({ x: cx, y: cy }, 50));
    await g('pan', drag(-250, 0));
    await g('pan', drag(0, -200));
    const after = await page.evaluate(() => window.__bench.whatIsDrawn());
    return { load, gestures, frames, after, errors };
  } finally {
    await context.close();
  }
}

/**
 * @param {object} o baseUrl (http://127.0.0.1:PORT), view {lat, lng, zoom} to open, focus [lng, lat] to zoom
 *   in on by zoomInSteps wheel notches, cookie (a session "name=value", or null), runs, log
 */
async function measureMap(o) {
  const { chromium } = rootRequire('playwright-core');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  // Playwright gives the browser a fresh, temporary profile of its own.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const runs = [];
  try {
    // One page load to warm the server (JIT, database caches) that is not counted.
    await oneRun(browser, o.baseUrl, o.view, o).catch((error) => o.log(`  warm-up page load failed: ${error.message}`));
    for (let i = 0; i < o.runs; i++) {
      const run = await oneRun(browser, o.baseUrl, o.view, o);
      const f = run.frames;
      o.log(
        `  map run ${i + 1}/${o.runs}: first paint ${run.load.firstPaintOfMap.toFixed(0)} ms (${JSON.stringify(run.load.drawn)}), all drawn at ${run.load.mapComplete.toFixed(0)} ms (${JSON.stringify(run.load.drawnWhenComplete)}), list at ${run.load.listShown.toFixed(0)} ms, ` +
          `frames p95 ${percentile(f, 95).toFixed(1)} ms, max ${Math.max(...f).toFixed(1)} ms over ${f.length} frames`,
      );
      runs.push(run);
    }
  } finally {
    await browser.close();
  }
  const allFrames = runs.flatMap((r) => r.frames);
  const perRun = (fn) => median(runs.map(fn));
  return {
    runs: runs.length,
    firstPaintMs: perRun((r) => r.load.firstPaintOfMap),
    firstPaintRunsMs: runs.map((r) => r.load.firstPaintOfMap),
    mapCompleteMs: perRun((r) => r.load.mapComplete),
    mapCompleteRunsMs: runs.map((r) => r.load.mapComplete),
    listShownMs: perRun((r) => r.load.listShown),
    listShownRunsMs: runs.map((r) => r.load.listShown),
    firstContentfulPaintMs: perRun((r) => r.load.firstContentfulPaint),
    domContentLoadedMs: perRun((r) => r.load.domContentLoaded),
    drawn: runs[0]?.load.drawn,
    graphqlRequests: runs[0]?.load.graphqlRequests,
    framesP50Ms: perRun((r) => percentile(r.frames, 50)),
    framesP95Ms: perRun((r) => percentile(r.frames, 95)),
    framesMaxMs: perRun((r) => Math.max(...r.frames)),
    framesWorstMs: Math.max(...allFrames),
    framesOver50: allFrames.filter((f) => f > 50).length,
    framesTotal: allFrames.length,
    gestures: runs[0]?.gestures,
    after: runs[0]?.after,
    pageErrors: [...new Set(runs.flatMap((r) => r.errors))],
  };
}

module.exports = { measureMap };
