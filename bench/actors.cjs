// Who the benchmark acts as. When the product has accounts (table user_account), every member
// organization of the bench arena gets one MEMBER user (bench/data.cjs makes them) and the benchmark
// opens a session for each directly in the database — the server's own token hash under the
// benchmark's SESSION_SECRET — since signing in 50 users through the API would trip its sign-in rate
// limit. Without accounts, requests go without a cookie and name their organization themselves.
const fs = require('node:fs');
const path = require('node:path');
const { randomBytes } = require('node:crypto');
const { ROOT, SERVER_DIST, serverRequire } = require('./lib.cjs');

const BENCH_PASSWORD = 'bench-password-not-secret';

async function hasTable(client, table) {
  const { rows } = await client.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`public.${table}`]);
  return rows[0].present;
}

function sessionCookieName() {
  const file = path.join(SERVER_DIST, 'auth', 'auth.resolver.js');
  if (fs.existsSync(file)) {
    try {
      serverRequire('reflect-metadata');
      const name = require(file).SESSION_COOKIE;
      if (typeof name === 'string') return name;
    } catch {
      // Fall through to the name the server used when this was written.
    }
  }
  return 'flaskhals_session';
}

/** One MEMBER user per member organization of the arena, when the schema has accounts. */
async function ensureUsers(client, arenaId, log = () => undefined) {
  if (!(await hasTable(client, 'user_account')) || !(await hasTable(client, 'user_arena_role'))) return 0;
  const passwords = path.join(SERVER_DIST, 'auth', 'passwords.js');
  const hash = fs.existsSync(passwords)
    ? await require(passwords).hashPassword(BENCH_PASSWORD)
    : `bench-${randomBytes(16).toString('hex')}`;
  const { rowCount } = await client.query(
    `INSERT INTO user_account (email, name, password_hash, organization_id)
     SELECT 'bench+' || replace(m.organization_id::text, '-', '') || '@bench.invalid', 'Bänkanvändare ' || left(o.name, 150), $2, m.organization_id
       FROM arena_membership m JOIN organization o ON o.id = m.organization_id
      WHERE m.arena_id = $1
     ON CONFLICT (email) DO NOTHING`,
    [arenaId, hash],
  );
  await client.query(
    `INSERT INTO user_arena_role (user_id, arena_id, role)
     SELECT u.id, $1, 'MEMBER' FROM user_account u JOIN arena_membership m ON m.organization_id = u.organization_id AND m.arena_id = $1
      WHERE u.email LIKE 'bench+%@bench.invalid'
     ON CONFLICT DO NOTHING`,
    [arenaId],
  );
  if (rowCount) log(`  created ${rowCount} bench users (one MEMBER per organization)`);
  return rowCount;
}

/** Deletes the bench users (and so their sessions and roles) of an arena; before the arena goes. */
async function removeUsers(client, arenaId) {
  if (!(await hasTable(client, 'user_account'))) return;
  await client.query(
    `DELETE FROM user_account WHERE email LIKE 'bench+%@bench.invalid'
       AND organization_id IN (SELECT organization_id FROM arena_membership WHERE arena_id = $1)`,
    [arenaId],
  );
}

/**
 * The actors of the benchmark: [{ organizationId, cookie }] — cookie is null without accounts.
 * sessionSecret must be the SESSION_SECRET the server runs with.
 */
async function actorsFor(client, arenaId, sessionSecret) {
  const orgs = (
    await client.query(`SELECT organization_id FROM arena_membership WHERE arena_id = $1 ORDER BY organization_id`, [arenaId])
  ).rows.map((r) => r.organization_id);
  if (!(await hasTable(client, 'user_session')))
    return { accounts: false, actors: orgs.map((organizationId) => ({ organizationId, cookie: null })) };
  await ensureUsers(client, arenaId);
  const { hashToken } = require(path.join(SERVER_DIST, 'auth', 'sessions.service.js'));
  const cookieName = sessionCookieName();
  const users = (
    await client.query(
      `SELECT id, organization_id FROM user_account WHERE email LIKE 'bench+%@bench.invalid' AND organization_id = ANY($1::uuid[]) ORDER BY organization_id`,
      [orgs],
    )
  ).rows;
  const actors = [];
  for (const user of users) {
    const token = randomBytes(32).toString('base64url');
    await client.query(
      `INSERT INTO user_session (token_hash, user_id, last_seen_at, expires_at, user_agent) VALUES ($1, $2, now(), now() + interval '1 day', 'flaskhals-bench')`,
      [hashToken(sessionSecret, token), user.id],
    );
    actors.push({ organizationId: user.organization_id, cookie: `${cookieName}=${token}` });
  }
  return { accounts: true, actors };
}

/** Whether the committed schema's ReportBottleneckInput still takes organizationId. */
function reportInputTakesOrganization() {
  const schema = fs.readFileSync(path.join(ROOT, 'server', 'schema.graphql'), 'utf8');
  const block = /input ReportBottleneckInput \{([^}]*)\}/.exec(schema);
  return block ? /^\s*organizationId\s*:/m.test(block[1]) : false;
}

module.exports = { ensureUsers, removeUsers, actorsFor, reportInputTakesOrganization, hasTable };
