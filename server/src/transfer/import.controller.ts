import { IMPORT_LIMITS, IMPORT_PATH } from '@flaskhals/shared';
import { Body, Controller, HttpCode, Post, Req, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { memoryStorage } from 'multer';

import { ANONYMOUS } from '../access';
import { SessionAndCsrfHeader } from '../auth';
import { TransferHttpErrors } from './http-errors';
import { type ImportResult, ImportService } from './import.service';

/**
 * POST /api/imports/objects, multipart/form-data: `file` (GeoJSON FeatureCollection or CSV, at most
 * IMPORT_LIMITS.bytesMax), `arenaId`, `crs` ('EPSG:4326', 'EPSG:3006' or empty: recognised from the
 * file) and `commit` ('true' writes; anything else previews). Answers the preview, every row with
 * its errors; a commit with a wrong row answers 400 with the same preview and writes nothing.
 */
@Controller(IMPORT_PATH.replace(/^\//, ''))
@UseFilters(TransferHttpErrors)
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Post()
  @HttpCode(200)
  @UseGuards(SessionAndCsrfHeader)
  @UseInterceptors(
    FileInterceptor('file', {
      storage: memoryStorage(),
      // multer stops reading at the limit: a larger file is refused while it streams, not after.
      limits: { fileSize: IMPORT_LIMITS.bytesMax, files: 1, fields: 10, fieldSize: 1000, parts: 12 },
    }),
  )
  import(
    @Req() req: Request,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: { arenaId?: string; crs?: string; commit?: string },
  ): Promise<ImportResult> {
    return this.imports.import(req.actor ?? ANONYMOUS, {
      arenaId: body?.arenaId || null,
      crs: body?.crs || null,
      commit: body?.commit === 'true',
      file,
    });
  }
}
