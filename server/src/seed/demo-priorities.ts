import { stockholmInstant, stockholmWallClock } from '@flaskhals/shared';
import type { EntityManager } from 'typeorm';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const ITEM_TITLE = 'Arenans prioriteringslista';

/**
 * The priority list as a newcomer should find it: an earlier meeting (about 20 weeks back) adopted
 * version 1, the past demo meeting adopted version 2 with objects moved, one new and one out, so
 * /prioriteringar shows movement; the working list starts from version 2 with its changes recorded.
 * The order is the arena's published objects by their members' figures (the demo's scores lean the
 * same way), so the public page shows most of them; an unpublished one would show as a hidden row.
 * Runs after seedDemoProtocol.
 */
export async function seedDemoPriorities(tx: EntityManager, arenaId: string): Promise<void> {
  const [past] = (await tx.query(
    `SELECT id, starts_at AS "startsAt", created_by AS "staffId" FROM meeting WHERE arena_id = $1 AND status = 'CLOSED' ORDER BY starts_at DESC LIMIT 1`,
    [arenaId],
  )) as { id: string; startsAt: Date; staffId: string }[];
  if (!past) return;
  const ranked = (
    (await tx.query(
      `SELECT o.id FROM infrastructure_object o LEFT JOIN object_totals t ON t.object_id = o.id
        WHERE o.arena_id = $1 AND o.status IN ('REPORTED', 'CONFIRMED', 'PRIORITIZED')
        ORDER BY EXISTS (SELECT 1 FROM report r WHERE r.object_id = o.id AND r.visibility = 'PUBLIC' AND r.withdrawn_at IS NULL) DESC,
          coalesce(t.members_extra_cost_sek_per_year, 0) + coalesce(t.members_organizations, 0) * 100000 DESC, o.id LIMIT 11`,
      [arenaId],
    )) as { id: string }[]
  ).map((r) => r.id);
  if (ranked.length < 4) return;
  // Version 1: the first ten; version 2: the 3rd and 6th rise, the 11th comes in, the 10th goes out.
  const first = ranked.slice(0, 10);
  const second = [ranked[2], ranked[0], ranked[1], ranked[5], ranked[3], ranked[4], ...ranked.slice(6, 9), ...ranked.slice(10)].filter(
    Boolean,
  );

  const earlierStart = stockholmInstant(stockholmWallClock(new Date(new Date(past.startsAt).getTime() - 91 * 86_400_000)).date, '09:00')!;
  const { date } = stockholmWallClock(earlierStart);
  const [earlier] = (await tx.query(
    `INSERT INTO meeting (arena_id, title, starts_at, ends_at, place, status, created_by)
      VALUES ($1, $2, $3, $3::timestamptz + interval '3 hours', 'Västerås, Stadshuset', 'CLOSED', $4) RETURNING id`,
    [arenaId, `Nätverksmöte ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`, earlierStart, past.staffId],
  )) as { id: string }[];
  await tx.query(`INSERT INTO agenda_item (meeting_id, position, title, duration_minutes) VALUES ($1, 1, 'Mötets öppnande', 5)`, [
    earlier.id,
  ]);
  const [earlierItem] = (await tx.query(
    `INSERT INTO agenda_item (meeting_id, position, title, duration_minutes) VALUES ($1, 2, $2, 40) RETURNING id`,
    [earlier.id, ITEM_TITLE],
  )) as { id: string }[];

  // The past meeting gets an item for the list before its closing item.
  const [closing] = (await tx.query(`SELECT max(position) AS position FROM agenda_item WHERE meeting_id = $1 AND parent_id IS NULL`, [
    past.id,
  ])) as { position: number }[];
  await tx.query(`UPDATE agenda_item SET position = position + 1 WHERE meeting_id = $1 AND parent_id IS NULL AND position = $2`, [
    past.id,
    closing.position,
  ]);
  const [pastItem] = (await tx.query(
    `INSERT INTO agenda_item (meeting_id, position, title, duration_minutes) VALUES ($1, $2, $3, 20) RETURNING id`,
    [past.id, closing.position, ITEM_TITLE],
  )) as { id: string }[];

  const adopt = async (meetingId: string, itemId: string, itemNumber: string, number: number, objectIds: string[], at: Date) => {
    const [decision] = (await tx.query(
      `INSERT INTO meeting_decision (meeting_id, item_id, kind, data, text, recorded_by, recorded_at)
        VALUES ($1, $2, 'ADOPT_PRIORITY_LIST', $3, $4, $5, $6) RETURNING id`,
      [
        meetingId,
        itemId,
        JSON.stringify({ versionNumber: number, objectCount: objectIds.length }),
        'Mötet antar kansliets förslag.',
        past.staffId,
        at,
      ],
    )) as { id: string }[];
    const [version] = (await tx.query(
      `INSERT INTO priority_version (arena_id, number, meeting_id, item_id, item_number, decision_id, adopted_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [arenaId, number, meetingId, itemId, itemNumber, decision.id, at],
    )) as { id: string }[];
    await tx.query(
      `INSERT INTO priority_version_entry (version_id, rank, object_id) SELECT $1, n, id FROM unnest($2::uuid[]) WITH ORDINALITY AS l(id, n)`,
      [version.id, objectIds],
    );
  };
  const plus = (start: Date | string, minutes: number) => new Date(new Date(start).getTime() + minutes * 60_000);
  await adopt(earlier.id, earlierItem.id, '2', 1, first, plus(earlierStart, 40));
  const pastNumber = (await tx.query(
    `SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1 AND parent_id IS NULL AND position <= $2`,
    [past.id, closing.position],
  )) as { n: number }[];
  await adopt(past.id, pastItem.id, String(pastNumber[0].n), 2, second, plus(past.startsAt, 150));

  // The working list: version 2 as the starting point, with the changes that led to it.
  await tx.query(`INSERT INTO priority_list (arena_id, size) VALUES ($1, 10)`, [arenaId]);
  await tx.query(
    `INSERT INTO priority_entry (arena_id, rank, object_id) SELECT $1, n, id FROM unnest($2::uuid[]) WITH ORDINALITY AS l(id, n)`,
    [arenaId, second],
  );
  const change = (kind: string, objectId: string | null, from: number | null, to: number | null, reason: string, minutes: number) =>
    tx.query(
      `INSERT INTO priority_change (arena_id, kind, object_id, from_rank, to_rank, reason, changed_by, changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [arenaId, kind, objectId, from, to, reason, past.staffId, plus(past.startsAt, -7 * 24 * 60 + minutes)],
    );
  await change('PROPOSED', null, null, 10, 'Förslag inför nätverksmötet', 0);
  await change('MOVED', ranked[2], 3, 1, 'Godsflödena har ökat kraftigt sedan förra året', 5);
  await change('MOVED', ranked[5], 6, 4, 'Kommunen har påbörjat en ÅVS', 6);
  if (ranked[10]) await change('ADDED', ranked[10], null, second.length, 'Ny rapport från flera medlemmar', 7);
}
