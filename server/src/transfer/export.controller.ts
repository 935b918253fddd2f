import { EXPORT_PATH, EXPORT_TOTAL_HEADER, type ExportFormat } from '@flaskhals/shared';
import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';

import { ANONYMOUS } from '../access';
import { type ExportParams, ExportService } from './export.service';
import { TransferHttpErrors } from './http-errors';

/**
 * GET /api/exports/objects.{csv,xlsx,geojson}?arena=<id>&kinds=…&modes=…&statuses=…&categories=…&q=…&bbox=…
 * The reader is the session cookie's (a visitor without one), as for attachments: a visitor gets
 * the published objects and the public figures, a member the members' view, exactly as the map.
 */
@Controller(EXPORT_PATH.replace(/^\//, ''))
@UseFilters(TransferHttpErrors)
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Get('objects.csv')
  csv(@Req() req: Request, @Res() res: Response, @Query() params: ExportParams): Promise<void> {
    return this.send(req, res, 'csv', params);
  }

  @Get('objects.xlsx')
  xlsx(@Req() req: Request, @Res() res: Response, @Query() params: ExportParams): Promise<void> {
    return this.send(req, res, 'xlsx', params);
  }

  @Get('objects.geojson')
  geojson(@Req() req: Request, @Res() res: Response, @Query() params: ExportParams): Promise<void> {
    return this.send(req, res, 'geojson', params);
  }

  private async send(req: Request, res: Response, format: ExportFormat, params: ExportParams): Promise<void> {
    const prepared = await this.exports.prepare(req.actor ?? ANONYMOUS, format, params);
    res.setHeader('Content-Type', prepared.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${prepared.filename}"`);
    // Read before the first row, so the web can show "12 000 av 100 000 objekt" while it downloads.
    res.setHeader(EXPORT_TOTAL_HEADER, String(prepared.total));
    // What one reader may see, a shared cache must not hand to another.
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    await prepared.write(res);
  }
}
