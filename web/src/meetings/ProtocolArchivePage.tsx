import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import type { ProtocolArchiveQuery as ArchiveResult } from '../gql/graphql';
import { usePaged } from '../ui/graphql';
import { PageFrame } from '../ui/layout/PageFrame';
import { LoadError, LoadingLine, ShowMore } from '../ui/layout/states';
import { arenaFor, useDefaultArenaSlug, useSession } from '../ui/session';
import { MEETINGS_PATH } from './MeetingsPage';
import { ProtocolArchiveQuery } from './operations';

export const PROTOCOL_ARCHIVE_PATH = `${MEETINGS_PATH}/protokoll`;

type Archived = ArchiveResult['protocolArchive']['edges'][number]['node'];

const yearOf = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(new Date(iso));

/**
 * /moten/protokoll — the arena's approved protocols by year, latest first, each a PDF. The arena's
 * people see all of them; visitors the ones staff published to the public.
 */
export function ProtocolArchivePage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const [params] = useSearchParams();
  const defaultArena = useDefaultArenaSlug();
  const access = defaultArena.known ? arenaFor(me, 'readMembersAudience', params.get('arena'), defaultArena.slug) : undefined;
  const list = usePaged(ProtocolArchiveQuery, { arenaId: access?.arena.id ?? null, first: 25 }, (r) => r.protocolArchive, {
    skip: !defaultArena.known,
  });
  const locale = i18n.language === 'en' ? 'en-GB' : 'sv-SE';
  const day = (iso: string) => new Date(iso).toLocaleDateString(locale, { timeZone: 'Europe/Stockholm', dateStyle: 'long' });
  const years = new Map<string, Archived[]>();
  for (const node of list.nodes) years.set(yearOf(node.startsAt), [...(years.get(yearOf(node.startsAt)) ?? []), node]);

  return (
    <PageFrame title={t('protocol.archive.title')}>
      {me && (
        <p>
          <Link to={MEETINGS_PATH}>← {t('meetings.backToList')}</Link>
        </p>
      )}
      <section className="page__card protocol-archive" aria-labelledby="archive-title">
        <h1 id="archive-title">{t('protocol.archive.title')}</h1>
        {list.error && !list.loaded ? (
          <LoadError onRetry={() => void list.refetch()} />
        ) : !list.loaded ? (
          <LoadingLine />
        ) : list.nodes.length === 0 ? (
          <p className="muted" role="status">
            {t('protocol.archive.empty')}
          </p>
        ) : (
          <>
            <p className="muted" role="status">
              {t('protocol.archive.count', { count: list.totalCount })}
            </p>
            {[...years].map(([year, protocols]) => (
              <section key={year} aria-labelledby={`archive-${year}`}>
                <h2 id={`archive-${year}`}>{year}</h2>
                <ul className="meetings__list">
                  {protocols.map((p) => (
                    <li key={p.meetingId} className="meetings__item">
                      {me ? (
                        <Link to={`${MEETINGS_PATH}/${p.meetingId}`} className="meetings__title">
                          {p.title}
                        </Link>
                      ) : (
                        <span className="meetings__title">{p.title}</span>
                      )}{' '}
                      <a className="button button--small" href={p.pdfUrl} download>
                        {t('protocol.archive.download')}
                      </a>
                      <p className="muted">
                        {day(p.startsAt)}
                        {p.place && ` · ${p.place}`} · {t('protocol.archive.approvedOn', { when: day(p.approvedAt) })}
                        {p.public && ` · ${t('protocol.archive.public')}`}
                      </p>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
            <ShowMore hasMore={list.hasMore} loading={list.loadingMore} onMore={() => void list.loadMore()} />
          </>
        )}
      </section>
    </PageFrame>
  );
}
