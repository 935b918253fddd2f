type Json = unknown;

const asRecord = (value: Json): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The keys whose value differs between before and after (a created entry: all of after's). */
export function changedKeys(before: Json, after: Json): string[] {
  const a = asRecord(before);
  const b = asRecord(after);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();
}

/** A short text for one value; "–" when absent. Shown as text, never as markup. */
export function showValue(record: Json, key: string): string {
  const value = asRecord(record)[key];
  if (value === undefined || value === null) return '–';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
