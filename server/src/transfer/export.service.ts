import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { type ExportFormat, OBJECT_KINDS, OBJECT_STATUSES, REPORT_CATEGORIES, TRANSPORT_MODES } from '@flaskhals/shared';
import { Inject, Injectable } from '@nestjs/common';

import { type Actor, readAccess } from '../access';
import { ArenasService } from '../arenas';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { badInput } from '../common/graphql/errors';
import { objectConditions } from '../objects';
import { csvStages, geojsonTransform, type LinkOf, writeXlsx } from './export-formats';
import type { ExportRow } from './transfer.repository';
import { TransferRepository } from './transfer.repository';

/** The query string of an export: the map's URL filters (kinds, modes, statuses, categories, q), its bbox, and the arena. */
export interface ExportParams {
  arena?: unknown;
  kinds?: unknown;
  modes?: unknown;
  statuses?: unknown;
  categories?: unknown;
  q?: unknown;
  bbox?: unknown;
  /** `comma` for comma-separated CSV with decimal points; Swedish Excel's semicolons otherwise. */
  separator?: unknown;
}

/** An export ready to be sent: what the answer's headers say, and the writing of its body. */
export interface PreparedExport {
  filename: string;
  contentType: string;
  total: number;
  write(out: Writable): Promise<void>;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  geojson: 'application/geo+json',
};

/** One value of the query string: a parameter given twice (an array) is a bad input, not a crash. */
function textParam(value: unknown, field: string): string | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw badInput(field, 'invalidType');
  return value;
}

function listParam<T extends string>(raw: unknown, allowed: readonly T[], field: string): T[] | null {
  const value = textParam(raw, field);
  if (!value) return null;
  const items = value.split(',').map((v) => v.trim().toUpperCase());
  for (const item of items) if (!allowed.includes(item as T)) throw badInput(field, 'invalidOption');
  return items as T[];
}

function bboxParam(raw: unknown): number[] | null {
  const value = textParam(raw, 'bbox');
  if (!value) return null;
  const numbers = value.split(',').map(Number);
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) throw badInput('bbox', 'bboxLength');
  return numbers;
}

/** Exports of the objects a reader sees on the map, filtered as the map is, streamed from the database. */
@Injectable()
export class ExportService {
  constructor(
    private readonly transfer: TransferRepository,
    private readonly arenas: ArenasService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async prepare(actor: Actor, format: ExportFormat, params: ExportParams, today = new Date()): Promise<PreparedExport> {
    const arenaId = await this.arenas.resolveArenaId(textParam(params.arena, 'arena'), 'arena');
    const access = readAccess(actor, arenaId);
    const conditions = objectConditions(arenaId, access.audience, {
      bbox: bboxParam(params.bbox),
      kinds: listParam(params.kinds, OBJECT_KINDS, 'kinds'),
      modes: listParam(params.modes, TRANSPORT_MODES, 'modes'),
      statuses: listParam(params.statuses, OBJECT_STATUSES, 'statuses'),
      categories: listParam(params.categories, REPORT_CATEGORIES, 'categories'),
      search: textParam(params.q, 'q'),
    });
    const arena = await this.transfer.arena(arenaId);
    const total = await this.transfer.count(conditions);
    const linkOf: LinkOf = (row) => `${this.config.appUrl}/?arena=${encodeURIComponent(arena.slug)}&object=${row.id}`;
    const date = today.toISOString().slice(0, 10);
    const extension = format === 'geojson' ? 'geojson' : format;
    return {
      filename: `flaskhals-${arena.slug.replace(/[^a-z0-9-]/gi, '_')}-objekt-${date}.${extension}`,
      contentType: CONTENT_TYPES[format],
      total,
      write: async (out) => {
        const rows: Readable = await this.transfer.streamObjects(conditions, access);
        if (format === 'csv') {
          const [toCells, toText] = csvStages(linkOf, params.separator === 'comma' ? 'comma' : 'semicolon');
          await pipeline(rows, toCells, toText, out);
        } else if (format === 'geojson') await pipeline(rows, geojsonTransform(linkOf), out);
        else {
          // A client that hangs up stops the reading of rows, as pipeline does for the other formats.
          out.once('close', () => rows.destroy());
          try {
            await writeXlsx(rows as AsyncIterable<ExportRow>, out, linkOf, arena.name);
          } finally {
            rows.destroy();
          }
        }
      },
    };
  }
}
