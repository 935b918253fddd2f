// Objects out and in on the bench arena, as staff (who see every figure):
// - export: every object of the arena (all statuses) as CSV for Excel and as GeoJSON, read as a
//   browser reads it (accepting compression); objects per second and the app server's resident
//   memory while it streams (goal: ≥ 20,000 objects/s, under 300 MB);
// - import: a GeoJSON FeatureCollection of BENCH_IMPORT_FEATURES (10,000) new point objects,
//   previewed and then committed; the commit's time (goal ≤ 10 s). The imported objects are
//   removed again after each run, so the arena stays as it was (their audit entries stay:
//   the audit log is append-only).
const { randomUUID } = require('node:crypto');
const { median, rssMiB, serverRequire, sleep } = require('./lib.cjs');

const ALL_STATUSES = 'REPORTED,CONFIRMED,PRIORITIZED,RESOLVED,DISMISSED,INACTIVE,DUPLICATE';

/** Reads one export to its end; the server's resident memory is sampled every 100 ms meanwhile. */
async function oneExport(o, format) {
  const started = performance.now();
  let maxMiB = rssMiB(o.pid) ?? 0;
  const timer = setInterval(() => (maxMiB = Math.max(maxMiB, rssMiB(o.pid) ?? 0)), 100);
  try {
    const res = await fetch(`${o.url}/api/exports/objects.${format}?arena=${o.arenaId}&statuses=${ALL_STATUSES}`, {
      headers: { cookie: o.cookie, 'accept-encoding': 'gzip, deflate, br' },
    });
    if (!res.ok) throw new Error(`export ${format}: HTTP ${res.status} ${await res.text()}`);
    const objects = Number(res.headers.get('x-total-count'));
    let bytes = 0;
    for await (const chunk of res.body) bytes += chunk.length;
    const seconds = (performance.now() - started) / 1000;
    return { objects, bytes, seconds, perS: objects / seconds, maxMiB };
  } finally {
    clearInterval(timer);
  }
}

async function measureExport(o) {
  const runs = { csv: [], geojson: [] };
  for (let run = 0; run < o.runs; run++) {
    for (const format of ['csv', 'geojson']) {
      const result = await oneExport(o, format);
      runs[format].push(result);
      o.log(
        `  run ${run + 1}/${o.runs} ${format}: ${result.objects} objects in ${result.seconds.toFixed(2)} s ` +
          `(${Math.round(result.perS)} objects/s, ${(result.bytes / 1e6).toFixed(1)} MB), server RSS max ${result.maxMiB.toFixed(0)} MiB`,
      );
      await sleep(500);
    }
  }
  const summary = (list) => ({
    objects: list[0]?.objects ?? 0,
    perS: median(list.map((r) => r.perS)),
    seconds: median(list.map((r) => r.seconds)),
    maxMiB: Math.max(...list.map((r) => r.maxMiB)),
  });
  return { csv: summary(runs.csv), geojson: summary(runs.geojson), runs };
}

/** A GeoJSON of n new points scattered over Västmanland, each valid by the shared rules. */
function importFile(n) {
  const kinds = ['PORT', 'ROAD', 'TERMINAL', 'BRIDGE', 'LEVEL_CROSSING', 'OTHER'];
  const modes = ['ROAD', 'RAIL', 'SEA'];
  const features = Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [15.5 + Math.random() * 1.5, 59.2 + Math.random() * 0.9] },
    properties: {
      name: `Importerat objekt ${i + 1} ${randomUUID().slice(0, 8)}`,
      kind: kinds[i % kinds.length],
      modes: [modes[i % modes.length]],
      externalRefs: [`Bänk ${i + 1}`],
      description: 'Inläst i benchmarken',
    },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

async function postImport(o, file, commit) {
  const form = new FormData();
  form.append('arenaId', o.arenaId);
  if (commit) form.append('commit', 'true');
  form.append('file', new Blob([file], { type: 'application/geo+json' }), 'bank.geojson');
  const started = performance.now();
  const res = await fetch(`${o.url}/api/imports/objects`, {
    method: 'POST',
    body: form,
    headers: { cookie: o.cookie, 'x-flaskhals-csrf': '1' },
  });
  const body = await res.json();
  if (res.status !== 200) throw new Error(`import: HTTP ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
  return { seconds: (performance.now() - started) / 1000, body };
}

async function measureImport(o) {
  const { Client } = serverRequire('pg');
  const runs = [];
  for (let run = 0; run < o.runs; run++) {
    const file = importFile(o.features);
    const preview = await postImport(o, file, false);
    if (preview.body.valid !== o.features) throw new Error(`import preview: ${preview.body.valid} of ${o.features} valid`);
    let maxMiB = rssMiB(o.pid) ?? 0;
    const timer = setInterval(() => (maxMiB = Math.max(maxMiB, rssMiB(o.pid) ?? 0)), 100);
    const commit = await postImport(o, file, true).finally(() => clearInterval(timer));
    runs.push({ previewS: preview.seconds, commitS: commit.seconds, maxMiB, bytes: file.length });
    o.log(
      `  run ${run + 1}/${o.runs}: ${o.features} features (${(file.length / 1e6).toFixed(1)} MB): preview ${preview.seconds.toFixed(2)} s, ` +
        `import ${commit.seconds.toFixed(2)} s, server RSS max ${maxMiB.toFixed(0)} MiB`,
    );
    // Leave the arena as it was for the next run and the other benchmarks.
    const client = new Client({ connectionString: o.databaseUrl });
    await client.connect();
    try {
      await client.query('DELETE FROM object_event WHERE object_id = ANY($1::uuid[])', [commit.body.objectIds]);
      await client.query('DELETE FROM infrastructure_object WHERE id = ANY($1::uuid[])', [commit.body.objectIds]);
    } finally {
      await client.end();
    }
  }
  return {
    features: o.features,
    previewS: median(runs.map((r) => r.previewS)),
    commitS: median(runs.map((r) => r.commitS)),
    maxMiB: Math.max(...runs.map((r) => r.maxMiB)),
    runs,
  };
}

module.exports = { measureExport, measureImport };
