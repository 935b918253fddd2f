import type { TFunction } from 'i18next';

import { describeEvent as describeHistoryEvent } from '../history';

export interface DescribedEvent {
  kind: string;
  byStaff: boolean;
  organizationName?: string | null;
  data: unknown;
}

/** One line in the reader's language, in the words of the object's history ("Status: Bekräftad → Prioriterad av kansliet"). */
export function describeEvent(t: TFunction, event: DescribedEvent): string {
  const words = describeHistoryEvent({ ...event, personName: null, data: (event.data ?? null) as Record<string, unknown> | null }, t);
  return [words.what, words.by].filter(Boolean).join(' ');
}

/** Where a notification leads: its object opened on its arena's map. */
export function objectPath(object: { id: string; arenaSlug: string }): string {
  return `/?arena=${encodeURIComponent(object.arenaSlug)}&object=${encodeURIComponent(object.id)}`;
}
