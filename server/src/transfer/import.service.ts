import { randomUUID } from 'node:crypto';

import {
  boundingBox,
  type Crs,
  CRS_CHOICES,
  type CrsSource,
  type FieldError,
  type Geometry,
  geometrySchema,
  IMPORT_LIMITS,
  importedObjectStateSchema,
  type NewObjectInput,
  newObjectSchema,
  type ObjectStatus,
  type PlanningStage,
  validate,
} from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';

import { type Actor, requireAccess } from '../access';
import { ArenasService } from '../arenas';
import { AuditService } from '../audit';
import { BAD_USER_INPUT, badInput } from '../common/graphql/errors';
import { HistoryService, type NewObjectEvent } from '../history';
import { insertObjects } from '../objects';
import { decideCrs, toWgs84Geometry } from './import-crs';
import { readImportFile } from './import-file';

/** Objects' history events recorded at a time. */
const HISTORY_BATCH = 1000;

/** One row of the preview: what it will become, and what is wrong with it (nothing when it is valid). */
export interface PreviewRow {
  row: number;
  name: string | null;
  kind: string | null;
  geometryType: string | null;
  /** Where the geometry is in WGS84 (a point's position, else the middle of its bbox), so a person can check the place. */
  position: [number, number] | null;
  errors: FieldError[];
}

export interface ImportPreview {
  format: 'geojson' | 'csv';
  crs: Crs;
  crsSource: CrsSource;
  total: number;
  valid: number;
  rows: PreviewRow[];
}

export interface ImportResult extends ImportPreview {
  written: boolean;
  objectIds: string[];
}

interface ValidRow {
  object: NewObjectInput;
  state: { status: ObjectStatus; planningStage: PlanningStage };
}

export interface ImportRequest {
  arenaId?: string | null;
  /** 'EPSG:4326', 'EPSG:3006', or empty to let the file say (its crs member or its coordinate ranges). */
  crs?: string | null;
  commit: boolean;
  file?: { buffer: Buffer; originalname: string; size: number } | undefined;
}

/**
 * Objects from a file (staff): every row read and validated with the rules a reported object
 * follows (shared/src/report.ts), in WGS84 or reprojected from SWEREF 99 TM. A preview names each
 * row's errors; a commit writes all rows in one transaction, or none when any row is wrong.
 */
@Injectable()
export class ImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly arenas: ArenasService,
    private readonly history: HistoryService,
    private readonly audit: AuditService,
  ) {}

  async import(actor: Actor, request: ImportRequest): Promise<ImportResult> {
    const arenaId = await this.arenas.resolveArenaId(request.arenaId || null);
    requireAccess(actor, arenaId, 'importObjects');
    if (!request.file) throw badInput('file', 'required');
    const stated = request.crs ? (CRS_CHOICES.find((c) => c === request.crs) ?? null) : null;
    if (request.crs && !stated) throw badInput('crs', 'invalidOption');

    const file = readImportFile(request.file.buffer, request.file.originalname);
    if (file.rows.length > IMPORT_LIMITS.rowsMax) throw badInput('file', 'tooManyRows', { max: IMPORT_LIMITS.rowsMax });
    const { crs, source } = decideCrs(
      stated,
      file.crsName,
      file.rows.map((r) => r.geometry),
    );
    const valid: ValidRow[] = [];
    const rows = file.rows.map((row): PreviewRow => {
      const geometry = toWgs84Geometry(row.geometry, crs);
      const object = validate(newObjectSchema, { ...row.fields, geometry });
      // The place is shown also on a row with other errors, so a person can find it.
      const place = validate(geometrySchema, geometry);
      const state = validate(importedObjectStateSchema, row.fields);
      // A point whose coordinates could not be read has no geometry: its "required" would say it twice.
      const unread = row.errors.length > 0;
      const errors: FieldError[] = [
        ...row.errors,
        ...(object.ok ? [] : object.errors.filter((e) => !(unread && e.field.startsWith('geometry')))),
        ...(state.ok ? [] : state.errors),
      ];
      if (!errors.length && object.ok && state.ok) valid.push({ object: object.value, state: state.value });
      return {
        row: row.row,
        name: typeof row.fields.name === 'string' ? row.fields.name : null,
        kind: typeof row.fields.kind === 'string' ? row.fields.kind : null,
        geometryType: place.ok ? place.value.type : null,
        position: place.ok ? positionOf(place.value as Geometry) : null,
        errors,
      };
    });
    const preview: ImportPreview = { format: file.format, crs, crsSource: source, total: rows.length, valid: valid.length, rows };
    if (!request.commit) return { ...preview, written: false, objectIds: [] };
    if (valid.length !== rows.length || rows.length === 0) {
      const first = rows.find((r) => r.errors.length);
      throw new GraphQLError(first ? `row ${first.row}: ${first.errors[0].field} ${first.errors[0].code}` : 'the file has no rows', {
        extensions: {
          code: BAD_USER_INPUT,
          field: 'file',
          fieldErrors: [{ field: 'file', code: first ? 'rowsInvalid' : 'required', params: { rows: rows.length - valid.length } }],
          preview,
        },
      });
    }
    const objectIds = await this.write(actor, arenaId, valid, { filename: request.file.originalname, format: file.format, crs });
    return { ...preview, written: true, objectIds };
  }

  /** All objects, their history and one audit entry for the import, in one transaction. */
  private async write(
    actor: Actor,
    arenaId: string,
    rows: ValidRow[],
    about: { filename: string; format: string; crs: Crs },
  ): Promise<string[]> {
    return this.db.transaction(async (tx) => {
      const ids = await insertObjects(
        tx,
        arenaId,
        rows.map(({ object, state }) => ({ ...object, ...state })),
      );
      // A thousand events to a batch: the notifications' fan-out (one statement per batch) plans a
      // batch of 10,000 events badly (a sort of events × roles spilling to disk); in batches it stays in memory.
      for (let i = 0; i < ids.length; i += HISTORY_BATCH) {
        const events = ids.slice(i, i + HISTORY_BATCH).map((objectId): NewObjectEvent => ({
          arenaId,
          objectId,
          kind: 'CREATED',
          visibility: 'MEMBERS',
          data: { imported: about.filename },
        }));
        await this.history.record(tx, actor, events);
      }
      await this.audit.record(tx, actor, {
        arenaId,
        entity: 'object_import',
        entityId: randomUUID(),
        action: 'create',
        after: { ...about, count: ids.length, objectIds: ids },
      });
      return ids;
    });
  }
}

function positionOf(geometry: Geometry): [number, number] | null {
  const box = boundingBox(geometry);
  return geometry.type === 'Point'
    ? (geometry.coordinates as [number, number])
    : [(box.minLng + box.maxLng) / 2, (box.minLat + box.maxLat) / 2];
}
