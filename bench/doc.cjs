// Turns the results of `npm run bench` into the tables of docs/benchmarks.md. Everything above the
// marker line in that file is hand-written and kept; everything below it is replaced.
const fs = require('node:fs');
const path = require('node:path');
const { ROOT } = require('./lib.cjs');

const DOC = path.join(ROOT, 'docs', 'benchmarks.md');
const MARKER = '<!-- Everything below is written by `npm run bench` (bench/doc.cjs); edit above this line only. -->';

const ms = (v) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms` : 'n/a');
const ms1 = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
const perS = (v) => (Number.isFinite(v) ? `${v < 100 ? v.toFixed(1) : v.toFixed(0)}/s` : 'n/a');
const ratio = (v) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : 'n/a');
const mb = (mib) => (Number.isFinite(mib) ? `${((mib * 1024 * 1024) / 1e6).toFixed(0)} MB` : 'n/a');
const verdict = (ok) => (ok === null ? 'n/a' : ok ? '**pass**' : '**FAIL**');
const int = (v) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US').replace(/,/g, ' ') : 'n/a');

function describeDrawn(d) {
  if (!d) return 'n/a';
  const parts = [];
  if (d.clusters) parts.push(`${int(d.clusters)} cluster markers`);
  if (d.paths) parts.push(`${int(d.paths)} SVG paths`);
  if (d.canvases) parts.push(`${int(d.canvases)} canvas`);
  if (d.markers && d.markers !== d.clusters) parts.push(`${int(d.markers)} markers`);
  if (d.list) parts.push(`list: "${d.list}"`);
  return parts.join(', ') || 'nothing';
}

/** The goal rows: [benchmark, figure, goal, ratio, result]. */
function goalRows(r) {
  const rows = [];
  const v = r.viewport?.targets;
  if (v) {
    const q = v.flaskhals.latencyP50 / v.limit.latencyP50;
    rows.push([
      'Viewport query: p50 latency, 1 connection',
      `Flaskhals ${ms(v.flaskhals.latencyP50)}; limit ${ms(v.limit.latencyP50)}; PostGraphile ${ms(v.postgraphile.latencyP50)}`,
      '≤ 1.3× the limit',
      `${ratio(q)} the limit`,
      verdict(q <= 1.3),
    ]);
    const t = v.flaskhals.throughputRps / v.postgraphile.throughputRps;
    rows.push([
      `Viewport query: throughput, ${r.viewport.connections} connections`,
      `Flaskhals ${perS(v.flaskhals.throughputRps)}; PostGraphile ${perS(v.postgraphile.throughputRps)}; limit ${perS(v.limit.throughputRps)}`,
      '≥ 2× PostGraphile',
      `${ratio(t)} PostGraphile (${ratio(v.flaskhals.throughputRps / v.limit.throughputRps)} the limit)`,
      verdict(t >= 2),
    ]);
  }
  const w = r.reports;
  if (w) {
    // Judged on the evenly paced phase (a steady 500/s); the burst-paced autocannon figure is shown beside it.
    const goal = w.paced ?? w.rated;
    rows.push([
      `Report submission: rate sustained (${int(w.rate)}/s offered${w.paced ? ', evenly paced' : ''})`,
      `${perS(goal.rps)} answered` +
        (w.paced
          ? ` (autocannon's burst pacing: ${perS(w.rated.rps)}; open loop: ${perS(w.open.rps)} at ${w.open.connections} connections)`
          : ` (open loop: ${perS(w.open.rps)} at ${w.open.connections} connections)`),
      '≥ 500/s',
      `${ratio(goal.rps / 500)} the goal`,
      verdict(goal.rps >= 500 * 0.99),
    ]);
    rows.push([
      `Report submission: p99 latency at ${int(w.rate)}/s`,
      `${ms(goal.p99)} (p50 ${ms(goal.p50)})` +
        (w.paced ? `; in autocannon's bursts of ${w.rated.connections}: ${ms(w.rated.p99)} (p50 ${ms(w.rated.p50)})` : ''),
      '≤ 100 ms',
      `${ratio(goal.p99 / 100)} the goal`,
      verdict(goal.p99 <= 100),
    ]);
    rows.push([
      'Report submission: acknowledged reports in the database',
      `${int(w.acknowledgedStored)} of ${int(w.acknowledged)} (${int(w.duplicates)} duplicated)`,
      'all, once',
      w.acknowledged ? `${ratio(w.acknowledgedStored / w.acknowledged)}` : 'n/a',
      verdict(w.acknowledged > 0 && w.acknowledgedStored === w.acknowledged && w.duplicates === 0),
    ]);
  }
  const m = r.map;
  if (m) {
    rows.push([
      "Map: first paint at the arena's initial view",
      `${ms(m.firstPaintMs)} (median of ${m.runs} page loads; every marker drawn at ${ms(m.mapCompleteMs)}; the list beside it shows its count at ${ms(m.listShownMs)})`,
      '≤ 1.5 s',
      `${ratio(m.firstPaintMs / 1500)} the goal`,
      verdict(m.firstPaintMs <= 1500),
    ]);
    rows.push([
      'Map: pan/zoom frame time, p95',
      `${ms1(m.framesP95Ms)} (median of the runs' p95)`,
      '≤ 50 ms',
      `${ratio(m.framesP95Ms / 50)} the goal`,
      verdict(m.framesP95Ms <= 50),
    ]);
    rows.push([
      'Map: pan/zoom frame time, longest',
      `${ms1(m.framesMaxMs)} (median of the runs' longest; longest of all ${ms1(m.framesWorstMs)}; ${int(m.framesOver50)} of ${int(m.framesTotal)} frames over 50 ms)`,
      '≤ 50 ms',
      `${ratio(m.framesMaxMs / 50)} the goal`,
      verdict(m.framesMaxMs <= 50),
    ]);
  }
  const l = r.live;
  if (l) {
    rows.push([
      `Live events: report to each of ${int(l.subscribers)} subscribers on ${l.instances} instances, p99`,
      `${ms(l.p99)} (p50 ${ms(l.p50)}, max ${ms(l.max)}; worst run's p99 ${ms(l.worstP99)}); ${int(l.received)} of ${int(l.expected)} events received`,
      '≤ 250 ms, every event',
      `${ratio(l.p99 / 250)} the goal`,
      verdict(l.p99 <= 250 && l.received === l.expected),
    ]);
  }
  const ml = r.meetingLive;
  if (ml) {
    rows.push([
      `Live meeting: a recorded decision to each of ${int(ml.subscribers)} participants on ${ml.instances} instances, p99`,
      `${ms(ml.p99)} (p50 ${ms(ml.p50)}, max ${ms(ml.max)}; worst run's p99 ${ms(ml.worstP99)}); ${int(ml.received)} of ${int(ml.expected)} received`,
      '≤ 250 ms, every decision',
      `${ratio(ml.p99 / 250)} the goal`,
      verdict(ml.p99 <= 250 && ml.received === ml.expected),
    ]);
  }
  const pp = r.protocolPdf;
  if (pp) {
    rows.push([
      `Protocol PDF of a meeting of ${pp.items} items (${pp.attendees} attendees, ${pp.decisions} decisions), as staff`,
      `first request (cold browser) ${ms(pp.coldMs)}; then p50 ${ms(pp.p50)}, max ${ms(pp.max)}`,
      '≤ 3 s',
      `${ratio(Math.max(pp.coldMs, pp.max) / 3000)} the goal`,
      verdict(pp.coldMs <= 3000 && pp.max <= 3000),
    ]);
  }
  const vl = r.votesLive;
  if (vl) {
    rows.push([
      `Live votes: each of ${int(vl.ballots)} ballots' tally update to each of ${int(vl.subscribers)} participants, p99`,
      `${ms(vl.p99)} (p50 ${ms(vl.p50)}, max ${ms(vl.max)}; worst run's p99 ${ms(vl.worstP99)}); ${int(vl.received)} of ${int(vl.expected)} received`,
      '≤ 250 ms, every update',
      `${ratio(vl.p99 / 250)} the goal`,
      verdict(vl.p99 <= 250 && vl.received === vl.expected),
    ]);
  }
  const tr = r.triage;
  if (tr) {
    rows.push([
      `Triage queue: first page of 50 with their events, as staff (${int(tr.waiting)} objects waiting)`,
      `p50 ${ms(tr.queue.p50)} (p99 ${ms(tr.queue.p99)}, ${int(tr.queue.failures)} failures)`,
      'p50 ≤ 50 ms',
      `${ratio(tr.queue.p50 / 50)} the goal`,
      verdict(tr.queue.p50 <= 50 && tr.queue.failures === 0),
    ]);
    rows.push([
      `Object history: the 20 newest of an object's events, as staff (${int(tr.events)} events in the arena)`,
      `p50 ${ms(tr.timeline.p50)} (p99 ${ms(tr.timeline.p99)}, ${int(tr.timeline.failures)} failures)`,
      'p50 ≤ 50 ms',
      `${ratio(tr.timeline.p50 / 50)} the goal`,
      verdict(tr.timeline.p50 <= 50 && tr.timeline.failures === 0),
    ]);
  }
  const db = r.dashboard;
  if (db) {
    for (const who of ['visitor', 'staff']) {
      rows.push([
        `Dashboard (/oversikt): every chart's figures in one query, as ${who} (${int(db.objects[who])} objects seen)`,
        `p50 ${ms(db[who].p50)} (p99 ${ms(db[who].p99)}, ${int(db[who].failures)} failures)`,
        'p50 ≤ 300 ms',
        `${ratio(db[who].p50 / 300)} the goal`,
        verdict(db[who].p50 <= 300 && db[who].failures === 0),
      ]);
    }
  }
  const se = r.search;
  if (se) {
    for (const who of ['member', 'visitor']) {
      rows.push([
        `Search: the whole arena, first 20 hits and their count, as a ${who} (${se.texts} texts in rotation)`,
        `p50 ${ms(se[who].p50)} (p99 ${ms(se[who].p99)}, ${int(se[who].failures)} failures)`,
        'p50 ≤ 30 ms',
        `${ratio(se[who].p50 / 30)} the goal`,
        verdict(se[who].p50 <= 30 && se[who].failures === 0),
      ]);
    }
  }
  const ex = r.export;
  if (ex) {
    for (const format of ['csv', 'geojson']) {
      const e = ex[format];
      rows.push([
        `Export of every object as ${format === 'csv' ? 'CSV' : 'GeoJSON'}, as staff (${int(e.objects)} objects, streamed)`,
        `${int(e.perS)} objects/s (${e.seconds.toFixed(1)} s); server RSS max ${mb(e.maxMiB)}`,
        '≥ 20,000 objects/s, < 300 MB',
        `${ratio(20000 / e.perS)} the goal`,
        verdict(e.perS >= 20000 && e.maxMiB * 1048576 < 300e6),
      ]);
    }
  }
  const im = r.import;
  if (im) {
    rows.push([
      `Import of ${int(im.features)} GeoJSON features in one transaction, as staff`,
      `${im.commitS.toFixed(1)} s (preview ${im.previewS.toFixed(1)} s); server RSS max ${mb(im.maxMiB)}`,
      '≤ 10 s',
      `${ratio(im.commitS / 10)} the goal`,
      verdict(im.commitS <= 10),
    ]);
  }
  if (r.memory?.maxMiB) {
    rows.push([
      'Server memory: resident size, max during the loads',
      `${mb(r.memory.maxMiB)} (${r.memory.maxMiB.toFixed(0)} MiB; ${mb(r.memory.idleMiB)} idle after start)`,
      '≤ 300 MB',
      `${ratio((r.memory.maxMiB * 1048576) / 300e6)} the goal`,
      verdict(r.memory.maxMiB * 1048576 <= 300e6),
    ]);
  }
  return rows;
}

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function render(r) {
  const out = [];
  const m = r.machine;
  out.push(`## Results of ${r.date.slice(0, 10)}`);
  out.push('');
  out.push(
    `- **Command**: \`${r.command}\` (${(r.durationS / 60).toFixed(1)} minutes in all, build and data generation included${r.dataGeneratedNow ? '' : ' — the data was reused from an earlier run'})`,
  );
  out.push(
    `- **Machine**: \`nproc\` ${m.nproc}; ${m.cpu}; ${m.os}, Linux ${m.kernel}; Node ${m.node}; PostgreSQL ${r.postgres} (embedded); PostGraphile ${r.versions?.postgraphile} on Node ${r.versions?.peerNode}; autocannon ${r.versions?.autocannon}`,
  );
  out.push(
    `- **Load average** (1, 5, 15 min) at start ${r.loadAverage.start.join(', ')}; when measuring began ${r.loadAverage.measuring?.join(', ')}; at the end ${r.loadAverage.end?.join(', ')}`,
  );
  out.push(
    `- **Data**: arena \`${r.arena.slug}\` with ${int(r.arena.objects)} objects, ${int(r.arena.reports)} reports, ${int(r.arena.supports)} supports` +
      (r.data
        ? `; \`bench:data\` wrote it in ${r.data.writeS.toFixed(1)} s (generate ${r.data.generateS.toFixed(1)} s, ${r.data.totalS.toFixed(1)} s in all)${r.dataGeneratedNow ? ' in this run' : ' in an earlier run'}`
        : ''),
  );
  out.push(
    `- **Accounts**: ${r.accounts ? 'requests act as signed-in MEMBER users, one per organization (sessions made in the database)' : 'the schema has no accounts: requests go without a session'}`,
  );
  out.push('');
  out.push('```');
  out.push(`$ free -g`);
  out.push(m.free);
  out.push('```');
  out.push('');
  out.push('### Goals');
  out.push('');
  out.push(table(['benchmark', 'figure (median of runs)', 'goal', 'ratio', 'result'], goalRows(r)));
  out.push('');
  if (r.viewport) {
    const v = r.viewport;
    out.push(`### Viewport query`);
    out.push('');
    out.push(
      `bbox ${JSON.stringify(v.viewport.bbox)} (${v.viewport.name}), kinds ${v.viewport.kinds.join(', ')}, statuses ${v.viewport.statuses.join(', ')}, first ${v.viewport.first}: ` +
        `${int(v.totalCount)} objects pass, the three answer the same ${v.viewport.first} objects with the same sums (checked before measuring). ` +
        `${v.runs} runs; each run loads every target for ${v.latencyS} s with 1 connection, then ${v.durationS} s with ${v.connections} connections; medians over the runs.`,
    );
    out.push('');
    out.push(
      table(
        [
          'target',
          'p50 (1 conn)',
          'p90 (1 conn)',
          'p99 (1 conn)',
          `requests/s (${v.connections} conns)`,
          `p50 (${v.connections} conns)`,
          `p99 (${v.connections} conns)`,
          'CPU per request: server',
          'CPU per request: PostgreSQL',
          'response',
          'failed requests',
        ],
        Object.values(v.targets).map((t) => [
          t.label,
          ms(t.latencyP50),
          ms(t.latencyP90),
          ms(t.latencyP99),
          perS(t.throughputRps),
          ms(t.loadedP50),
          ms(t.loadedP99),
          ms(t.serverCpuMs),
          ms(t.dbCpuMs),
          `${(t.bytes / 1024).toFixed(0)} KiB`,
          int(t.failures),
        ]),
      ),
    );
    out.push('');
  }
  if (r.reports) {
    const w = r.reports;
    out.push('### Report submission');
    out.push('');
    out.push(
      `\`reportBottleneck\` with a new object (a 3-point line) and a fresh idempotencyKey each, from the ${r.accounts ? 'member users' : 'member organizations'} in turn. ` +
        `${w.rated.runs.length} runs; each run offers ${int(w.rate)} requests/s for ${w.rated.runs[0]?.seconds.toFixed(0)} s evenly paced (one request every ${(1000 / w.rate).toFixed(1)} ms, sent when due whatever is still open, latency counted from when it was due; bench/paced.cjs), ` +
        `then the same rate through autocannon's overallRate over ${w.rated.connections} connections (each connection sends its share of a second at once when the second starts: bursts ${w.rated.connections} deep), then runs open (as fast as ${w.open.connections} connections go) for ${w.open.runs[0]?.seconds.toFixed(0)} s. ` +
        `What the benchmark wrote is deleted again at the end.`,
    );
    out.push('');
    out.push(
      table(
        ['phase', 'answered/s', 'p50', 'p90', 'p99', 'max', 'CPU per request: server', 'CPU per request: PostgreSQL', 'non-2xx', 'errors'],
        [
          ...(w.paced
            ? [
                [
                  `${int(w.rate)}/s evenly paced`,
                  perS(w.paced.rps),
                  ms(w.paced.p50),
                  ms(w.paced.p90),
                  ms(w.paced.p99),
                  ms(w.paced.max),
                  ms(w.paced.serverCpuMs),
                  ms(w.paced.dbCpuMs),
                  int(w.paced.non2xx),
                  int(w.paced.errors),
                ],
              ]
            : []),
          [
            `${int(w.rate)}/s offered in autocannon's per-second bursts`,
            perS(w.rated.rps),
            ms(w.rated.p50),
            ms(w.rated.p90),
            ms(w.rated.p99),
            ms(w.rated.max),
            ms(w.rated.serverCpuMs),
            ms(w.rated.dbCpuMs),
            int(w.rated.non2xx),
            int(w.rated.errors),
          ],
          [
            `open, ${w.open.connections} connections`,
            perS(w.open.rps),
            ms(w.open.p50),
            ms(w.open.p90),
            ms(w.open.p99),
            ms(w.open.max),
            ms(w.open.serverCpuMs),
            ms(w.open.dbCpuMs),
            int(w.open.non2xx),
            int(w.open.errors),
          ],
        ],
      ),
    );
    out.push('');
    out.push(
      `Acknowledged ${int(w.acknowledged)} (warm-up included), of which ${int(w.acknowledgedStored)} are in the database; ${int(w.storedAll)} benchmark reports were stored in all ` +
        `(requests cut off when a run ends may be stored unacknowledged); ${int(w.duplicates)} stored twice.` +
        (Object.keys(w.refused).length
          ? ` Refused answers: ${Object.entries(w.refused)
              .map(([k, n]) => `${k} ${int(n)}`)
              .join(', ')}.`
          : ''),
    );
    out.push('');
  }
  if (r.map) {
    const mp = r.map;
    out.push('### Map');
    out.push('');
    out.push(
      `Headless Chromium (1366×820, sv-SE), a fresh browser context per page load, opening \`/?lat=..&lng=..&z=..\` at the arena's initial view. ` +
        `First paint = navigation start until the map shows what it draws for the objects (cluster markers, or paths/canvas in the overlay pane), one frame later; at first paint it showed ${describeDrawn(mp.drawn)}. ` +
        `First contentful paint ${ms(mp.firstContentfulPaintMs)}, DOMContentLoaded ${ms(mp.domContentLoadedMs)} (medians). ` +
        `Per page load: ${mp.gestures?.length} gestures — zoom-ins on Västerås down to where single objects are drawn, pans there, zoom-outs, pans over clusters — each measured from its start until the map has settled (its GraphQL requests answered and drawn).`,
    );
    out.push('');
    out.push(
      `First paint per run: ${mp.firstPaintRunsMs.map((v) => ms(v)).join(', ')}; every marker drawn at ${mp.mapCompleteRunsMs.map((v) => ms(v)).join(', ')}; the list's count shown at ${mp.listShownRunsMs.map((v) => ms(v)).join(', ')}. Frame times: p50 ${ms1(mp.framesP50Ms)}, p95 ${ms1(mp.framesP95Ms)}, longest ${ms1(mp.framesMaxMs)} (medians of the runs).`,
    );
    out.push('');
    if (mp.graphqlRequests?.length) {
      out.push(
        `GraphQL requests of the first page load (start after navigation, duration, body size): ${mp.graphqlRequests.map((q) => `${ms(q.start)} +${ms(q.duration)} ${(q.bytes / 1024).toFixed(1)} KiB`).join('; ')}.`,
      );
      out.push('');
    }
    if (mp.gestures?.length) {
      out.push(
        table(
          ['gesture (first measured page load)', 'until settled', 'frames', 'longest frame', 'view after', 'drawn after'],
          mp.gestures.map((g) => [g.name, ms(g.ms), int(g.frames), ms1(g.maxFrame), `\`${g.url}\``, describeDrawn(g.drawn)]),
        ),
      );
      out.push('');
    }
    if (mp.pageErrors?.length) {
      out.push(`Errors in the page: ${mp.pageErrors.join('; ')}`);
      out.push('');
    }
  }
  if (r.live) {
    const l = r.live;
    out.push('### Live events');
    out.push('');
    out.push(
      `${int(l.subscribers)} graphql-ws subscribers of \`objectChanged\`, alternately on two server processes on one database (${int(l.visitors)} of them visitors, the others member users). ` +
        `Each run writes ${int(l.reportsPerRun)} PUBLIC reports on new objects, ${l.spacingMs} ms apart, alternately through either instance; latency from just before a mutation is sent until a subscriber has the event (one clock, the benchmark's process). ` +
        `A warm-up of ${int(l.warmUp?.reports)} reports first, not counted (its p99 ${ms(l.warmUp?.p99)}). ${l.runs.length} runs; medians over the runs. ` +
        `The mutations themselves were answered at p50 ${ms(l.answeredP50)}. Failed writes ${int(l.failedWrites)}, subscription errors ${int(l.subscriptionErrors)}. ` +
        `Load average ${l.loadAverage?.start.join(', ')} when it began, ${l.loadAverage?.end.join(', ')} at its end.`,
    );
    out.push('');
    out.push(
      table(
        ['run', 'events received', 'p50', 'p90', 'p99', 'max', 'CPU per report: both servers', 'CPU per report: PostgreSQL'],
        l.runs.map((run, i) => [
          String(i + 1),
          `${int(run.received)} of ${int(run.expected)}`,
          ms(run.p50),
          ms(run.p90),
          ms(run.p99),
          ms(run.max),
          ms(run.serversCpuMs),
          ms(run.dbCpuMs),
        ]),
      ),
    );
    out.push('');
  }
  if (r.memory?.phases) {
    out.push('### Server memory');
    out.push('');
    out.push(`VmRSS of the server process (\`/proc/PID/status\`), sampled every 250 ms; idle after start ${mb(r.memory.idleMiB)}.`);
    out.push('');
    out.push(
      table(
        ['phase', 'max resident size', 'samples'],
        Object.entries(r.memory.phases).map(([k, p]) => [k, `${mb(p.maxMiB)} (${p.maxMiB.toFixed(0)} MiB)`, int(p.samples)]),
      ),
    );
    out.push('');
  }
  return out.join('\n');
}

/** Writes docs/benchmarks.md (unless told not to) and returns the goal table for the terminal. */
function writeResults(results, { writeDoc }) {
  const body = render(results);
  if (writeDoc) {
    const existing = fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : '# Benchmarks\n\n';
    const at = existing.indexOf(MARKER);
    const head = at >= 0 ? existing.slice(0, at) : `${existing.trimEnd()}\n\n`;
    fs.writeFileSync(DOC, `${head}${MARKER}\n\n${body}`);
  }
  return table(['benchmark', 'figure (median of runs)', 'goal', 'ratio', 'result'], goalRows(results));
}

module.exports = { writeResults, render };
