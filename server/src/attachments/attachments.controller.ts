import { ATTACHMENT_UPLOAD_PATH, DISCUSSION_LIMITS } from '@flaskhals/shared';
import {
  type ArgumentsHost,
  Body,
  Catch,
  Controller,
  type ExceptionFilter,
  Get,
  HttpStatus,
  Param,
  PayloadTooLargeException,
  Post,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { memoryStorage } from 'multer';

import { ANONYMOUS } from '../access';
import { SessionAndCsrfHeader } from '../auth';
import { BAD_USER_INPUT } from '../common/graphql/errors';
import { AttachmentsService, attachmentUrls } from './attachments.service';
import { contentDisposition } from './file-content';

/** The service's GraphQL errors and multer's limits as JSON answers with the same codes as the API's. */
@Catch(GraphQLError, PayloadTooLargeException)
class UploadErrors implements ExceptionFilter {
  catch(error: GraphQLError | PayloadTooLargeException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof PayloadTooLargeException) {
      res.status(HttpStatus.PAYLOAD_TOO_LARGE).json({
        error: BAD_USER_INPUT,
        message: `file is too large (at most ${DISCUSSION_LIMITS.attachmentBytesMax} bytes)`,
        fieldErrors: [{ field: 'file', code: 'fileTooLarge', params: { max: DISCUSSION_LIMITS.attachmentBytesMax } }],
      });
      return;
    }
    const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    const status = { [BAD_USER_INPUT]: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, RATE_LIMITED: 429 }[code] ?? 500;
    const retryAfter = error.extensions?.retryAfterSeconds;
    if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
    if (status === 500) throw error;
    res
      .status(status)
      .json({ error: code, message: error.message, fieldErrors: error.extensions?.fieldErrors ?? [], retryAfterSeconds: retryAfter });
  }
}

@Controller(ATTACHMENT_UPLOAD_PATH.replace(/^\//, ''))
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  /** multipart/form-data: `file`, and `reportId` or `commentId`; `keepLocation=true` keeps a photo's position. */
  @Post()
  @UseGuards(SessionAndCsrfHeader)
  @UseFilters(UploadErrors)
  @UseInterceptors(
    FileInterceptor('file', {
      storage: memoryStorage(),
      // multer stops reading at the limit: a larger file is refused while it streams, not after.
      limits: { fileSize: DISCUSSION_LIMITS.attachmentBytesMax, files: 1, fields: 10, fieldSize: 1000, parts: 12 },
    }),
  )
  async upload(
    @Req() req: Request,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: { reportId?: string; commentId?: string; keepLocation?: string },
  ) {
    const attachment = await this.attachments.upload(req.actor ?? ANONYMOUS, {
      reportId: body?.reportId || null,
      commentId: body?.commentId || null,
      keepLocation: body?.keepLocation === 'true',
      file,
    });
    return {
      id: attachment.id,
      filename: attachment.filename,
      contentType: attachment.contentType,
      size: attachment.size,
      ...attachmentUrls(attachment),
    };
  }

  @Get(':id')
  content(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return this.send(req, res, id, 'content');
  }

  @Get(':id/thumbnail')
  thumbnail(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return this.send(req, res, id, 'thumbnail');
  }

  /** The file to a reader who may see it; to anyone else the same 404 as for an id that never existed. */
  private async send(req: Request, res: Response, id: string, part: 'content' | 'thumbnail'): Promise<void> {
    const file = await this.attachments.file(req.actor ?? ANONYMOUS, id, part);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (!file) {
      res.status(404).json({ error: 'NOT_FOUND', message: 'No such attachment.' });
      return;
    }
    // Private: what one reader may see, a shared cache must not hand to another.
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.setHeader('Content-Type', file.contentType);
    // The app's policy forbids plugins (object-src 'none'), which would keep the browser's PDF viewer
    // from showing a PDF opened on its own; a file needs nothing else from anywhere.
    res.setHeader('Content-Security-Policy', `default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'`);
    res.setHeader('Content-Disposition', contentDisposition(part === 'thumbnail' ? `${file.filename}.webp` : file.filename));
    res.setHeader('Content-Length', String(file.bytes.length));
    res.end(file.bytes);
  }
}
