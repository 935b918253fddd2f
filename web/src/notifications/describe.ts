import type { TFunction } from 'i18next';

export interface DescribedEvent {
  kind: string;
  byStaff: boolean;
  organizationName?: string | null;
  data: unknown;
}

/** One line in the reader's language: what happened (the object's name is shown beside it). */
export function describeEvent(t: TFunction, event: DescribedEvent): string {
  const data = (event.data ?? {}) as Record<string, unknown>;
  const who = event.organizationName ?? t('notifications.secretariat');
  const to = typeof data.to === 'string' ? t(`statuses.${data.to}`, { defaultValue: data.to }) : '';
  const key = `notifications.events.${event.kind}`;
  return t(key, { who, to, defaultValue: t('notifications.events.other') });
}

/** Where a notification leads: its object opened on its arena's map. */
export function objectPath(object: { id: string; arenaSlug: string }): string {
  return `/?arena=${encodeURIComponent(object.arenaSlug)}&object=${encodeURIComponent(object.id)}`;
}
