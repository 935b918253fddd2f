import type { MigrationInterface, QueryRunner } from 'typeorm';

/** ICU's Swedish order: å, ä, ö after z ("Åby" after "Zinkgruvan"); the C.UTF-8 default puts them there only by accident of code points and sorts "é" and "ü" after them. */
export const SWEDISH = 'sv-SE-x-icu';

/** Every column people read sorted by: names of objects, organizations, people, arenas, area alerts, and an object's municipalities. */
const NAME_COLUMNS: [table: string, column: string, type: string][] = [
  ['infrastructure_object', 'name', 'varchar(200)'],
  ['infrastructure_object', 'municipality', 'varchar(200)'],
  ['organization', 'name', 'varchar(200)'],
  ['user_account', 'name', 'varchar(200)'],
  ['arena', 'name', 'varchar(200)'],
  ['area_alert', 'name', 'varchar(100)'],
];

/**
 * Names sort in Swedish everywhere: the columns carry the collation, so every ORDER BY, keyset
 * comparison (`(o.name, o.id) > ($1, $2)`: a parameter takes the column's collation) and index on
 * them uses it without naming it; infrastructure_object_arena_name_idx is rebuilt with it by the
 * ALTER. ICU collations come with every PostgreSQL built with ICU (the embedded one and the usual
 * packages); the migration stops with a clear message where it is missing.
 */
export class SwedishNameOrder1766000000000 implements MigrationInterface {
  name = 'SwedishNameOrder1766000000000';

  async up(db: QueryRunner): Promise<void> {
    const found: unknown[] = await db.query(`SELECT 1 FROM pg_collation WHERE collname = $1`, [SWEDISH]);
    if (found.length === 0) throw new Error(`PostgreSQL has no collation "${SWEDISH}": Flaskhals needs a PostgreSQL built with ICU.`);
    for (const [table, column, type] of NAME_COLUMNS)
      await db.query(`ALTER TABLE ${table} ALTER COLUMN ${column} TYPE ${type} COLLATE "${SWEDISH}"`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [table, column, type] of NAME_COLUMNS)
      await db.query(`ALTER TABLE ${table} ALTER COLUMN ${column} TYPE ${type} COLLATE "default"`);
  }
}
