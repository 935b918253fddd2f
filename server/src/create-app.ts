import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

import { AppModule } from './app.module';
import { actorMiddleware } from './auth/actor.middleware';
import { SessionsService } from './auth/sessions.service';
import type { AppConfig } from './common/config/config';
import { withOwnApplicationName } from './common/database/drain';
import { ResolverErrorsFilter } from './common/graphql/resolver-errors.filter';
import { compressAnswers } from './common/http/compression';
import { requestLogger } from './common/http/request-logger';
import { applySecurity } from './common/http/security';
import { serveWebApp } from './common/http/web-app';

/** Large enough for a geometry at the vertex limit, small enough to refuse abuse. */
const REQUEST_BODY_LIMIT = '2mb';

/** Builds the whole server (API and web app) without listening; main and tests share it. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, withOwnApplicationName(databaseUrl)), {
    bodyParser: false,
    logger: config.logLevel === 'silent' ? false : ['error', 'warn', 'log'],
  });
  app.useBodyParser('json', { limit: REQUEST_BODY_LIMIT });
  // The API answers POSTs, which nobody revalidates: hashing every answer for an ETag costs CPU for
  // nothing. The web app's static files keep theirs (serve-static sets its own).
  app.set('etag', false);
  compressAnswers(app);
  app.use(requestLogger(config.logLevel));
  applySecurity(app, config);
  app.use(actorMiddleware(app.get(SessionsService)));
  app.useGlobalFilters(new ResolverErrorsFilter(app.getHttpAdapter()));
  if (!serveWebApp(app, config.webDistDir)) {
    new Logger('WebApp').warn(`No web build in ${config.webDistDir}: run "npm run build" to serve the map.`);
  }
  await app.init();
  return app;
}
