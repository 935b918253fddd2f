import type { EntityManager } from 'typeorm';

/** Points per organization over the round's objects, in its order: each list sums to at most 10, at most 6 on one. */
const DEMO_DOTS = [
  [6, 2, 2, 0],
  [3, 3, 0, 4],
  [0, 6, 4, 0],
  [5, 0, 5, 0],
  [2, 4, 0, 4],
  [4, 4, 2, 0],
];

/**
 * The past demo meeting's vote: a closed dot vote (10 points per organization, at most 6 on one
 * object) on the incoming bottlenecks, with one ballot from each of a few member organizations,
 * so the meeting page and its protocol show vote results. The demo members' organizations vote
 * by them (seeded after the users); the others by an "ombud" (no real person's name).
 */
export async function seedDemoVotes(tx: EntityManager, arenaId: string): Promise<void> {
  const [past] = await tx.query(`SELECT id FROM meeting WHERE arena_id = $1 AND status = 'CLOSED' ORDER BY starts_at DESC LIMIT 1`, [
    arenaId,
  ]);
  if (!past) return;
  const meetingId = past.id as string;
  const [item] = await tx.query(`SELECT id FROM agenda_item WHERE meeting_id = $1 AND title LIKE 'Inkomna flaskhalsar%'`, [meetingId]);
  const objects: { id: string }[] = await tx.query(
    `SELECT io.object_id AS id FROM agenda_item_object io JOIN agenda_item i ON i.id = io.item_id
      WHERE i.parent_id = $1 ORDER BY i.position, io.position LIMIT 4`,
    [item.id],
  );
  if (!objects.length) return;
  const [{ id: roundId }] = await tx.query(
    `INSERT INTO vote_round (meeting_id, item_id, title, method, results_mode, status, points_per_organization, max_points_per_object,
       created_by, created_at, opened_at, closed_at)
     SELECT $1, $2, 'Vilka inkomna flaskhalsar ska arenan driva först?', 'DOT', 'HIDDEN', 'CLOSED', 10, 6, $3,
       m.starts_at + interval '40 minutes', m.starts_at + interval '45 minutes', m.starts_at + interval '55 minutes'
     FROM meeting m WHERE m.id = $1 RETURNING id`,
    [meetingId, item.id, null],
  );
  for (const [n, object] of objects.entries())
    await tx.query(`INSERT INTO vote_round_object (round_id, object_id, position) VALUES ($1, $2, $3)`, [roundId, object.id, n + 1]);
  const voters: { id: string; name: string; userId: string | null; userName: string | null }[] = await tx.query(
    `SELECT o.id, o.name, u.id AS "userId", u.name AS "userName"
       FROM arena_membership am JOIN meeting m ON m.arena_id = am.arena_id JOIN organization o ON o.id = am.organization_id
       LEFT JOIN LATERAL (SELECT ua.id, ua.name FROM user_account ua JOIN user_arena_role r ON r.user_id = ua.id AND r.arena_id = am.arena_id
                          WHERE ua.organization_id = o.id AND r.role = 'MEMBER' ORDER BY ua.email LIMIT 1) u ON true
      WHERE m.id = $1 AND o.kind <> 'CHAMBER'
      ORDER BY u.id IS NULL, o.name LIMIT $2`,
    [meetingId, DEMO_DOTS.length],
  );
  for (const [i, voter] of voters.entries()) {
    const entries = objects.map((o, n) => ({ objectId: o.id, value: DEMO_DOTS[i][n] ?? 0 })).filter((e) => e.value > 0);
    await tx.query(
      `INSERT INTO vote_ballot (round_id, organization_id, entries, cast_by, cast_by_name, cast_by_organization_id, cast_at)
       SELECT $1, $2, $3, $4, $5, $2, m.starts_at + make_interval(mins => 46 + $6) FROM meeting m WHERE m.id = $7`,
      [roundId, voter.id, JSON.stringify(entries), voter.userId, voter.userName ?? `Ombud för ${voter.name}`, i, meetingId],
    );
  }
}
