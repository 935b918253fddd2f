import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { type ReadAccess, visibleCommentSql, visibleReportSql } from '../access';
import { query, raw, type Sql, sql } from '../common/database/sql';
import { OBJECT_COLUMNS_SQL } from '../objects';

export interface SearchPage {
  arenaId: string;
  access: ReadAccess;
  /** The objects' conditions (audience, filters): from the objects feature, without bbox and text. */
  objectConditions: Sql;
  text: string;
  /** (score, id) of the last hit of the previous page. */
  cursor: [number, string] | null;
  limit: number;
}

/** A hit with its object's columns; on a page past the last hit, one row of nulls carrying only the total. */
export interface SearchRow extends Record<string, unknown> {
  id: string | null;
  score: number;
  in_object: boolean;
  in_reports: boolean;
  in_comments: boolean;
  total_count: number;
}

/**
 * The arena search's SQL: one scan of the arena's objects through a BitmapOr of three indexes —
 * the objects' Swedish full text (GIN on search_document), trigrams on their unaccented text (GIN
 * on search_plain, `<%`, with the word-similarity threshold of the transaction) and the objects of
 * the matching reports and comments (primary key) — so every hit is read once, its conditions and
 * score computed on the row found, with no join back.
 *
 * Reports and comments count only when the asker may read them (and comments only when not
 * hidden), so a search cannot reveal that a confidential text exists.
 *
 * The score puts whole words first: a full-text match of the object itself scores 2 plus its
 * ts_rank (the name weighs most); an object found only by trigrams scores its word_similarity
 * (0..1: 'koping' in 'kopings hamn' is 1, in 'norrkoping' about 0.7); a match in a report or
 * comment adds 0.5.
 */
export const searchStatements = {
  page({ arenaId, access, objectConditions, text, cursor, limit }: SearchPage): Sql {
    const q = sql`SELECT websearch_to_tsquery('swedish', ${text}) AS ts, flaskhals_unaccent(lower(${text})) AS plain`;
    const after = cursor
      ? sql`WHERE (h.score < ${cursor[0]}::float8 OR (h.score = ${cursor[0]}::float8 AND h.id > ${cursor[1]}::uuid))`
      : raw('');
    return sql`
      WITH q AS MATERIALIZED (${q}),
      in_reports AS MATERIALIZED (
        SELECT DISTINCT r.object_id AS id FROM report r, q
         WHERE r.arena_id = ${arenaId} AND r.search_document @@ q.ts AND ${visibleReportSql(access)}),
      in_comments AS MATERIALIZED (
        SELECT DISTINCT c.object_id AS id FROM comment c, q
         WHERE c.arena_id = ${arenaId} AND c.hidden_at IS NULL AND c.search_document @@ q.ts AND ${visibleCommentSql(access)}),
      candidates AS (
        SELECT o.id FROM infrastructure_object o, q
         WHERE o.arena_id = ${arenaId} AND (o.search_document @@ q.ts OR q.plain <% o.search_plain)
        UNION SELECT id FROM in_reports
        UNION SELECT id FROM in_comments
      ),
      found AS (
        SELECT o.id, o.search_document @@ q.ts AS in_words, ir.id IS NOT NULL AS in_reports, ic.id IS NOT NULL AS in_comments,
               CASE WHEN o.search_document @@ q.ts THEN 2 + ts_rank(o.search_document, q.ts) ELSE word_similarity(q.plain, o.search_plain) END AS base
          FROM candidates cand
          JOIN infrastructure_object o ON o.id = cand.id
          CROSS JOIN q
          LEFT JOIN in_reports ir ON ir.id = o.id
          LEFT JOIN in_comments ic ON ic.id = o.id
         WHERE ${objectConditions}
      ),
      h AS (
        SELECT id, (base + CASE WHEN in_reports OR in_comments THEN 0.5 ELSE 0 END)::float8 AS score,
               in_words OR NOT (in_reports OR in_comments) OR base >= 0.3 AS in_object, in_reports, in_comments
          FROM found
      ),
      page AS (SELECT * FROM h ${after} ORDER BY h.score DESC, h.id LIMIT ${limit}),
      total AS (SELECT count(*)::int AS total_count FROM h)
      SELECT ${raw(OBJECT_COLUMNS_SQL)}, page.score, page.in_object, page.in_reports, page.in_comments, total.total_count
        FROM total LEFT JOIN (page JOIN infrastructure_object o ON o.id = page.id) ON true
       ORDER BY page.score DESC, page.id`;
  },
};

/** How loose the compound/typo fallback is ('hamn' in 'västeråshamnen' is 0.4; pg_trgm's default 0.6 misses it). */
export const WORD_SIMILARITY_THRESHOLD = 0.3;

@Injectable()
export class SearchRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One page of hits. The threshold of `<%` is a setting: SET LOCAL keeps it to this transaction,
   * so the pool's connections keep PostgreSQL's default for everything else.
   */
  page(page: SearchPage): Promise<SearchRow[]> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SET LOCAL pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY_THRESHOLD}`);
      return query<SearchRow>(tx, searchStatements.page(page));
    });
  }
}
