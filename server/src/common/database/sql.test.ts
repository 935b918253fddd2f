import { join, raw, sql } from './sql';

it('keeps values as numbered parameters, also inside composed pieces, in the order they appear', () => {
  const arenaId = 'a';
  const conditions = join([sql`o.arena_id = ${arenaId}`, raw('o.status IS NOT NULL'), sql`o.kind = ANY(${['ROAD']}::text[])`], ' AND ');
  const statement = sql`SELECT o.id FROM infrastructure_object o WHERE ${conditions} LIMIT ${10}`;
  expect(statement.toQuery()).toEqual({
    text: 'SELECT o.id FROM infrastructure_object o WHERE o.arena_id = $1 AND o.status IS NOT NULL AND o.kind = ANY($2::text[]) LIMIT $3',
    values: ['a', ['ROAD'], 10],
  });
});

it('never puts a value into the text, whatever it holds', () => {
  const name = "x'; DROP TABLE report; --";
  expect(sql`SELECT 1 WHERE name = ${name}`.toQuery()).toEqual({ text: 'SELECT 1 WHERE name = $1', values: [name] });
});

it('joins nothing into an empty piece', () => {
  expect(join([], ' AND ').isEmpty).toBe(true);
  expect(sql`SELECT 1`.isEmpty).toBe(false);
});
