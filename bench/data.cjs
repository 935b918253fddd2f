#!/usr/bin/env node
// `npm run bench:data`: writes the synthetic benchmark arena "bench-sverige" into the configured
// database (DATABASE_URL, else the embedded PostgreSQL the server uses, under FLASKHALS_DATA_DIR on
// EMBEDDED_PG_PORT): ~50 member organizations and BENCH_OBJECTS (default 100,000) infrastructure
// objects spread over Sweden like real infrastructure (dense in towns and along road, rail and
// water corridors; points, lines and areas), with reports and supports (about 3 per object).
// Re-running replaces that arena's data (one transaction) and leaves every other arena alone.
// The rows are generated in JS from a seeded PRNG (BENCH_SEED) and inserted set-based: one
// INSERT ... SELECT FROM unnest(arrays) per 5,000 rows; the derived columns (bbox box, search_text,
// modes, external_refs) are computed in SQL as the app computes them, and a sample is checked
// against the app's own functions afterwards.
const path = require('node:path');
const { ROOT, serverRequire, requireDist, prng, removeBenchAuditEntries } = require('./lib.cjs');
const { TOWNS, CORRIDORS, insideOutline } = require('./sweden.cjs');
const { ensureUsers, removeUsers } = require('./actors.cjs');

const BENCH_ARENA = {
  slug: process.env.BENCH_ARENA_SLUG || 'bench-sverige',
  name: 'Bänkarenan Sverige (syntetiska data)',
  description: 'Syntetiska infrastrukturobjekt över hela Sverige för prestandamätningar (npm run bench:data). Inga riktiga rapporter.',
  mapCenterLng: 17.3,
  mapCenterLat: 62.4,
  mapZoom: 5,
};
const BATCH = 5000;

const OBJECT_STATUSES = [
  ['REPORTED', 35],
  ['CONFIRMED', 20],
  ['PRIORITIZED', 28],
  ['RESOLVED', 10],
  ['DISMISSED', 7],
];
const CATEGORIES = [
  ['CAPACITY', 30],
  ['SAFETY', 15],
  ['CONDITION', 18],
  ['ACCESSIBILITY', 10],
  ['MISSING_LINK', 8],
  ['REGULATION', 7],
  ['RESILIENCE', 7],
  ['ENVIRONMENT', 5],
];

const NOUNS = {
  ROAD: ['Trafikplats', 'Korsning', 'Vägavsnitt', 'Cirkulationsplats', 'Påfart', 'Genomfart', 'Omledningsväg'],
  RAIL_SEGMENT: ['Bandel', 'Spårsträcka', 'Mötesstation', 'Driftplats', 'Dubbelspår', 'Godsspår'],
  TERMINAL: ['Kombiterminal', 'Logistikterminal', 'Omlastningsterminal', 'Bangård', 'Torrhamn'],
  PORT: ['Hamn', 'Kaj', 'Hamninlopp', 'Farled'],
  AIRPORT: ['Flygplats', 'Fraktflyg'],
  BRIDGE: ['Bro', 'Viadukt', 'Järnvägsbro', 'Vägbro'],
  LEVEL_CROSSING: ['Plankorsning', 'Vägskydd'],
  WATERWAY: ['Farled', 'Sluss', 'Kanal'],
  OTHER: ['Rastplats', 'Uppställningsplats', 'Laddstation', 'Vågstation', 'Tullplats'],
};
const PROBLEMS = {
  CAPACITY: [
    'Köer i rusningstid ger förseningar för godstrafiken varje vardag.',
    'Enkelspår med för få mötesplatser begränsar antalet godståg.',
    'Terminalen är full kvällstid och bilar står och väntar.',
  ],
  SAFETY: [
    'Farlig vänstersväng för tunga fordon utan eget körfält.',
    'Oskyddad plankorsning med skymd sikt.',
    'Gång- och cykeltrafik korsar tung trafik utan separering.',
  ],
  CONDITION: [
    'Spårlägesfel ger nedsatt hastighet på sträckan.',
    'Tjälskador och spårbildning i beläggningen.',
    'Bron har nedsatt bärighet och kräver omledning.',
  ],
  ACCESSIBILITY: [
    'Fri höjd under bron stoppar höga fordon.',
    'Bärighetsklass BK2 hindrar fullastade timmerbilar.',
    'Ingen anslutning för 74-tonsfordon till industriområdet.',
  ],
  MISSING_LINK: [
    'Saknad förbindelse mellan hamn och stambana.',
    'Ingen direkt väg från terminalen till motorvägen.',
    'Industrispåret är rivet och godset går på väg.',
  ],
  REGULATION: [
    'Nattstängning utan alternativ väg.',
    'Tidsbegränsad lastzon som inte passar leveranserna.',
    'Hastighetsgräns sänkt i väntan på åtgärd.',
  ],
  RESILIENCE: [
    'Enda förbindelsen: vid olycka blir omvägen flera mil.',
    'Översvämningsrisk stänger sträckan vid skyfall.',
    'Ingen reservkraft till signalsystemet.',
  ],
  ENVIRONMENT: [
    'Tomgångskörning i köer ger utsläpp i bostadsområde.',
    'Buller från godståg nattetid begränsar trafiken.',
    'Överflyttning till järnväg hindras av bristande kapacitet.',
  ],
};
const MEASURES = [
  'Bygg mötesspår',
  'Bygg om trafikplatsen',
  'Förstärk bron',
  'Bredda vägen till 2+1',
  'Planskild korsning',
  'Förläng sidospåren till 750 m',
  'Nytt anslutningsspår',
  'Höj bärigheten till BK4',
];
const COMPANIES = [
  'Mälardalens Frakt AB',
  'Nordisk Stålfrakt AB',
  'Bergslagens Timmertransporter AB',
  'Sydsvenska Åkeri AB',
  'Norrlandståg AB',
  'Västkustens Container AB',
  'Svealands Grus och Betong AB',
  'Östgöta Livsmedelslogistik AB',
  'Baltiska Färjegods AB',
  'Vänerns Skogsindustri AB',
  'Inlandets Malmtransporter AB',
  'Kustlinjens Kyltransporter AB',
  'Mellansvenska Bygglogistik AB',
  'Skånska Lantbruksfrakt AB',
  'Norrbottens Stålverk AB',
  'Gävlebuktens Pappersbruk AB',
  'Höglandets Verkstäder AB',
  'Smålands Möbelfrakt AB',
  'Roslagens Sjöfrakt AB',
  'Hallandsåsens Åkeri AB',
  'Dalälvens Energi AB',
  'Jämtlands Timmer AB',
  'Kalmarsundets Logistik AB',
  'Blekinge Tunga Transporter AB',
  'Göta Kanal Gods AB',
  'Upplands Kemi AB',
  'Tornedalens Frakt AB',
  'Värmlands Massa AB',
];
const ORG_MUNICIPALITIES = [
  'Västerås',
  'Örebro',
  'Gävle',
  'Luleå',
  'Norrköping',
  'Göteborg',
  'Malmö',
  'Sundsvall',
  'Karlstad',
  'Jönköping',
  'Umeå',
  'Borlänge',
];
const PORT_OPERATORS = [
  'Mälarhamnar AB (syntetisk)',
  'Gävle Hamn AB (syntetisk)',
  'Luleå Hamn AB (syntetisk)',
  'Norrköpings Hamn AB (syntetisk)',
  'Trelleborgs Hamn AB (syntetisk)',
  'Karlstads Hamn AB (syntetisk)',
];
const OTHERS = [
  ['Region Västmanland', 'REGION'],
  ['Region Norrbotten', 'REGION'],
  ['Region Skåne', 'REGION'],
  ['Trafikverket Region Öst', 'AUTHORITY'],
  ['Sjöfartsverket', 'AUTHORITY'],
  ['Handelskammaren Mälardalen', 'CHAMBER'],
  ['Handelskammaren Norrland', 'CHAMBER'],
];

function organizationsOf() {
  const orgs = [];
  for (const name of COMPANIES)
    orgs.push({ name, kind: 'COMPANY', municipality: ORG_MUNICIPALITIES[orgs.length % ORG_MUNICIPALITIES.length] });
  for (const m of ORG_MUNICIPALITIES.slice(0, 9)) orgs.push({ name: `${m} kommun (syntetisk)`, kind: 'MUNICIPALITY', municipality: m });
  for (const name of PORT_OPERATORS) orgs.push({ name, kind: 'PORT_OR_TERMINAL_OPERATOR', municipality: null });
  for (const [name, kind] of OTHERS) orgs.push({ name, kind, municipality: null });
  return orgs; // 28 + 9 + 6 + 7 = 50
}

/** Generates the whole arena in memory, column by column, from one seed. */
function generate(count, seed) {
  const random = prng(seed);
  const uuid = () => {
    const b = Buffer.alloc(16);
    for (let i = 0; i < 16; i++) b[i] = Math.floor(random() * 256);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = b.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const weighted = (pairs) => {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = random() * total;
    for (const [value, w] of pairs) if ((r -= w) < 0) return value;
    return pairs[pairs.length - 1][0];
  };
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const round = (v) => Math.round(v * 1e6) / 1e6;
  const KM_LAT = 1 / 111.32;
  const kmLng = (lat) => 1 / (111.32 * Math.cos((lat * Math.PI) / 180));

  const townByName = new Map(TOWNS.map((t) => [t.name, t]));
  const townWeights = TOWNS.map((t) => [t, Math.pow(t.weight, 0.85)]);
  const corridors = CORRIDORS.map((c) => {
    const points = c.towns.map((name) => {
      const t = townByName.get(name);
      if (!t) throw new Error(`unknown town ${name} in corridor ${c.ref}`);
      return t;
    });
    const segments = [];
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      const length = Math.hypot((b.lng - a.lng) / kmLng((a.lat + b.lat) / 2), (b.lat - a.lat) / KM_LAT);
      segments.push([{ a, b, length }, length]);
    }
    return { ...c, segments, length: segments.reduce((s, [, l]) => s + l, 0) };
  });
  const corridorWeights = corridors.map((c) => [c, c.importance * c.length]);
  const nearestTown = (lng, lat) => {
    let best = TOWNS[0];
    let bestD = Infinity;
    for (const t of TOWNS) {
      const d = ((t.lng - lng) * Math.cos((lat * Math.PI) / 180)) ** 2 + (t.lat - lat) ** 2;
      if (d < bestD) [best, bestD] = [t, d];
    }
    return best;
  };

  /** A line of 2–6 vertices from (lng, lat) roughly along heading (radians, 0 = east), lengthKm long. */
  const line = (lng, lat, heading, lengthKm) => {
    const n = 2 + Math.floor(random() * 5);
    const coords = [[round(lng), round(lat)]];
    let [x, y] = [lng, lat];
    for (let i = 1; i < n; i++) {
      const h = heading + gauss() * 0.25;
      const step = lengthKm / (n - 1);
      x += Math.cos(h) * step * kmLng(y);
      y += Math.sin(h) * step * KM_LAT;
      coords.push([round(x), round(y)]);
    }
    return { type: 'LineString', coordinates: coords };
  };
  /** A closed ring of 4–8 vertices around (lng, lat) with radius about radiusKm. */
  const polygon = (lng, lat, radiusKm) => {
    const n = 4 + Math.floor(random() * 5);
    const start = random() * Math.PI * 2;
    const ring = [];
    for (let i = 0; i < n; i++) {
      const a = start + (i / n) * Math.PI * 2;
      const r = radiusKm * (0.6 + random() * 0.4);
      ring.push([round(lng + Math.cos(a) * r * kmLng(lat)), round(lat + Math.sin(a) * r * KM_LAT)]);
    }
    ring.push([...ring[0]]);
    return { type: 'Polygon', coordinates: [ring] };
  };
  const point = (lng, lat) => ({ type: 'Point', coordinates: [round(lng), round(lat)] });

  const kindFor = (placement, corridor, town) => {
    if (placement === 'corridor') {
      if (corridor.mode === 'road')
        return weighted([
          ['ROAD', 55],
          ['BRIDGE', 14],
          ['TERMINAL', 8],
          ['LEVEL_CROSSING', 5],
          ['OTHER', 18],
        ]);
      if (corridor.mode === 'rail')
        return weighted([
          ['RAIL_SEGMENT', 55],
          ['LEVEL_CROSSING', 20],
          ['TERMINAL', 10],
          ['BRIDGE', 10],
          ['OTHER', 5],
        ]);
      return weighted([
        ['WATERWAY', 55],
        ['PORT', 20],
        ['BRIDGE', 25],
      ]);
    }
    if (placement === 'town') {
      return weighted([
        ['ROAD', 33],
        ['TERMINAL', 14],
        ['RAIL_SEGMENT', 12],
        ['LEVEL_CROSSING', 8],
        ['BRIDGE', 8],
        [town.port ? 'PORT' : 'TERMINAL', 7],
        ['AIRPORT', 2],
        ['OTHER', 16],
      ]);
    }
    return weighted([
      ['ROAD', 50],
      ['RAIL_SEGMENT', 10],
      ['BRIDGE', 14],
      ['LEVEL_CROSSING', 10],
      ['OTHER', 16],
    ]);
  };
  const geometryFor = (kind, lng, lat, heading) => {
    switch (kind) {
      case 'ROAD':
        return random() < 0.6 ? line(lng, lat, heading, 0.5 + random() * 8) : point(lng, lat);
      case 'RAIL_SEGMENT':
        return random() < 0.85 ? line(lng, lat, heading, 1 + random() * 12) : point(lng, lat);
      case 'TERMINAL':
        return random() < 0.6 ? polygon(lng, lat, 0.2 + random() * 0.6) : point(lng, lat);
      case 'PORT':
        return random() < 0.5 ? polygon(lng, lat, 0.3 + random() * 0.8) : point(lng, lat);
      case 'AIRPORT':
        return random() < 0.7 ? polygon(lng, lat, 1 + random() * 1.5) : point(lng, lat);
      case 'BRIDGE':
        return random() < 0.4 ? line(lng, lat, heading, 0.1 + random() * 1.5) : point(lng, lat);
      case 'WATERWAY':
        return line(lng, lat, heading, 1 + random() * 10);
      case 'LEVEL_CROSSING':
        return point(lng, lat);
      default: {
        const r = random();
        return r < 0.7 ? point(lng, lat) : r < 0.85 ? polygon(lng, lat, 0.1 + random() * 0.4) : line(lng, lat, heading, 0.3 + random() * 3);
      }
    }
  };
  const modesFor = (kind, corridor) => {
    switch (kind) {
      case 'ROAD':
        return ['ROAD'];
      case 'RAIL_SEGMENT':
        return ['RAIL'];
      case 'LEVEL_CROSSING':
        return ['ROAD', 'RAIL'];
      case 'PORT':
        return random() < 0.5 ? ['ROAD', 'RAIL', 'SEA'] : ['SEA'];
      case 'TERMINAL':
        return random() < 0.6 ? ['ROAD', 'RAIL'] : ['ROAD'];
      case 'AIRPORT':
        return ['ROAD', 'AIR'];
      case 'WATERWAY':
        return ['SEA'];
      case 'BRIDGE':
        return corridor?.mode === 'rail' ? ['RAIL'] : ['ROAD'];
      default:
        return [pick(['ROAD', 'ROAD', 'RAIL', 'SEA'])];
    }
  };
  const bodyFor = (kind, municipality) => {
    if (kind === 'PORT') return `${municipality} Hamn AB`;
    if (kind === 'TERMINAL') return random() < 0.5 ? `${municipality} Terminal AB` : `${municipality} kommun`;
    if (kind === 'AIRPORT') return random() < 0.5 ? 'Swedavia' : `${municipality} kommun`;
    if (kind === 'WATERWAY') return 'Sjöfartsverket';
    if (kind === 'OTHER') return random() < 0.5 ? null : `${municipality} kommun`;
    return random() < 0.75 ? 'Trafikverket' : `${municipality} kommun`;
  };

  const organizations = organizationsOf().map((o) => ({ ...o, id: uuid() }));
  const now = Date.parse('2026-11-01T00:00:00Z');
  const YEAR = 365 * 24 * 3600 * 1000;

  const o = {
    id: [],
    name: [],
    kind: [],
    description: [],
    geometry: [],
    minLng: [],
    minLat: [],
    maxLng: [],
    maxLat: [],
    modes: [],
    body: [],
    municipality: [],
    refs: [],
    status: [],
    created: [],
    updated: [],
  };
  const r = {
    id: [],
    object: [],
    organization: [],
    title: [],
    problem: [],
    category: [],
    delay: [],
    cost: [],
    tonnes: [],
    measure: [],
    created: [],
    updated: [],
  };
  const s = { id: [], object: [], report: [], organization: [], comment: [], delay: [], cost: [], tonnes: [], created: [] };
  const counters = new Map();
  const kinds = {};
  const types = {};
  const placements = { town: 0, corridor: 0, scattered: 0 };

  const impact = (scale) => ({
    delay: Math.min(10000, Math.round(-Math.log(1 - random()) * 10 * scale * 10) / 10),
    cost: Math.min(1e11, Math.round(Math.exp(11 + gauss() * 1.3) * scale)),
    tonnes: Math.min(1e9, Math.round(Math.exp(8.5 + gauss() * 1.5) * scale)),
  });

  for (let i = 0; i < count; i++) {
    const u = random();
    const placement = u < 0.5 ? 'town' : u < 0.88 ? 'corridor' : 'scattered';
    placements[placement]++;
    let lng;
    let lat;
    let heading = random() * Math.PI * 2;
    let town;
    let corridor = null;
    if (placement === 'town') {
      town = weighted(townWeights);
      const sigmaKm = 2 + 0.25 * Math.sqrt(town.weight);
      lat = town.lat + gauss() * sigmaKm * KM_LAT;
      lng = town.lng + gauss() * sigmaKm * kmLng(town.lat);
    } else if (placement === 'corridor') {
      corridor = weighted(corridorWeights);
      const seg = weighted(corridor.segments);
      const t = random();
      lng = seg.a.lng + (seg.b.lng - seg.a.lng) * t;
      lat = seg.a.lat + (seg.b.lat - seg.a.lat) * t;
      heading = Math.atan2((seg.b.lat - seg.a.lat) / KM_LAT, (seg.b.lng - seg.a.lng) / kmLng(lat)) + (random() < 0.5 ? 0 : Math.PI);
      const offKm = gauss() * 1.5;
      lng += -Math.sin(heading) * offKm * kmLng(lat);
      lat += Math.cos(heading) * offKm * KM_LAT;
      town = t < 0.5 ? seg.a : seg.b;
    } else {
      do {
        lng = 11 + random() * 13.2;
        lat = 55.3 + random() * 13.8;
      } while (!insideOutline(lng, lat));
      town = nearestTown(lng, lat);
    }
    const kind = kindFor(placement, corridor, town);
    const geometry = geometryFor(kind, lng, lat, heading);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    types[geometry.type] = (types[geometry.type] ?? 0) + 1;
    let minLng = Infinity;
    let minLat = Infinity;
    let maxLng = -Infinity;
    let maxLat = -Infinity;
    const positions =
      geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates[0];
    for (const [x, y] of positions) {
      minLng = Math.min(minLng, x);
      minLat = Math.min(minLat, y);
      maxLng = Math.max(maxLng, x);
      maxLat = Math.max(maxLat, y);
    }
    const municipality = town.name;
    const n = (counters.get(municipality) ?? 0) + 1;
    counters.set(municipality, n);
    const refs =
      corridor && corridor.mode !== 'water'
        ? [corridor.ref]
        : kind === 'ROAD' && random() < 0.3
          ? [`väg ${100 + Math.floor(random() * 900)}`]
          : [];
    if (kind === 'RAIL_SEGMENT' && random() < 0.3) refs.push(`bandel ${100 + Math.floor(random() * 900)}`);
    const name = `${pick(NOUNS[kind])} ${refs[0] && corridor ? `${refs[0]} ` : ''}${municipality} ${n}`;
    const created = now - random() * 3 * YEAR;
    const objectId = uuid();
    const status = weighted(OBJECT_STATUSES);
    o.id.push(objectId);
    o.name.push(name);
    o.kind.push(kind);
    o.description.push(random() < 0.3 ? null : `${pick(PROBLEMS[weighted(CATEGORIES)])} ${town.county}.`);
    o.geometry.push(JSON.stringify(geometry));
    o.minLng.push(minLng);
    o.minLat.push(minLat);
    o.maxLng.push(maxLng);
    o.maxLat.push(maxLat);
    o.modes.push(modesFor(kind, corridor).join(','));
    o.body.push(bodyFor(kind, municipality));
    o.municipality.push(random() < 0.95 ? municipality : null);
    o.refs.push(refs.join('|'));
    o.status.push(status);
    o.created.push(new Date(created).toISOString());
    o.updated.push(new Date(created + random() * (now - created)).toISOString());

    // 1–3 reports (mean 1.5) and about as many supports: ~3 contributions per object.
    const reportCount = weighted([
      [1, 60],
      [2, 30],
      [3, 10],
    ]);
    const scale = kind === 'PORT' || kind === 'TERMINAL' ? 3 : kind === 'RAIL_SEGMENT' ? 2 : 1;
    const reportIds = [];
    const reportOrgs = [];
    for (let k = 0; k < reportCount; k++) {
      const category = weighted(CATEGORIES);
      const org = pick(organizations);
      const reportId = uuid();
      const at = created + k * random() * 30 * 24 * 3600 * 1000;
      const f = impact(scale);
      r.id.push(reportId);
      r.object.push(objectId);
      r.organization.push(org.id);
      r.title.push(`${name}: ${pick(PROBLEMS[category]).split(':')[0].replace(/\.$/, '')}`.slice(0, 200));
      r.problem.push(pick(PROBLEMS[category]));
      r.category.push(category);
      r.delay.push(f.delay);
      r.cost.push(f.cost);
      r.tonnes.push(f.tonnes);
      r.measure.push(random() < 0.6 ? pick(MEASURES) : null);
      r.created.push(new Date(at).toISOString());
      r.updated.push(new Date(at).toISOString());
      reportIds.push(reportId);
      reportOrgs.push(org.id);
    }
    const supportCount = weighted([
      [0, 20],
      [1, 30],
      [2, 30],
      [3, 15],
      [4, 5],
    ]);
    const used = new Set();
    for (let k = 0; k < supportCount; k++) {
      const which = Math.floor(random() * reportIds.length);
      const org = pick(organizations);
      const key = `${which}:${org.id}`;
      // One support per organization and report, never on its own report (as the app enforces).
      if (org.id === reportOrgs[which] || used.has(key)) continue;
      used.add(key);
      const f = impact(scale * 0.5);
      s.id.push(uuid());
      s.object.push(objectId);
      s.report.push(reportIds[which]);
      s.organization.push(org.id);
      s.comment.push(random() < 0.5 ? 'Vi påverkas också.' : null);
      s.delay.push(f.delay);
      s.cost.push(f.cost);
      s.tonnes.push(f.tonnes);
      s.created.push(new Date(created + random() * (now - created)).toISOString());
    }
  }
  return { organizations, objects: o, reports: r, supports: s, stats: { kinds, types, placements } };
}

const slice = (columns, from, to) => Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, v.slice(from, to)]));

async function insertBatches(client, columns, sql, params) {
  const total = columns.id.length;
  for (let from = 0; from < total; from += BATCH) {
    const part = slice(columns, from, from + BATCH);
    await client.query(sql, params(part));
  }
  return total;
}

/** Replaces the bench arena in one transaction; returns its id and per-step timings. */
async function writeArena(client, data, log) {
  const steps = {};
  const step = async (name, fn) => {
    const t0 = performance.now();
    const result = await fn();
    steps[name] = (performance.now() - t0) / 1000;
    log(`  ${name}: ${steps[name].toFixed(1)} s`);
    return result;
  };
  await client.query('BEGIN');
  try {
    await step('remove previous bench arena', async () => {
      const { rows } = await client.query('SELECT id FROM arena WHERE slug = $1', [BENCH_ARENA.slug]);
      if (!rows.length) return;
      const id = rows[0].id;
      const orgs = await client.query(
        `SELECT organization_id FROM arena_membership m WHERE arena_id = $1
           AND NOT EXISTS (SELECT 1 FROM arena_membership o WHERE o.organization_id = m.organization_id AND o.arena_id <> $1)`,
        [id],
      );
      await removeUsers(client, id);
      for (const table of [
        'object_event',
        'triage_visit',
        'support',
        'report',
        'infrastructure_object',
        'idempotency_key',
        'arena_membership',
      ]) {
        await client.query(`DELETE FROM ${table} WHERE arena_id = $1`, [id]);
      }
      await client.query('DELETE FROM organization WHERE id = ANY($1::uuid[])', [orgs.rows.map((r) => r.organization_id)]);
      await removeBenchAuditEntries(client, 'arena_id = $1', [id]);
      await client.query('DELETE FROM arena WHERE id = $1', [id]);
    });
    const arenaId = await step('arena and organizations', async () => {
      const a = BENCH_ARENA;
      const { rows } = await client.query(
        'INSERT INTO arena (slug, name, description, map_center_lng, map_center_lat, map_zoom) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
        [a.slug, a.name, a.description, a.mapCenterLng, a.mapCenterLat, a.mapZoom],
      );
      const orgs = data.organizations;
      await client.query(
        `INSERT INTO organization (id, name, kind, municipality) SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[])`,
        [orgs.map((x) => x.id), orgs.map((x) => x.name), orgs.map((x) => x.kind), orgs.map((x) => x.municipality)],
      );
      await client.query(`INSERT INTO arena_membership (arena_id, organization_id) SELECT $1, unnest($2::uuid[])`, [
        rows[0].id,
        orgs.map((x) => x.id),
      ]);
      await ensureUsers(client, rows[0].id, log);
      return rows[0].id;
    });
    await step(`objects (${data.objects.id.length})`, () =>
      insertBatches(
        client,
        data.objects,
        `INSERT INTO infrastructure_object (id, arena_id, name, kind, description, geometry, bbox, modes, responsible_body, municipality,
                                            external_refs, status, search_text, created_at, updated_at)
         SELECT t.id, $1, t.name, t.kind, t.description, t.geometry::jsonb,
                box(point(t.max_lng, t.max_lat), point(t.min_lng, t.min_lat)),
                string_to_array(t.modes, ',')::varchar[], t.body, t.municipality,
                string_to_array(t.refs, '|')::varchar[], t.status,
                lower(array_to_string(ARRAY[t.name, coalesce(t.municipality, '')] || string_to_array(t.refs, '|'), ' ')),
                t.created_at, t.updated_at
           FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[], $9::float8[], $10::float8[],
                       $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::timestamptz[], $17::timestamptz[])
                AS t(id, name, kind, description, geometry, min_lng, min_lat, max_lng, max_lat, modes, body, municipality, refs, status, created_at, updated_at)`,
        (p) => [
          arenaId,
          p.id,
          p.name,
          p.kind,
          p.description,
          p.geometry,
          p.minLng,
          p.minLat,
          p.maxLng,
          p.maxLat,
          p.modes,
          p.body,
          p.municipality,
          p.refs,
          p.status,
          p.created,
          p.updated,
        ],
      ),
    );
    await step(`reports (${data.reports.id.length})`, () =>
      insertBatches(
        client,
        data.reports,
        `INSERT INTO report (id, arena_id, object_id, organization_id, title, problem, category, delay_hours_per_week, extra_cost_sek_per_year,
                             freight_tonnes_per_year, proposed_measure, created_at, updated_at)
         SELECT t.id, $1, t.object_id, t.organization_id, t.title, t.problem, t.category, t.delay, t.cost, t.tonnes, t.measure, t.created_at, t.updated_at
           FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::float8[], $9::float8[], $10::float8[], $11::text[],
                       $12::timestamptz[], $13::timestamptz[])
                AS t(id, object_id, organization_id, title, problem, category, delay, cost, tonnes, measure, created_at, updated_at)`,
        (p) => [
          arenaId,
          p.id,
          p.object,
          p.organization,
          p.title,
          p.problem,
          p.category,
          p.delay,
          p.cost,
          p.tonnes,
          p.measure,
          p.created,
          p.updated,
        ],
      ),
    );
    await step(`supports (${data.supports.id.length})`, () =>
      insertBatches(
        client,
        data.supports,
        `INSERT INTO support (id, arena_id, object_id, report_id, organization_id, comment, delay_hours_per_week, extra_cost_sek_per_year,
                              freight_tonnes_per_year, created_at)
         SELECT t.id, $1, t.object_id, t.report_id, t.organization_id, t.comment, t.delay, t.cost, t.tonnes, t.created_at
           FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::float8[], $8::float8[], $9::float8[], $10::timestamptz[])
                AS t(id, object_id, report_id, organization_id, comment, delay, cost, tonnes, created_at)`,
        (p) => [arenaId, p.id, p.object, p.report, p.organization, p.comment, p.delay, p.cost, p.tonnes, p.created],
      ),
    );
    // Each object's history as the app writes it, and one object in twenty waiting in the triage queue.
    await step('history (object_event)', async () => {
      await client.query(
        `INSERT INTO object_event (arena_id, object_id, kind, at, organization_id, report_id, visibility, data)
         SELECT arena_id, object_id, 'REPORTED', created_at, organization_id, id, visibility, jsonb_build_object('title', title) FROM report WHERE arena_id = $1`,
        [arenaId],
      );
      await client.query(
        `INSERT INTO object_event (arena_id, object_id, kind, at, organization_id, report_id, visibility)
         SELECT s.arena_id, s.object_id, 'SUPPORTED', s.created_at, s.organization_id, s.report_id, r.visibility
           FROM support s JOIN report r ON r.id = s.report_id WHERE s.arena_id = $1`,
        [arenaId],
      );
      await client.query(
        `UPDATE infrastructure_object o SET triage_pending_since = o.updated_at WHERE o.arena_id = $1 AND get_byte(decode(md5(o.id::text), 'hex'), 0) < 13`,
        [arenaId],
      );
    });
    await step('commit', () => client.query('COMMIT'));
    // As a database in steady state: no dead rows of a replaced arena left in tables and indexes.
    await step('vacuum analyze', () =>
      client.query('VACUUM (ANALYZE) arena, organization, arena_membership, infrastructure_object, report, support, object_event'),
    );
    return { arenaId, steps };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The derived columns must be what the app itself would write: checked on a random sample. */
async function verifySample(client, arenaId) {
  const { boundingBox } = require(path.join(ROOT, 'shared', 'dist', 'index.js'));
  const { searchTextOf } = requireDist('objects/objects.repository.js');
  const { rows } = await client.query(
    `SELECT name, municipality, external_refs, geometry, search_text, bbox::text AS bbox FROM infrastructure_object
      WHERE arena_id = $1 ORDER BY md5(id::text) LIMIT 500`,
    [arenaId],
  );
  for (const row of rows) {
    const b = boundingBox(row.geometry);
    const expectedBox = `(${b.maxLng},${b.maxLat}),(${b.minLng},${b.minLat})`;
    const expectedText = searchTextOf({ name: row.name, municipality: row.municipality, externalRefs: row.external_refs });
    if (row.bbox !== expectedBox) throw new Error(`bbox of "${row.name}" is ${row.bbox}, the app would write ${expectedBox}`);
    if (row.search_text !== expectedText)
      throw new Error(`search_text of "${row.name}" is "${row.search_text}", the app would write "${expectedText}"`);
  }
  return rows.length;
}

/** Runs fn with a connection string of the configured database, starting the embedded one if needed. */
async function withDatabase(fn, log) {
  const { loadConfig } = requireDist('common/config/config.js');
  const config = loadConfig(process.env);
  if (config.databaseUrl) return fn(config.databaseUrl);
  const { startEmbeddedPostgres, runningCluster, embeddedUrl } = requireDist('common/database/embedded-postgres.js');
  const running = runningCluster(path.join(config.dataDir, 'postgres'));
  if (running && running.owner !== null) {
    log(`Using the embedded PostgreSQL of process ${running.owner} (port ${running.port})`);
    return fn(embeddedUrl(running.port));
  }
  log(`Starting the embedded PostgreSQL in ${config.dataDir} on port ${config.embeddedPgPort}`);
  const db = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
  try {
    return await fn(db.url);
  } finally {
    await db.stop();
  }
}

async function runMigrations(url) {
  serverRequire('reflect-metadata');
  const { DataSource } = serverRequire('typeorm');
  const { dataSourceOptions } = requireDist('common/database/data-source-options.js');
  const ds = new DataSource({ ...dataSourceOptions(url), migrationsRun: false });
  await ds.initialize();
  try {
    return (await ds.runMigrations({ transaction: 'each' })).length;
  } finally {
    await ds.destroy();
  }
}

async function main() {
  const log = (line) => process.stdout.write(`${line}\n`);
  const count = Number(process.env.BENCH_OBJECTS ?? 100_000);
  const seed = Number(process.env.BENCH_SEED ?? 20261124);
  if (!Number.isInteger(count) || count < 1) throw new Error(`BENCH_OBJECTS=${process.env.BENCH_OBJECTS}: must be a positive integer`);
  const started = performance.now();
  await withDatabase(async (url) => {
    const migrated = await runMigrations(url);
    if (migrated) log(`Ran ${migrated} migration(s)`);
    const t0 = performance.now();
    const data = generate(count, seed);
    const generateS = (performance.now() - t0) / 1000;
    log(
      `Generated arena "${BENCH_ARENA.slug}" (seed ${seed}) in ${generateS.toFixed(1)} s: ${count} objects ${JSON.stringify(data.stats.types)}`,
    );
    log(`  kinds ${JSON.stringify(data.stats.kinds)}`);
    log(
      `  placed in towns/corridors/scattered: ${data.stats.placements.town}/${data.stats.placements.corridor}/${data.stats.placements.scattered}`,
    );
    const { Client } = serverRequire('pg');
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const t1 = performance.now();
      const { arenaId, steps } = await writeArena(client, data, log);
      const writeS = (performance.now() - t1) / 1000;
      const checked = await verifySample(client, arenaId);
      const rows = data.objects.id.length + data.reports.id.length + data.supports.id.length;
      log(
        `Wrote ${data.objects.id.length} objects, ${data.reports.id.length} reports, ${data.supports.id.length} supports, ${data.organizations.length} organizations ` +
          `in ${writeS.toFixed(1)} s (${Math.round(rows / writeS)} rows/s); derived columns of ${checked} sampled objects equal what the app writes`,
      );
      log(
        `bench:data total ${((performance.now() - started) / 1000).toFixed(1)} s (generate ${generateS.toFixed(1)} s, write ${writeS.toFixed(1)} s)`,
      );
      if (process.env.BENCH_DATA_JSON) {
        require('node:fs').writeFileSync(
          process.env.BENCH_DATA_JSON,
          JSON.stringify({
            arenaId,
            objects: count,
            reports: data.reports.id.length,
            supports: data.supports.id.length,
            organizations: data.organizations.length,
            generateS,
            writeS,
            steps,
            totalS: (performance.now() - started) / 1000,
            stats: data.stats,
          }),
        );
      }
    } finally {
      await client.end();
    }
  }, log);
}

module.exports = { BENCH_ARENA, generate };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
