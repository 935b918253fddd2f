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
 * The arena search's SQL. Candidates come from four indexed matches, each over what the asker
 * may read: the objects' Swedish full text (GIN on search_document) and trigrams on their
 * unaccented text (GIN on search_plain, `<%` with a word-similarity threshold of 0.3 set by
 * flaskhals_trigram_matches, migration 1766000100000), the texts of the reports the asker sees and of the
 * comments the asker sees that are not hidden (GIN on their search_document). A report or comment
 * the asker may not see never makes its object a hit, so a search cannot reveal that a
 * confidential text exists.
 *
 * The score puts whole words first: a full-text match of the object itself (2), plus how well the
 * query matches a whole word of its text (strict_word_similarity, 0..1: 'köping' in 'köpings hamn'
 * is 1, in 'norrköping' about 0.5), plus ts_rank, plus 0.5 when a report or comment matched.
 */
export const searchStatements = {
  page({ arenaId, access, objectConditions, text, cursor, limit }: SearchPage): Sql {
    const q = sql`SELECT websearch_to_tsquery('swedish', ${text}) AS ts, flaskhals_unaccent(lower(${text})) AS plain`;
    const matches = sql`
      SELECT o.id AS object_id, true AS in_object, false AS in_reports, false AS in_comments
        FROM infrastructure_object o, q
       WHERE o.arena_id = ${arenaId} AND o.search_document @@ q.ts
      UNION ALL
      SELECT t.id, true, false, false FROM q, flaskhals_trigram_matches(${arenaId}::uuid, q.plain) AS t(id)
      UNION ALL
      SELECT r.object_id, false, true, false FROM report r, q
       WHERE r.arena_id = ${arenaId} AND r.search_document @@ q.ts AND ${visibleReportSql(access)}
      UNION ALL
      SELECT c.object_id, false, false, true FROM comment c, q
       WHERE c.arena_id = ${arenaId} AND c.hidden_at IS NULL AND c.search_document @@ q.ts AND ${visibleCommentSql(access)}`;
    const score = raw(`(CASE WHEN o.search_document @@ q.ts THEN 2 ELSE 0 END
        + strict_word_similarity(q.plain, o.search_plain)
        + ts_rank(o.search_document, q.ts)
        + CASE WHEN m.in_reports OR m.in_comments THEN 0.5 ELSE 0 END)::float8`);
    const after = cursor
      ? sql`WHERE (h.score < ${cursor[0]}::float8 OR (h.score = ${cursor[0]}::float8 AND h.id > ${cursor[1]}::uuid))`
      : raw('');
    return sql`
      WITH q AS MATERIALIZED (${q}),
      m AS (
        SELECT object_id, bool_or(in_object) AS in_object, bool_or(in_reports) AS in_reports, bool_or(in_comments) AS in_comments
          FROM (${matches}) found GROUP BY object_id
      ),
      h AS (
        SELECT o.id, ${score} AS score, m.in_object, m.in_reports, m.in_comments
          FROM m JOIN infrastructure_object o ON o.id = m.object_id, q
         WHERE ${objectConditions}
      ),
      page AS (SELECT * FROM h ${after} ORDER BY h.score DESC, h.id LIMIT ${limit}),
      total AS (SELECT count(*)::int AS total_count FROM h)
      SELECT ${raw(OBJECT_COLUMNS_SQL)}, page.score, page.in_object, page.in_reports, page.in_comments, total.total_count
        FROM total LEFT JOIN (page JOIN infrastructure_object o ON o.id = page.id) ON true
       ORDER BY page.score DESC, page.id`;
  },
};

@Injectable()
export class SearchRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One page of hits: one statement. */
  page(page: SearchPage): Promise<SearchRow[]> {
    return query<SearchRow>(this.db, searchStatements.page(page));
  }
}
