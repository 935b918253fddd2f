import { useTranslation } from 'react-i18next';

/** Where feed readers find an arena's public changes (server: notifications/atom-feed.controller.ts). */
export function feedPath(arenaSlug: string): string {
  return `/feeds/${encodeURIComponent(arenaSlug)}/atom.xml`;
}

/** A plain link to the arena's Atom feed, for anyone, signed in or not. */
export function FeedLink({ arenaSlug }: { arenaSlug: string }) {
  const { t } = useTranslation();
  return (
    <a className="feed-link" href={feedPath(arenaSlug)} type="application/atom+xml" title={t('notifications.feedTitle')}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <circle cx="3" cy="13" r="2" fill="currentColor" />
        <path d="M1 6a9 9 0 0 1 9 9h-2.2A6.8 6.8 0 0 0 1 8.2Zm0-5a14 14 0 0 1 14 14h-2.2A11.8 11.8 0 0 0 1 3.2Z" fill="currentColor" />
      </svg>
      {t('notifications.feed')}
    </a>
  );
}
