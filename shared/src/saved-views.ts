import { z } from 'zod';

import { OBJECT_KINDS, REPORT_CATEGORIES, TRANSPORT_MODES } from './enums';
import { optionalText, requiredText } from './text';
import { OBJECT_STATUSES } from './workflow';

export const SAVED_VIEW_LIMITS = { nameMin: 1, nameMax: 100, searchMax: 200, perUserMax: 200 } as const;

/** The map modes a view can be saved in (the map, or the table beside it). */
export const VIEW_MODES = ['map', 'table'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values, { error: 'invalidOption' }))
    .max(values.length, { error: 'tooMany' })
    .default([]);

/**
 * What a saved view holds: what the map URL holds (filters, extent, mode), so its URL reproduces
 * it (web/src/objects/model/mapView.ts writes and reads the same fields).
 */
export const savedViewContentSchema = z.object({
  kinds: list(OBJECT_KINDS),
  modes: list(TRANSPORT_MODES),
  statuses: list(OBJECT_STATUSES),
  categories: list(REPORT_CATEGORIES),
  search: optionalText(SAVED_VIEW_LIMITS.searchMax),
  lat: z.number({ error: 'required' }).min(-90, { error: 'latitudeOutOfRange' }).max(90, { error: 'latitudeOutOfRange' }),
  lng: z.number({ error: 'required' }).min(-180, { error: 'longitudeOutOfRange' }).max(180, { error: 'longitudeOutOfRange' }),
  zoom: z.number({ error: 'required' }).int({ error: 'notInteger' }).min(0, { error: 'tooSmall' }).max(20, { error: 'tooLarge' }),
  mode: z
    .enum(VIEW_MODES, { error: 'invalidOption' })
    .nullish()
    .transform((v) => v ?? null),
});
export type SavedViewContent = z.output<typeof savedViewContentSchema>;

export const savedViewNameSchema = requiredText(SAVED_VIEW_LIMITS.nameMin, SAVED_VIEW_LIMITS.nameMax);

export const saveViewSchema = z.object({
  arenaId: z.uuid({ error: 'invalidId' }),
  name: savedViewNameSchema,
  shared: z.boolean().default(false),
  view: savedViewContentSchema,
});

export const updateSavedViewSchema = z.object({
  id: z.uuid({ error: 'invalidId' }),
  name: savedViewNameSchema.optional(),
  shared: z.boolean().optional(),
  view: savedViewContentSchema.optional(),
});

/** The text of an arena search: what a person types, trimmed; 2..200 characters. */
export const SEARCH_LIMITS = { textMin: 2, textMax: 200, placesMax: 20 } as const;
export const searchTextSchema = requiredText(SEARCH_LIMITS.textMin, SEARCH_LIMITS.textMax);
