import type { BallotEntry, VoteMethod, VoteResultsMode, VoteRoundStatus } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { query, raw, type Sql, sql } from '../common/database/sql';

export interface VoteRoundRow {
  id: string;
  meetingId: string;
  arenaId: string;
  meetingStatus: string;
  protocolApprovedAt: Date | null;
  itemId: string;
  title: string;
  method: VoteMethod;
  resultsMode: VoteResultsMode;
  status: VoteRoundStatus;
  pointsPerOrganization: number;
  maxPointsPerObject: number;
  createdAt: Date;
  openedAt: Date | null;
  closedAt: Date | null;
}

export interface BallotRow {
  roundId: string;
  organizationId: string;
  organizationName: string;
  entries: BallotEntry[];
  castByName: string;
  castByOrganizationName: string;
  castAt: Date;
}

export interface NewRound {
  meetingId: string;
  itemId: string;
  title: string;
  method: VoteMethod;
  resultsMode: VoteResultsMode;
  pointsPerOrganization: number;
  maxPointsPerObject: number;
  objectIds: string[];
  by: string;
}

const ROUND_COLUMNS = raw(`r.id, r.meeting_id AS "meetingId", m.arena_id AS "arenaId", m.status AS "meetingStatus",
  m.protocol_approved_at AS "protocolApprovedAt", r.item_id AS "itemId", r.title, r.method, r.results_mode AS "resultsMode",
  r.status, r.points_per_organization AS "pointsPerOrganization", r.max_points_per_object AS "maxPointsPerObject",
  r.created_at AS "createdAt", r.opened_at AS "openedAt", r.closed_at AS "closedAt"`);

/** The votes feature's SQL (tables of migration 1766001300000). */
export const voteStatements = {
  /** With `lock`, the round row is locked: a ballot (FOR SHARE) and a close (FOR UPDATE) never interleave. */
  round(id: string, lock: '' | 'FOR SHARE OF r' | 'FOR UPDATE OF r' = ''): Sql {
    return sql`SELECT ${ROUND_COLUMNS} FROM vote_round r JOIN meeting m ON m.id = r.meeting_id WHERE r.id = ${id} ${raw(lock)}`;
  },

  /** The arena's most recently closed round (its meeting's arena), for the priority list's proposal. */
  latestClosedOfArena(arenaId: string): Sql {
    return sql`SELECT ${ROUND_COLUMNS} FROM vote_round r JOIN meeting m ON m.id = r.meeting_id
      WHERE m.arena_id = ${arenaId} AND r.status = 'CLOSED' ORDER BY r.closed_at DESC, r.id LIMIT 1`;
  },

  roundsOfMeeting(meetingId: string): Sql {
    return sql`SELECT ${ROUND_COLUMNS} FROM vote_round r JOIN meeting m ON m.id = r.meeting_id
      WHERE r.meeting_id = ${meetingId} ORDER BY r.created_at, r.id`;
  },

  countOfMeeting(meetingId: string): Sql {
    return sql`SELECT count(*)::int AS n FROM vote_round WHERE meeting_id = ${meetingId}`;
  },

  /** The meeting of an agenda item, locked like every staff write of a meeting. */
  meetingOfItem(itemId: string): Sql {
    return sql`SELECT m.id, m.arena_id AS "arenaId", m.status FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
      WHERE i.id = ${itemId} FOR UPDATE OF m`;
  },

  itemObjectIds(itemId: string): Sql {
    return sql`SELECT object_id AS id FROM agenda_item_object WHERE item_id = ${itemId} ORDER BY position`;
  },

  objectsOfArena(arenaId: string, ids: string[]): Sql {
    return sql`SELECT id FROM infrastructure_object WHERE arena_id = ${arenaId} AND id = ANY(${ids}::uuid[])`;
  },

  insertRound(r: NewRound): Sql {
    return sql`WITH round AS (
        INSERT INTO vote_round (meeting_id, item_id, title, method, results_mode, points_per_organization, max_points_per_object, created_by)
        VALUES (${r.meetingId}, ${r.itemId}, ${r.title}, ${r.method}, ${r.resultsMode}, ${r.pointsPerOrganization},
                ${r.maxPointsPerObject}, ${r.by})
        RETURNING id),
      objects AS (INSERT INTO vote_round_object (round_id, object_id, position)
        SELECT round.id, t.id, t.n FROM round, unnest(${r.objectIds}::uuid[]) WITH ORDINALITY AS t(id, n))
      SELECT id FROM round`;
  },

  roundObjects(roundIds: string[]): Sql {
    return sql`SELECT ro.round_id AS "roundId", o.id, o.name FROM vote_round_object ro
      JOIN infrastructure_object o ON o.id = ro.object_id WHERE ro.round_id = ANY(${roundIds}::uuid[]) ORDER BY ro.position`;
  },

  setStatus(id: string, status: VoteRoundStatus): Sql {
    return sql`UPDATE vote_round SET status = ${status},
      opened_at = CASE WHEN ${status} = 'OPEN' THEN now() ELSE opened_at END,
      closed_at = CASE WHEN ${status} = 'CLOSED' THEN now() ELSE closed_at END
      WHERE id = ${id}`;
  },

  /** The arena's member organizations among `ids` (a ballot, weight or proxy is only ever for one of them). */
  memberOrganizations(arenaId: string, ids: string[]): Sql {
    return sql`SELECT organization_id AS id FROM arena_membership WHERE arena_id = ${arenaId} AND organization_id = ANY(${ids}::uuid[])`;
  },

  weights(roundIds: string[]): Sql {
    return sql`SELECT w.round_id AS "roundId", w.organization_id AS "organizationId", o.name AS "organizationName", w.weight::float8 AS weight
      FROM vote_weight w JOIN organization o ON o.id = w.organization_id WHERE w.round_id = ANY(${roundIds}::uuid[]) ORDER BY o.name`;
  },

  /** Weight 1 is the default: setting it removes the row. */
  setWeight(roundId: string, organizationId: string, weight: number): Sql {
    return weight === 1
      ? sql`DELETE FROM vote_weight WHERE round_id = ${roundId} AND organization_id = ${organizationId}`
      : sql`INSERT INTO vote_weight (round_id, organization_id, weight) VALUES (${roundId}, ${organizationId}, ${weight})
          ON CONFLICT (round_id, organization_id) DO UPDATE SET weight = EXCLUDED.weight`;
  },

  proxies(roundIds: string[]): Sql {
    return sql`SELECT p.round_id AS "roundId", p.from_organization_id AS "fromOrganizationId", f.name AS "fromOrganizationName",
        p.to_organization_id AS "toOrganizationId", t.name AS "toOrganizationName", p.set_at AS "setAt"
      FROM vote_proxy p JOIN organization f ON f.id = p.from_organization_id JOIN organization t ON t.id = p.to_organization_id
      WHERE p.round_id = ANY(${roundIds}::uuid[]) ORDER BY f.name`;
  },

  setProxy(roundId: string, from: string, to: string | null, by: string): Sql {
    return to
      ? sql`INSERT INTO vote_proxy (round_id, from_organization_id, to_organization_id, set_by) VALUES (${roundId}, ${from}, ${to}, ${by})
          ON CONFLICT (round_id, from_organization_id) DO UPDATE SET to_organization_id = EXCLUDED.to_organization_id,
            set_by = EXCLUDED.set_by, set_at = now()`
      : sql`DELETE FROM vote_proxy WHERE round_id = ${roundId} AND from_organization_id = ${from}`;
  },

  /**
   * One ballot per organization: a second submit (even a concurrent one) replaces the first, never
   * adds a row; the unique key decides, and the upsert is one statement.
   */
  upsertBallot(
    roundId: string,
    organizationId: string,
    entries: BallotEntry[],
    by: { id: string; name: string; organizationId: string },
  ): Sql {
    return sql`INSERT INTO vote_ballot (round_id, organization_id, entries, cast_by, cast_by_name, cast_by_organization_id)
      VALUES (${roundId}, ${organizationId}, ${JSON.stringify(entries)}::jsonb, ${by.id}, ${by.name}, ${by.organizationId})
      ON CONFLICT ON CONSTRAINT vote_ballot_one_per_organization DO UPDATE SET entries = EXCLUDED.entries,
        cast_by = EXCLUDED.cast_by, cast_by_name = EXCLUDED.cast_by_name,
        cast_by_organization_id = EXCLUDED.cast_by_organization_id, cast_at = now()`;
  },

  /** The ballots of the rounds; with `organizationIds`, only theirs (the reader's own). */
  ballots(roundIds: string[], organizationIds: string[] | null): Sql {
    const only = organizationIds ? sql`AND b.organization_id = ANY(${organizationIds}::uuid[])` : raw('');
    return sql`SELECT b.round_id AS "roundId", b.organization_id AS "organizationId", o.name AS "organizationName", b.entries,
        b.cast_by_name AS "castByName", co.name AS "castByOrganizationName", b.cast_at AS "castAt"
      FROM vote_ballot b JOIN organization o ON o.id = b.organization_id JOIN organization co ON co.id = b.cast_by_organization_id
      WHERE b.round_id = ANY(${roundIds}::uuid[]) ${only} ORDER BY o.name`;
  },

  ballotCounts(roundIds: string[]): Sql {
    return sql`SELECT round_id AS "roundId", count(*)::int AS n FROM vote_ballot WHERE round_id = ANY(${roundIds}::uuid[]) GROUP BY round_id`;
  },

  /** Every write of a round touches its meeting: the meeting's trigger announces the change live (MeetingChangeFeed). */
  touchMeeting(meetingId: string): Sql {
    return sql`UPDATE meeting SET updated_at = now() WHERE id = ${meetingId}`;
  },
};

@Injectable()
export class VotesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async round(id: string, tx?: EntityManager, lock: '' | 'FOR SHARE OF r' | 'FOR UPDATE OF r' = ''): Promise<VoteRoundRow | null> {
    const [row] = await query<VoteRoundRow>(tx ?? this.db, voteStatements.round(id, lock));
    return row ?? null;
  }

  async latestClosedOfArena(arenaId: string): Promise<VoteRoundRow | null> {
    const [row] = await query<VoteRoundRow>(this.db, voteStatements.latestClosedOfArena(arenaId));
    return row ?? null;
  }

  roundsOfMeeting(meetingId: string): Promise<VoteRoundRow[]> {
    return query<VoteRoundRow>(this.db, voteStatements.roundsOfMeeting(meetingId));
  }

  async countOfMeeting(tx: EntityManager, meetingId: string): Promise<number> {
    const [row] = await query<{ n: number }>(tx, voteStatements.countOfMeeting(meetingId));
    return row.n;
  }

  async meetingOfItem(tx: EntityManager, itemId: string): Promise<{ id: string; arenaId: string; status: string } | null> {
    const [row] = await query<{ id: string; arenaId: string; status: string }>(tx, voteStatements.meetingOfItem(itemId));
    return row ?? null;
  }

  async itemObjectIds(tx: EntityManager, itemId: string): Promise<string[]> {
    return (await query<{ id: string }>(tx, voteStatements.itemObjectIds(itemId))).map((r) => r.id);
  }

  async objectsOfArena(tx: EntityManager, arenaId: string, ids: string[]): Promise<Set<string>> {
    return new Set((await query<{ id: string }>(tx, voteStatements.objectsOfArena(arenaId, ids))).map((r) => r.id));
  }

  async insertRound(tx: EntityManager, round: NewRound): Promise<string> {
    const [row] = await query<{ id: string }>(tx, voteStatements.insertRound(round));
    return row.id;
  }

  /** With `tx` inside a transaction: a second connection from the pool while one is held can starve the pool under load. */
  roundObjects(roundIds: string[], tx?: EntityManager) {
    return roundIds.length
      ? query<{ roundId: string; id: string; name: string }>(tx ?? this.db, voteStatements.roundObjects(roundIds))
      : [];
  }

  async setStatus(tx: EntityManager, id: string, status: VoteRoundStatus): Promise<void> {
    await query(tx, voteStatements.setStatus(id, status));
  }

  async memberOrganizations(tx: EntityManager, arenaId: string, ids: string[]): Promise<Set<string>> {
    return new Set((await query<{ id: string }>(tx, voteStatements.memberOrganizations(arenaId, ids))).map((r) => r.id));
  }

  weights(roundIds: string[], tx?: EntityManager) {
    return roundIds.length
      ? query<{ roundId: string; organizationId: string; organizationName: string; weight: number }>(
          tx ?? this.db,
          voteStatements.weights(roundIds),
        )
      : [];
  }

  async setWeight(tx: EntityManager, roundId: string, organizationId: string, weight: number): Promise<void> {
    await query(tx, voteStatements.setWeight(roundId, organizationId, weight));
  }

  proxies(roundIds: string[], tx?: EntityManager) {
    return roundIds.length
      ? query<{
          roundId: string;
          fromOrganizationId: string;
          fromOrganizationName: string;
          toOrganizationId: string;
          toOrganizationName: string;
          setAt: Date;
        }>(tx ?? this.db, voteStatements.proxies(roundIds))
      : [];
  }

  async setProxy(tx: EntityManager, roundId: string, from: string, to: string | null, by: string): Promise<void> {
    await query(tx, voteStatements.setProxy(roundId, from, to, by));
  }

  async upsertBallot(
    tx: EntityManager,
    roundId: string,
    organizationId: string,
    entries: BallotEntry[],
    by: { id: string; name: string; organizationId: string },
  ): Promise<void> {
    await query(tx, voteStatements.upsertBallot(roundId, organizationId, entries, by));
  }

  ballots(roundIds: string[], organizationIds: string[] | null = null): Promise<BallotRow[]> {
    return roundIds.length ? query<BallotRow>(this.db, voteStatements.ballots(roundIds, organizationIds)) : Promise.resolve([]);
  }

  async ballotCounts(roundIds: string[]): Promise<Map<string, number>> {
    if (!roundIds.length) return new Map();
    return new Map(
      (await query<{ roundId: string; n: number }>(this.db, voteStatements.ballotCounts(roundIds))).map((r) => [r.roundId, r.n]),
    );
  }

  async touchMeeting(tx: EntityManager, meetingId: string): Promise<void> {
    await query(tx, voteStatements.touchMeeting(meetingId));
  }
}
