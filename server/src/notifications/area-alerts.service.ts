import { type AreaAlert as AreaAlertRule, areaAlertSchema, MAX_AREA_ALERTS_PER_USER, toFieldErrors } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { type Actor, requireAccess, requireSignedIn } from '../access';
import { ArenasService } from '../arenas';
import { query, type Sql, sql } from '../common/database/sql';
import { raw } from '../common/database/sql';
import { badInput, BadUserInputError } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { type Connection, decodeTimeCursor, pageSize, timestampCursorSql, toConnection } from '../common/graphql/pagination';
import type { AreaAlert, AreaAlertInput } from './notifications.types';

const ALERT_COLUMNS = raw(`id, arena_id AS "arenaId", name, area, municipalities, categories, kinds, created_at AS "createdAt",
  ${timestampCursorSql('created_at')} AS cursor_at`);

/** The outer ring of a GeoJSON Polygon as PostgreSQL's polygon literal: ((lng,lat),…). */
function polygonLiteral(area: { coordinates: unknown }): string {
  const [outer] = area.coordinates as [number, number][][];
  return `(${outer.map(([lng, lat]) => `(${lng},${lat})`).join(',')})`;
}

export const areaAlertStatements = {
  insert(userId: string, arenaId: string, alert: AreaAlertRule): Sql {
    return sql`INSERT INTO area_alert (user_id, arena_id, name, area, area_polygon, municipalities, categories, kinds)
      SELECT ${userId}, ${arenaId}, ${alert.name}, ${alert.area ? JSON.stringify(alert.area) : null}::jsonb,
             ${alert.area ? polygonLiteral(alert.area) : null}::polygon, ${alert.municipalities}::text[],
             ${alert.categories}::varchar[], ${alert.kinds}::varchar[]
       WHERE (SELECT count(*) FROM area_alert WHERE user_id = ${userId}) < ${MAX_AREA_ALERTS_PER_USER}
      RETURNING ${ALERT_COLUMNS}`;
  },
  update(userId: string, id: string, alert: AreaAlertRule): Sql {
    return sql`UPDATE area_alert SET name = ${alert.name}, area = ${alert.area ? JSON.stringify(alert.area) : null}::jsonb,
        area_polygon = ${alert.area ? polygonLiteral(alert.area) : null}::polygon, municipalities = ${alert.municipalities}::text[],
        categories = ${alert.categories}::varchar[], kinds = ${alert.kinds}::varchar[]
      WHERE id = ${id} AND user_id = ${userId} RETURNING ${ALERT_COLUMNS}`;
  },
  remove(userId: string, id: string): Sql {
    return sql`DELETE FROM area_alert WHERE id = ${id} AND user_id = ${userId} RETURNING id`;
  },
  page(userId: string, arenaId: string, cursor: unknown[] | null, limit: number): Sql {
    const after = cursor ? sql`AND (created_at, id) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)` : raw('');
    return sql`SELECT ${ALERT_COLUMNS}, count(*) OVER () AS total_count FROM area_alert
      WHERE user_id = ${userId} AND arena_id = ${arenaId} ${after} ORDER BY created_at DESC, id DESC LIMIT ${limit}`;
  },
};

type AlertRow = AreaAlert & { cursor_at: string; total_count?: number };

/**
 * A person's area alerts: "tell me of new objects here" (the match itself is part of the fan-out,
 * notifications.repository.ts). Each person manages only their own, in arenas where they have a role.
 */
@Injectable()
export class AreaAlertsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly arenas: ArenasService,
  ) {}

  async create(actor: Actor, input: AreaAlertInput): Promise<AreaAlert> {
    const arenaId = await this.arenas.resolveArenaId(input.arenaId);
    const user = requireAccess(actor, arenaId, 'readMembersAudience');
    const [row] = await query<AlertRow>(this.db, areaAlertStatements.insert(user.id, arenaId, validated(input)));
    if (!row) throw badInput('arenaId', 'tooManyAlerts', { max: MAX_AREA_ALERTS_PER_USER });
    return row;
  }

  async update(actor: Actor, id: string, input: AreaAlertInput): Promise<AreaAlert> {
    const user = requireSignedIn(actor);
    if (!isUuid(id)) throw badInput('id', 'invalidId');
    const [row] = await query<AlertRow>(this.db, areaAlertStatements.update(user.id, id, validated(input)));
    if (!row) throw badInput('id', 'notFound');
    return row;
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    const user = requireSignedIn(actor);
    if (!isUuid(id)) throw badInput('id', 'invalidId');
    const rows = await query(this.db, areaAlertStatements.remove(user.id, id));
    if (!rows.length) throw badInput('id', 'notFound');
    return true;
  }

  async list(actor: Actor, arenaId: string, first?: number | null, after?: string | null): Promise<Connection<AreaAlert>> {
    const arena = await this.arenas.resolveArenaId(arenaId);
    const user = requireSignedIn(actor);
    const size = pageSize(first);
    const cursor = decodeTimeCursor(after);
    const rows = await query<AlertRow>(this.db, areaAlertStatements.page(user.id, arena, cursor, size + 1));
    return toConnection(rows, size, Number(rows[0]?.total_count ?? 0), (r) => [(r as AlertRow).cursor_at, r.id]);
  }
}

function validated(input: AreaAlertInput): AreaAlertRule {
  const { arenaId: _arena, ...rest } = input;
  const parsed = areaAlertSchema.safeParse(rest);
  if (!parsed.success) throw new BadUserInputError(toFieldErrors(parsed.error), 'input');
  return parsed.data;
}
