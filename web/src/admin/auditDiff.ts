type Json = unknown;

const asRecord = (value: Json): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Ids, derived columns and timestamps say nothing to a person reading the log. */
const MACHINE_KEYS = /(^id$|Id$|^bbox$|^searchText$|At$)/;

/** The keys whose value differs between before and after (a created entry: all of after's), without machine keys. */
export function changedKeys(before: Json, after: Json): string[] {
  const a = asRecord(before);
  const b = asRecord(after);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !MACHINE_KEYS.test(key));
  return keys.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();
}

/**
 * An audit entry told as the object's history tells the same change (web/src/history), when there
 * is such an event: the log and the history use the same words.
 */
export function asHistoryEvent(entry: { entity: string; action: string; before: Json; after: Json }) {
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  const kind = HISTORY_KIND[`${entry.entity}.${entry.action}`];
  if (!kind) return null;
  const data: Record<string, unknown> =
    kind === 'STATUS_CHANGED'
      ? { from: before.status, to: after.status, reason: after.reason }
      : kind === 'RESTORED'
        ? { to: after.status }
        : { title: after.title ?? before.title, fields: changedKeys(before, after) };
  return { kind, byStaff: false, data };
}

const HISTORY_KIND: Record<string, string> = {
  'object.status': 'STATUS_CHANGED',
  'object.restore': 'RESTORED',
  'report.create': 'REPORTED',
  'report.update': 'REPORT_UPDATED',
  'report.withdraw': 'REPORT_WITHDRAWN',
  'support.create': 'SUPPORTED',
};

/** A short text for one value; "–" when absent. Shown as text, never as markup. */
export function showValue(record: Json, key: string): string {
  const value = asRecord(record)[key];
  if (value === undefined || value === null) return '–';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
