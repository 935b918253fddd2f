import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vote rounds in a meeting (issue 18): a round on an agenda item over chosen objects, the weights
 * and proxies staff set for it, and one ballot per organization. The unique key on
 * (round_id, organization_id) is what makes a double submit count once: a ballot is an upsert.
 */
export class VoteRounds1766001300000 implements MigrationInterface {
  name = 'VoteRounds1766001300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE vote_round (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        item_id uuid NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        title varchar(200) NOT NULL,
        method varchar(10) NOT NULL CHECK (method IN ('DOT', 'SCORE', 'RANKED')),
        results_mode varchar(10) NOT NULL CHECK (results_mode IN ('HIDDEN', 'LIVE')),
        status varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
        points_per_organization integer NOT NULL,
        max_points_per_object integer NOT NULL,
        created_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        opened_at timestamptz,
        closed_at timestamptz
      )`);
    await db.query(`CREATE INDEX vote_round_meeting_idx ON vote_round (meeting_id, created_at, id)`);
    await db.query(`
      CREATE TABLE vote_round_object (
        round_id uuid NOT NULL REFERENCES vote_round(id) ON DELETE CASCADE,
        object_id uuid NOT NULL REFERENCES infrastructure_object(id),
        position integer NOT NULL,
        PRIMARY KEY (round_id, object_id)
      )`);
    await db.query(`
      CREATE TABLE vote_weight (
        round_id uuid NOT NULL REFERENCES vote_round(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        weight numeric(6, 2) NOT NULL CHECK (weight >= 0),
        PRIMARY KEY (round_id, organization_id)
      )`);
    await db.query(`
      CREATE TABLE vote_proxy (
        round_id uuid NOT NULL REFERENCES vote_round(id) ON DELETE CASCADE,
        from_organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        to_organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        set_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        set_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (round_id, from_organization_id),
        CHECK (from_organization_id <> to_organization_id)
      )`);
    await db.query(`
      CREATE TABLE vote_ballot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES vote_round(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        entries jsonb NOT NULL,
        cast_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        cast_by_name varchar(200) NOT NULL,
        cast_by_organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        cast_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT vote_ballot_one_per_organization UNIQUE (round_id, organization_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE vote_ballot, vote_proxy, vote_weight, vote_round_object, vote_round`);
  }
}
