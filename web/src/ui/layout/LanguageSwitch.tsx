import { useTranslation } from 'react-i18next';

import { type Language, rememberLanguage } from '../i18n';

/** One button that offers the other language, written in that language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next: Language = i18n.language.startsWith('en') ? 'sv' : 'en';
  return (
    <button
      type="button"
      className="button button--ghost language-switch"
      lang={next}
      aria-label={t('language.switchLabel')}
      onClick={() => {
        rememberLanguage(next);
        void i18n.changeLanguage(next);
      }}
    >
      <span className="language-switch__name">{t('language.switchTo')}</span>
      {/* On a phone the header has room for the code only; the button's label says it in full. */}
      <span className="language-switch__code">{next.toUpperCase()}</span>
    </button>
  );
}
