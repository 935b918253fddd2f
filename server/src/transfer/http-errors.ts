import { IMPORT_LIMITS } from '@flaskhals/shared';
import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
  PayloadTooLargeException,
} from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';

import { BAD_USER_INPUT } from '../common/graphql/errors';

const logger = new Logger('Transfer');

/**
 * The services' GraphQL errors as JSON answers with the API's codes (bad input 400 with its field
 * errors, not signed in 401, forbidden 403), a file over the limit as `fileTooLarge`. An error
 * after the body has begun can only cut the answer short: the client sees an incomplete download.
 */
@Catch()
export class TransferHttpErrors implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      logger.error(`An export failed while it was being sent: ${error instanceof Error ? error.message : String(error)}`);
      res.destroy();
      return;
    }
    if (error instanceof PayloadTooLargeException) {
      res.status(HttpStatus.PAYLOAD_TOO_LARGE).json({
        error: BAD_USER_INPUT,
        message: `file is too large (at most ${IMPORT_LIMITS.bytesMax} bytes)`,
        fieldErrors: [{ field: 'file', code: 'fileTooLarge', params: { max: IMPORT_LIMITS.bytesMax } }],
      });
      return;
    }
    if (error instanceof HttpException) {
      res.status(error.getStatus()).json(error.getResponse());
      return;
    }
    if (!(error instanceof GraphQLError)) {
      logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      res.status(500).json({ error: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong.' });
      return;
    }
    const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    const status = { [BAD_USER_INPUT]: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, RATE_LIMITED: 429 }[code] ?? 500;
    const retryAfter = error.extensions?.retryAfterSeconds;
    if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
    res.status(status).json({
      error: code,
      message: error.message,
      fieldErrors: error.extensions?.fieldErrors ?? [],
      ...(error.extensions?.preview ? { preview: error.extensions.preview } : {}),
    });
  }
}
