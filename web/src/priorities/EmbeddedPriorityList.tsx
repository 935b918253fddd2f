import './priorities.css';

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { formatDate } from '../ui/format/numbers';
import { useQuery } from '../ui/graphql';
import { LoadingLine } from '../ui/layout/states';
import { AdoptedPriorityListQuery } from './operations';
import { PRIORITIES_PATH } from './paths';
import { PriorityTable } from './PriorityTable';

/**
 * /inbaddning/prioriteringar?arena=<slug>: the adopted list, compact and without the app's header,
 * for other websites to frame. It asks for no figure at all; framed on another site the browser
 * sends no session cookie (SameSite=Lax), so the server answers the public view (published
 * objects only). It reports its
 * height to the framing page (web/public/inbaddning/prioriteringar.js sizes the iframe).
 */
export function EmbeddedPriorityList() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const slug = params.get('arena') || '';
  const adopted = useQuery(AdoptedPriorityListQuery, { arenaId: null, arenaSlug: slug }, { skip: !slug });
  const version = adopted.data?.adoptedPriorityList;
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = root.current;
    if (!element || window.parent === window || typeof ResizeObserver === 'undefined') return;
    const report = () => window.parent.postMessage({ type: 'flaskhals:height', height: element.scrollHeight + 16 }, '*');
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => observer.disconnect();
  }, []);
  const fullPage = `${PRIORITIES_PATH}?arena=${encodeURIComponent(slug)}`;
  return (
    <div ref={root} className="priority-embed" lang={i18n.language}>
      <h1 className="priority-embed__title">{t('priorities.adopted')}</h1>
      {!slug || adopted.error ? (
        <p role="alert">{t('app.loadError')}</p>
      ) : !adopted.data ? (
        <LoadingLine />
      ) : !version ? (
        <p>{t('priorities.noneAdopted')}</p>
      ) : (
        <>
          <p className="priority-embed__meta">
            {t('priorities.adoptedAt', {
              number: version.number,
              meeting: version.meetingTitle,
              date: formatDate(version.meetingStartsAt, i18n.language),
              item: version.itemNumber,
            })}
          </p>
          <PriorityTable entries={version.entries} out={version.out} caption={t('priorities.adopted')} compact />
        </>
      )}
      <p className="priority-embed__more">
        <a href={fullPage} target="_blank" rel="noopener">
          {t('priorities.embed.more')} ↗
        </a>
      </p>
    </div>
  );
}
