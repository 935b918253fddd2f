/** Numbers as people read and type them here: "1 250 000 kr", "1,5". */

export function localeFor(language: string): string {
  return language.startsWith('en') ? 'en-GB' : 'sv-SE';
}

// Making an Intl.NumberFormat costs about 50 times formatting with one (locale data is looked up
// each time): the map formats hundreds of cluster counts per answer, so formatters are kept.
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, language = 'sv', maximumFractionDigits = 1): string {
  const locale = localeFor(language);
  const key = `${locale}|${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

export function formatSek(value: number, language = 'sv'): string {
  return new Intl.NumberFormat(localeFor(language), {
    style: 'currency',
    currency: 'SEK',
    maximumFractionDigits: 0,
  }).format(value);
}

export function formatDistance(meters: number, language = 'sv'): string {
  return meters < 1000 ? `${formatNumber(Math.round(meters), language, 0)} m` : `${formatNumber(meters / 1000, language, 1)} km`;
}

export function formatDate(iso: string, language = 'sv'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'medium' }).format(date);
}

/**
 * Reads a number typed by a person: a Swedish decimal comma ("1,5"), a point, and spaces
 * (also non-breaking ones) as thousands separators ("1 250 000"). Empty text gives undefined,
 * text that is not a number gives NaN.
 */
export function parseDecimal(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return undefined;
  const normalised = compact.replace(/^−/, '-').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised)) return Number.NaN;
  return Number(normalised);
}
