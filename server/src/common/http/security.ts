import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

import type { AppConfig } from '../config/config';

/** Pages other websites may frame: the embeddable widgets (web/src/priorities/, /inbaddning/…), public data only. */
export const EMBEDDABLE_PATH_PREFIX = '/inbaddning/';

/**
 * Security headers (a strict CSP that still lets the map load its tiles) and CORS from configuration.
 * Every page refuses to be framed except the embeddable widgets, which any site may frame.
 */
export function applySecurity(app: NestExpressApplication, config: AppConfig): void {
  const strict = securityHeaders(config, false);
  const embeddable = securityHeaders(config, true);
  app.use((req: Request, res: Response, next: NextFunction) =>
    (req.path.startsWith(EMBEDDABLE_PATH_PREFIX) ? embeddable : strict)(req, res, next),
  );
  app.use(cookieParser());
  app.enableCors(config.corsOrigins.length > 0 ? { origin: config.corsOrigins, credentials: true } : { origin: false });
}

function securityHeaders(config: AppConfig, embeddable: boolean) {
  const tileOrigin = config.tileUrl ? originOf(config.tileUrl) : null;
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Leaflet positions its panes with inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...(tileOrigin ? [tileOrigin] : [])],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: embeddable ? ['*'] : ["'none'"],
        upgradeInsecureRequests: config.cookieSecure ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
    // X-Frame-Options knows no "anyone": the widget leaves it out and relies on frame-ancestors.
    xFrameOptions: embeddable ? false : undefined,
    // The widget's script is loaded by other sites' pages.
    crossOriginResourcePolicy: embeddable ? { policy: 'cross-origin' } : undefined,
  });
}

function originOf(template: string): string | null {
  try {
    const url = new URL(template.replace(/\{[a-z]\}/g, 'a'));
    return `${url.protocol}//${url.host.replace(/^a\./, '*.')}`;
  } catch {
    return null;
  }
}
