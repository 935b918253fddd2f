import { type ArenaFixture, createArena, createUser, newObjectReport, REPORT_MUTATION, TEST_PASSWORD } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';
import { ANONYMOUS } from '../access';
import { ActorCache } from './actor-cache';

const ME = '{ me { email arenas { role arena { slug } } } }';

let flaskhals: RunningFlaskhals;
let fixture: ArenaFixture;
let cache: ActorCache;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  fixture = await createArena(flaskhals, 'cache', ['Cachebolaget AB']);
  cache = flaskhals.app.get(ActorCache);
});
afterAll(() => flaskhals.stop());

async function signedIn(email: string) {
  await createUser(flaskhals.db, email, fixture.members[0].id, [{ arenaId: fixture.arena.id, role: 'MEMBER' }]);
  const client = await flaskhals.signIn(email, TEST_PASSWORD);
  expect((await client.graphql(ME)).data!.me).toMatchObject({ email, arenas: [{ role: 'MEMBER' }] });
  return client;
}

const bySql = (sql: string, email: string) =>
  flaskhals.db.query(`${sql} FROM user_account u WHERE u.id = s.user_id AND u.email = $1`, [email]);

/** Revokes the user's sessions with the triggers off for this one statement: no process hears of it. */
const revokeUnheard = (email: string) =>
  flaskhals.db.transaction(async (tx) => {
    await tx.query('SET LOCAL session_replication_role = replica');
    await tx.query(`UPDATE user_session s SET revoked_at = now() FROM user_account u WHERE u.id = s.user_id AND u.email = $1`, [email]);
  });

it('serves a session from memory after its first look-up, until a change is heard', async () => {
  const client = await signedIn('minne@cache.test');
  // A revocation that notifies nobody is not seen...
  await revokeUnheard('minne@cache.test');
  expect((await client.graphql(ME)).data!.me).toMatchObject({ email: 'minne@cache.test' });
  // ...until something changes: then every cached actor is looked up again.
  cache.invalidate();
  expect((await client.graphql(ME)).data!.me).toBeNull();
});

it('keeps the cached actors after a report, and clears them after a mutation not marked as leaving actors alone', async () => {
  const client = await signedIn('rapport@cache.test');
  await revokeUnheard('rapport@cache.test');
  // A report writes no session, user or role: the next request still finds the actor in memory.
  const report = await client.graphql(REPORT_MUTATION, { input: newObjectReport(fixture) });
  expect(report.errors).toBeUndefined();
  expect((await client.graphql(ME)).data!.me).toMatchObject({ email: 'rapport@cache.test' });
  // Any other mutation (here a failed sign-in) clears them: the revocation is seen.
  await flaskhals.graphql('mutation { signIn(email: "ingen@cache.test", password: "fel-lösenord") { id } }');
  expect((await client.graphql(ME)).data!.me).toBeNull();
});

it('refuses a session revoked by another server process as soon as the change is heard', async () => {
  const client = await signedIn('aterkallad@cache.test');
  await bySql('UPDATE user_session s SET revoked_at = now()', 'aterkallad@cache.test');
  await cache.settle();
  expect((await client.graphql(ME)).data!.me).toBeNull();
});

it('refuses a session made to expire or to look idle elsewhere', async () => {
  const expiring = await signedIn('utgangen@cache.test');
  await bySql(`UPDATE user_session s SET expires_at = now() - interval '1 second'`, 'utgangen@cache.test');
  const idle = await signedIn('stilla@cache.test');
  await bySql(`UPDATE user_session s SET last_seen_at = now() - interval '30 days'`, 'stilla@cache.test');
  await cache.settle();
  expect((await expiring.graphql(ME)).data!.me).toBeNull();
  expect((await idle.graphql(ME)).data!.me).toBeNull();
});

it('applies a role changed or removed elsewhere at the next request', async () => {
  const client = await signedIn('roll@cache.test');
  const MY_ROLE = `{ arena(slug: "${fixture.arena.slug}") { myRole } }`;
  expect((await client.graphql(MY_ROLE)).data!.arena.myRole).toBe('MEMBER');
  await flaskhals.db.query(
    `UPDATE user_arena_role r SET role = 'STAFF' FROM user_account u WHERE u.id = r.user_id AND u.email = 'roll@cache.test'`,
  );
  await cache.settle();
  expect((await client.graphql(MY_ROLE)).data!.arena.myRole).toBe('STAFF');
  await flaskhals.db.query(`DELETE FROM user_arena_role r USING user_account u WHERE u.id = r.user_id AND u.email = 'roll@cache.test'`);
  await cache.settle();
  expect((await client.graphql(MY_ROLE)).data!.arena.myRole).toBeNull();
});

it('keeps no actor whose look-up began before a change, nor one past its end', () => {
  const before = cache.generation;
  cache.invalidate();
  cache.set('stale', ANONYMOUS, Date.now() + 5_000, before);
  expect(cache.get('stale')).toBeUndefined();
  cache.set('ended', ANONYMOUS, Date.now() - 1, cache.generation);
  expect(cache.get('ended')).toBeUndefined();
  cache.set('fresh', ANONYMOUS, Date.now() + 5_000, cache.generation);
  expect(cache.get('fresh')).toBe(ANONYMOUS);
});
