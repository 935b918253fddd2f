import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { ANONYMOUS } from '../access';
import { MeetingDocumentsService, type PrintedDocument } from './meeting-documents.service';

/**
 * The meeting's papers as PDF: GET /api/meetings/<id>/protocol.pdf (whoever may read the
 * protocol: shared/src/protocol.ts canReadProtocol) and /api/meetings/<id>/chair-script.pdf (staff).
 * Anyone else gets the same 404 as for a meeting that does not exist.
 */
@Controller('api/meetings')
export class MeetingDocumentsController {
  constructor(private readonly documents: MeetingDocumentsService) {}

  @Get(':id/protocol.pdf')
  async protocol(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    send(res, await this.documents.protocol(req.actor ?? ANONYMOUS, id));
  }

  @Get(':id/chair-script.pdf')
  async chairScript(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    send(res, await this.documents.chairScript(req.actor ?? ANONYMOUS, id));
  }
}

function send(res: Response, document: PrintedDocument | null): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (!document) {
    res.status(404).json({ error: 'NOT_FOUND', message: 'No such meeting document.' });
    return;
  }
  // Private: a draft or a members' protocol must not be handed by a shared cache to someone else.
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('Content-Type', 'application/pdf');
  // The app's policy forbids plugins, which would keep the browser's PDF viewer from showing it.
  res.setHeader('Content-Security-Policy', `default-src 'none'; style-src 'unsafe-inline'; object-src 'self'`);
  res.setHeader('Content-Disposition', `inline; filename="${document.filename}"`);
  res.setHeader('Content-Length', String(document.pdf.length));
  res.end(document.pdf);
}
