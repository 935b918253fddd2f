#!/usr/bin/env node
// The benchmark's "limit": the viewport query's SQL through node-postgres, answered as JSON by a
// minimal node:http server in one process, no framework, no GraphQL. It runs the statements the app
// runs for `objects(filter: {arenaId, bbox, kinds, statuses}, first) { totalCount edges { node {
// id name kind status totalImpact {..} organizationCount } } }` — count(*), the page ordered by
// (name, id) with LIMIT first+1, and the app's own totals query (object-totals.loader.ts) for the
// page's ids — one after the other on a pool of 10 connections (the app's pool size), and returns
// the same JSON shape. Env: DATABASE_URL, PORT, HOST (127.0.0.1).
const http = require('node:http');
const { serverRequire } = require('./lib.cjs');

const { Pool } = serverRequire('pg');
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const WHERE = `o.arena_id = $1 AND o.bbox && $2::box AND o.kind = ANY($3::varchar[]) AND o.status = ANY($4::varchar[])`;
const COUNT_SQL = `SELECT count(*)::int AS n FROM infrastructure_object o WHERE ${WHERE}`;
const PAGE_SQL = `SELECT o.id, o.name, o.kind, o.status FROM infrastructure_object o WHERE ${WHERE} ORDER BY o.name, o.id LIMIT $5`;
// Verbatim from server/src/objects/object-totals.loader.ts.
const TOTALS_SQL = `
  WITH contribution AS (
    SELECT object_id, organization_id, delay_hours_per_week, extra_cost_sek_per_year, freight_tonnes_per_year, category
      FROM report WHERE object_id = ANY($1::uuid[])
    UNION ALL
    SELECT object_id, organization_id, delay_hours_per_week, extra_cost_sek_per_year, freight_tonnes_per_year, NULL
      FROM support WHERE object_id = ANY($1::uuid[])
  )
  SELECT object_id,
         sum(delay_hours_per_week) AS delay,
         sum(extra_cost_sek_per_year) AS cost,
         sum(freight_tonnes_per_year) AS tonnes,
         count(DISTINCT organization_id)::int AS organizations,
         count(category)::int AS reports,
         coalesce(array_agg(DISTINCT category) FILTER (WHERE category IS NOT NULL), '{}') AS categories
    FROM contribution GROUP BY object_id`;

async function viewport({ filter, first }) {
  const [minLng, minLat, maxLng, maxLat] = filter.bbox;
  const params = [filter.arenaId, `((${maxLng},${maxLat}),(${minLng},${minLat}))`, filter.kinds, filter.statuses];
  const client = await pool.connect();
  try {
    const count = await client.query(COUNT_SQL, params);
    const page = await client.query(PAGE_SQL, [...params, first + 1]);
    const rows = page.rows.slice(0, first);
    const totals = await client.query(TOTALS_SQL, [rows.map((r) => r.id)]);
    const byId = new Map(totals.rows.map((t) => [t.object_id, t]));
    return {
      data: {
        objects: {
          totalCount: count.rows[0].n,
          edges: rows.map((r) => {
            const t = byId.get(r.id);
            return {
              node: {
                id: r.id,
                name: r.name,
                kind: r.kind,
                status: r.status,
                totalImpact: { delayHoursPerWeek: t ? t.delay : 0, extraCostSekPerYear: t ? t.cost : 0, freightTonnesPerYear: t ? t.tonnes : 0 },
                organizationCount: t ? t.organizations : 0,
              },
            };
          }),
        },
      },
    };
  } finally {
    client.release();
  }
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  if (req.method !== 'POST' || req.url !== '/viewport') {
    res.writeHead(404).end();
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let input;
    try {
      input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400).end();
      return;
    }
    viewport(input).then(
      (result) => {
        const body = JSON.stringify(result);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      },
      (error) => {
        console.error(error);
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'internal' }] }));
      },
    );
  });
});

server.listen(Number(process.env.PORT), process.env.HOST || '127.0.0.1', () => {
  console.log(`limit server ready at http://127.0.0.1:${process.env.PORT}`);
});
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
