#!/usr/bin/env node
// The benchmark's "limit": the viewport query's SQL through node-postgres, answered as JSON by a
// minimal node:http server in one process, no framework, no GraphQL. It runs the very statements
// the app runs for `objects(filter: {arenaId, bbox, kinds, statuses}, first) { totalCount edges {
// node { id name kind status totalImpact {..} organizationCount } } }` — built by the app's own
// code (server/dist/objects/objects.repository.js): one statement for the page ordered by (name, id) with
// LIMIT first+1, joined to the precomputed object_totals, whose rows carry the total count from the
// same scan (as the app does), on a pool of 10, and returns the same JSON shape. No session or
// arena look-up.
// Env: DATABASE_URL, PORT, HOST (127.0.0.1).
const http = require('node:http');
const { serverRequire, requireDist } = require('./lib.cjs');

const { Pool } = serverRequire('pg');
const { objectConditions, objectStatements } = requireDist('objects/objects.repository.js');
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const FIELDS = new Set(['id', 'name', 'kind', 'status', 'totalImpact', 'organizationCount']);

async function viewport({ filter, first }) {
  const conditions = objectConditions(filter.arenaId, 'members', filter);
  const page = await pool.query(
    objectStatements
      .page({ conditions, cursor: null, limit: first + 1, fields: FIELDS, audience: 'members', withTotalCount: true })
      .toQuery(),
  );
  return {
    data: {
      objects: {
        totalCount: page.rows[0]?.total_count ?? 0,
        edges: page.rows.slice(0, first).map((r) => ({
          node: {
            id: r.id,
            name: r.name,
            kind: r.kind,
            status: r.status,
            totalImpact: {
              delayHoursPerWeek: r.t_delay_hours_per_week,
              extraCostSekPerYear: r.t_extra_cost_sek_per_year,
              freightTonnesPerYear: r.t_freight_tonnes_per_year,
            },
            organizationCount: r.organizationCount,
          },
        })),
      },
    },
  };
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
