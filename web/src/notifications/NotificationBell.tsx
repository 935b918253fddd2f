import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useMutation, useQuery, useSubscription } from '../ui/graphql';
import { describeRequestFailure } from '../ui/graphql/errors';
import { useSession } from '../ui/session';
import { describeEvent, objectPath } from './describe';
import { MarkReadMutation, NotificationsQuery, UnreadCountQuery, UnreadCountSubscription } from './operations';

const PAGE = 20;

/**
 * The bell in the header for signed-in users: the unread count, kept live over the subscription
 * (any tab, any server instance), and a panel of the newest notifications. A disclosure like the
 * user menu: Escape closes and returns to the button.
 */
export function NotificationBell() {
  const { me } = useSession();
  if (!me) return null;
  return <Bell key={me.id} />;
}

function Bell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const counted = useQuery(UnreadCountQuery, {});
  const live = useSubscription(UnreadCountSubscription, {});
  const count = live.data?.unreadNotificationCountChanged ?? counted.data?.unreadNotificationCount ?? 0;

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div
      className="notification-bell"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        type="button"
        ref={toggle}
        className="notification-bell__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={count > 0 ? t('notifications.bellWithCount', { count }) : t('notifications.bell')}
        onClick={() => setOpen((o) => !o)}
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <path
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
            fill="currentColor"
          />
        </svg>
        {count > 0 && (
          <span className="notification-bell__count" data-testid="unread-count" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </button>
      {open && <NotificationPanel id={panelId} unread={count} onNavigate={() => setOpen(false)} />}
    </div>
  );
}

function NotificationPanel({ id, unread, onNavigate }: { id: string; unread: number; onNavigate: () => void }) {
  const { t, i18n } = useTranslation();
  const [first, setFirst] = useState(PAGE);
  const list = useQuery(NotificationsQuery, { first });
  const { refetch } = list;
  const [markRead, marking] = useMutation(MarkReadMutation);
  const [error, setError] = useState<string>();
  // A new notification while the panel is open shows at once.
  useEffect(() => void refetch(), [unread, refetch]);

  const mark = async (variables: { ids?: string[]; all?: boolean }) => {
    setError(undefined);
    try {
      await markRead(variables);
      await refetch();
    } catch (cause) {
      setError(describeRequestFailure(t, cause));
    }
  };

  const page = list.data?.myNotifications;
  const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section id={id} className="notification-panel" aria-labelledby={`${id}-title`}>
      <header className="notification-panel__head">
        <h2 id={`${id}-title`}>{t('notifications.title')}</h2>
        {unread > 0 && (
          <button type="button" className="button button--small" disabled={marking.fetching} onClick={() => void mark({ all: true })}>
            {t('notifications.markAllRead')}
          </button>
        )}
      </header>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {!page && list.loading && (
        <p className="muted" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('notifications.loading')}
        </p>
      )}
      {!page && list.error && (
        <div className="notice notice--error" role="alert">
          <p>{t('notifications.loadError')}</p>
          <button type="button" className="button" onClick={() => void refetch()}>
            {t('notifications.retry')}
          </button>
        </div>
      )}
      {page && page.edges.length === 0 && <p className="muted">{t('notifications.empty')}</p>}
      {page && page.edges.length > 0 && (
        <ul className="notification-panel__list">
          {page.edges.map(({ node }) => (
            <li key={node.id} className={`notification${node.read ? '' : ' notification--unread'}`}>
              <Link
                to={objectPath(node.object)}
                className="notification__link"
                onClick={() => {
                  if (!node.read) void mark({ ids: [node.id] });
                  onNavigate();
                }}
              >
                <span className="notification__object">{node.object.name}</span>
                <span className="notification__what">{describeEvent(t, node.event)}</span>
                <span className="notification__meta">
                  {t(`notifications.reasons.${node.reason}`)} · {time.format(new Date(node.createdAt as string))}
                  {!node.read && <span className="visually-hidden"> · {t('notifications.unread')}</span>}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {page?.pageInfo.hasNextPage && (
        <button type="button" className="button button--small" disabled={list.loading} onClick={() => setFirst((n) => n + PAGE)}>
          {t('notifications.more')}
        </button>
      )}
      <footer className="notification-panel__foot">
        <Link to="/bevakningar" onClick={onNavigate}>
          {t('notifications.areaAlerts')}
        </Link>
        <Link to="/profil#aviseringar" onClick={onNavigate}>
          {t('notifications.settings')}
        </Link>
      </footer>
    </section>
  );
}
