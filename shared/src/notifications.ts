import { z } from 'zod';

import { OBJECT_KINDS, REPORT_CATEGORIES } from './enums';
import { countVertices, geometrySchema } from './geometry';
import { requiredText } from './text';
import type { ObjectEventKind } from './workflow';

/**
 * Following objects and being told what happens to them (server/src/notifications/, web/src/notifications/).
 */

/** Why a person is told of an event; one notification per person and event, the first reason that applies wins. */
export const NOTIFICATION_REASONS = ['RECEIPT', 'MENTIONED', 'FOLLOWING', 'NEW_REPORT', 'AREA_ALERT'] as const;
export type NotificationReason = (typeof NOTIFICATION_REASONS)[number];

/** What an event tells the followers of its object: status, planning, reports, supports, comments, merges. */
export const FOLLOWER_EVENT_KINDS: readonly ObjectEventKind[] = [
  'STATUS_CHANGED',
  'DEACTIVATED',
  'RESTORED',
  'PLANNING_CHANGED',
  'REPORTED',
  'SUPPORTED',
  'COMMENTED',
  'MERGED_IN',
  'MERGED_AWAY',
];

/** What the actor does that makes them follow the object. */
export const AUTO_FOLLOW_EVENT_KINDS: readonly ObjectEventKind[] = ['REPORTED', 'SUPPORTED', 'COMMENTED'];

/** The first of these on an object makes it new for area alerts. */
export const NEW_OBJECT_EVENT_KINDS: readonly ObjectEventKind[] = ['CREATED', 'REPORTED'];

/**
 * How a person wants e-mail: IMMEDIATE, every notification at once; DAILY (the default), receipts
 * and mentions at once and the rest in one digest at 07:00 Swedish time; NONE, no e-mail.
 */
export const EMAIL_FREQUENCIES = ['IMMEDIATE', 'DAILY', 'NONE'] as const;
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];
export const DEFAULT_EMAIL_FREQUENCY: EmailFrequency = 'DAILY';
/** Reasons mailed at once also for those who chose the daily digest: the person is waiting for them. */
export const ALWAYS_IMMEDIATE_REASONS: readonly NotificationReason[] = ['RECEIPT', 'MENTIONED'];

export const MAX_AREA_ALERTS_PER_USER = 20;
export const MAX_ALERT_NAME_LENGTH = 100;
export const MAX_ALERT_MUNICIPALITIES = 50;
export const MAX_ALERT_AREA_VERTICES = 500;

/**
 * An area alert: tell me of new objects in this area (a polygon) or these municipalities,
 * optionally only of these categories (of the first report) and kinds.
 */
export const areaAlertSchema = z
  .object({
    name: requiredText(1, MAX_ALERT_NAME_LENGTH),
    area: geometrySchema
      .refine((g) => g.type === 'Polygon', { error: 'geometryTypeNotAllowed' })
      .refine((g) => countVertices(g.coordinates) <= MAX_ALERT_AREA_VERTICES, {
        error: 'tooManyVertices',
        params: { max: MAX_ALERT_AREA_VERTICES },
      })
      .nullish()
      .transform((v) => v ?? null),
    municipalities: z
      .array(requiredText(1, 100))
      .max(MAX_ALERT_MUNICIPALITIES, { error: 'tooMany' })
      .nullish()
      .transform((v) => [...new Set(v ?? [])]),
    categories: z
      .array(z.enum(REPORT_CATEGORIES, { error: 'invalidOption' }))
      .nullish()
      .transform((v) => [...new Set(v ?? [])]),
    kinds: z
      .array(z.enum(OBJECT_KINDS, { error: 'invalidOption' }))
      .nullish()
      .transform((v) => [...new Set(v ?? [])]),
  })
  .refine((a) => a.area !== null || a.municipalities.length > 0, { error: 'areaOrMunicipalities', path: ['area'] });
export type AreaAlertInput = z.input<typeof areaAlertSchema>;
export type AreaAlert = z.output<typeof areaAlertSchema>;
