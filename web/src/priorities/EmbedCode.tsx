import { useTranslation } from 'react-i18next';

import { EMBED_PATH } from './paths';

/** The two ways to put the adopted list on another website: an iframe, or a script tag that sizes it. */
export function EmbedCode({ arenaSlug }: { arenaSlug: string }) {
  const { t } = useTranslation();
  const origin = window.location.origin;
  const slug = encodeURIComponent(arenaSlug);
  const iframe = `<iframe src="${origin}${EMBED_PATH}?arena=${slug}" title="${t('priorities.adopted')}" style="width:100%;height:480px;border:0"></iframe>`;
  const script = `<script src="${origin}${EMBED_PATH}.js" data-arena="${arenaSlug}" async></script>`;
  return (
    <section className="page__card" aria-labelledby="embed-title">
      <h2 id="embed-title">{t('priorities.embed.title')}</h2>
      <p>{t('priorities.embed.intro')}</p>
      <label className="field">
        <span className="field__label">{t('priorities.embed.iframe')}</span>
        <textarea readOnly rows={3} value={iframe} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <label className="field">
        <span className="field__label">{t('priorities.embed.script')}</span>
        <textarea readOnly rows={2} value={script} onFocus={(e) => e.currentTarget.select()} />
      </label>
    </section>
  );
}
