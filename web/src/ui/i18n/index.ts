import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import en from './en.json';
import sv from './sv.json';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';

const STORAGE_KEY = 'flaskhals.language';

type Bundle = Record<string, unknown>;
const bundles: Record<Language, Bundle> = { sv: JSON.parse(JSON.stringify(sv)) as Bundle, en: JSON.parse(JSON.stringify(en)) as Bundle };
export const resources = { sv: { translation: bundles.sv }, en: { translation: bundles.en } };

/**
 * A feature's own texts (web/src/<feature>/i18n/{sv,en}.json), registered by the feature's index.ts
 * when it is first imported: the shared files keep only what several features use.
 */
export function registerTranslations(texts: Record<Language, Bundle>) {
  for (const language of LANGUAGES) {
    mergeInto(bundles[language], texts[language]);
    if (i18next.isInitialized) i18next.addResourceBundle(language, 'translation', texts[language], true, true);
  }
}

function mergeInto(target: Bundle, extra: Bundle) {
  for (const [key, value] of Object.entries(extra)) {
    const existing = target[key];
    if (value && typeof value === 'object' && existing && typeof existing === 'object') mergeInto(existing as Bundle, value as Bundle);
    else target[key] = value;
  }
}

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** The language the user chose last time on this device, else Swedish. */
export function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function rememberLanguage(language: Language) {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing can forbid storage; the switch still works for this visit.
  }
}

/** Initialises i18next synchronously (resources are bundled), so the first render is translated. */
export function initI18n(language: Language = DEFAULT_LANGUAGE): i18n {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
    i18next.on('languageChanged', (lng) => syncDocumentLanguage(lng));
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  syncDocumentLanguage(language);
  return i18next;
}

function syncDocumentLanguage(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export { i18next };
