import { Controller, Get, Header, Inject, NotFoundException, Param } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { XMLBuilder } from 'fast-xml-parser';
import type { DataSource } from 'typeorm';

import { ANONYMOUS, PUBLISHED_OBJECT_SQL, readAccess, visibleEventSql } from '../access';
import { ArenasService } from '../arenas';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { query, raw, type Sql, sql } from '../common/database/sql';
import { describeInSwedish, objectLink } from './notification-mail';

/** The feed's length: the newest public changes. */
const FEED_ENTRIES = 50;

interface FeedRow {
  id: string;
  at: Date;
  kind: string;
  data: Record<string, unknown>;
  object_id: string;
  object_name: string;
  organization_name: string | null;
}

/**
 * What anyone may read of an arena's history, as a visitor: public events (and events of public,
 * not withdrawn reports) on published objects; names of people never.
 */
export function publicFeedStatement(arenaId: string, limit: number): Sql {
  const visitor = readAccess(ANONYMOUS, arenaId);
  return sql`SELECT e.id, e.at, e.kind, e.data, o.id AS object_id, o.name AS object_name, org.name AS organization_name
    FROM object_event e
    JOIN infrastructure_object o ON o.id = e.object_id
    LEFT JOIN report r ON r.id = e.report_id
    LEFT JOIN organization org ON org.id = e.organization_id
   WHERE e.arena_id = ${arenaId} AND e.visibility = 'PUBLIC' AND ${raw(PUBLISHED_OBJECT_SQL)} AND (${visibleEventSql(visitor)})
   ORDER BY e.at DESC, e.id DESC LIMIT ${limit}`;
}

/** An arena's public changes as an Atom 1.0 feed, for feed readers: GET /feeds/<slug>/atom.xml, no sign-in. */
@Controller('feeds')
export class AtomFeedController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly arenas: ArenasService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':slug/atom.xml')
  @Header('Content-Type', 'application/atom+xml; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=300')
  async feed(@Param('slug') slug: string): Promise<string> {
    const arena = await this.arenas.findBySlug(slug);
    if (!arena) throw new NotFoundException('No such arena');
    const rows = await query<FeedRow>(this.db, publicFeedStatement(arena.id, FEED_ENTRIES));
    const base = this.config.appUrl;
    const self = `${base}/feeds/${encodeURIComponent(arena.slug)}/atom.xml`;
    const entries = rows.map((row) => {
      const link = objectLink(base, { arena_slug: arena.slug, object_id: row.object_id });
      const title = describeInSwedish({
        reason: 'FOLLOWING',
        email: '',
        person_name: '',
        arena_slug: arena.slug,
        arena_name: arena.name,
        object_id: row.object_id,
        object_name: row.object_name,
        kind: row.kind,
        data: row.data,
        organization_name: row.organization_name,
      });
      return {
        id: `urn:uuid:${row.id}`,
        title: { '#text': title, '@_type': 'text' },
        updated: row.at.toISOString(),
        link: { '@_href': link, '@_rel': 'alternate', '@_type': 'text/html' },
        summary: { '#text': title, '@_type': 'text' },
      };
    });
    const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });
    const xml = builder.build({
      feed: {
        '@_xmlns': 'http://www.w3.org/2005/Atom',
        '@_xml:lang': 'sv',
        id: self,
        title: `${arena.name}: händelser i Flaskhals`,
        subtitle: 'Offentliga ändringar av arenans objekt',
        updated: (rows[0]?.at ?? arena.createdAt ?? new Date(0)).toISOString(),
        author: { name: arena.name },
        link: [
          { '@_href': self, '@_rel': 'self', '@_type': 'application/atom+xml' },
          { '@_href': `${base}/?arena=${encodeURIComponent(arena.slug)}`, '@_rel': 'alternate', '@_type': 'text/html' },
        ],
        entry: entries,
      },
    }) as string;
    return `<?xml version="1.0" encoding="utf-8"?>\n${xml}`;
  }
}
