import './admin.css';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';

import type { AuditLogQuery as AuditLogQueryResult } from '../gql/graphql';
import { describeEvent } from '../history';
import { usePaged } from '../ui/graphql';
import { PageFrame } from '../ui/layout/PageFrame';
import { LoadError, LoadingLine, ShowMore } from '../ui/layout/states';
import { ArenaChoice, arenaFor, ArenaPageFrame, signInPath, useDefaultArenaSlug, useSession } from '../ui/session';
import { asHistoryEvent, changedKeys, showValue } from './auditDiff';
import { AuditLogQuery, EmailOutboxQuery } from './operations';

const ENTITIES = ['report', 'support', 'object', 'organization', 'invitation', 'role'];
const ACTIONS = ['create', 'update', 'withdraw', 'status', 'restore', 'revoke', 'accept'];

function useDate() {
  const { i18n } = useTranslation();
  return new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'short', timeStyle: 'medium' });
}

/** /logg (staff): who did what, newest first, with what changed. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const [params] = useSearchParams();
  const [entity, setEntity] = useState('');
  const [action, setAction] = useState('');
  const defaultArena = useDefaultArenaSlug();
  const access = defaultArena.known ? arenaFor(me, 'readAuditLog', params.get('arena'), defaultArena.slug) : undefined;
  const arenaId = access?.arena.id ?? '';
  const filter = entity || action ? { entity: entity || null, action: action || null } : null;
  const list = usePaged(AuditLogQuery, { arenaId, filter, first: 30 }, (r) => r.auditLog, { skip: !access });
  const date = useDate();
  if (!me) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return (
    <ArenaPageFrame
      title={t('audit.title')}
      titleId="audit-title"
      me={me}
      permission="readAuditLog"
      path={'/logg'}
      known={defaultArena.known}
      access={access}
    >
      {(access) => (
        <>
          <div className="audit-filters">
            <FilterSelect label={t('audit.entity')} value={entity} onChange={setEntity} values={ENTITIES} labelKey="audit.entities" />
            <FilterSelect label={t('audit.action')} value={action} onChange={setAction} values={ACTIONS} labelKey="audit.actions" />
          </div>
          {list.error ? (
            <LoadError onRetry={() => void list.refetch()} />
          ) : !list.loaded ? (
            <LoadingLine />
          ) : list.nodes.length === 0 ? (
            <p className="muted">{t('audit.empty')}</p>
          ) : (
            <ul className="directory-list">
              {list.nodes.map((entry) => (
                <li key={entry.id} className="directory-item">
                  <div>
                    <time dateTime={entry.at}>{date.format(new Date(entry.at))}</time> ·{' '}
                    <strong>{entry.userLabel ?? t('audit.system')}</strong>
                  </div>
                  <AuditWhat entry={entry} arenaSlug={access.arena.slug} />
                </li>
              ))}
            </ul>
          )}
          <ShowMore hasMore={list.hasMore} loading={list.loadingMore} onMore={() => void list.loadMore()} />
        </>
      )}
    </ArenaPageFrame>
  );
}

type AuditEntryNode = NonNullable<AuditLogQueryResult['auditLog']['edges'][number]['node']>;

/** What an entry changed, in the words of the object's history where it has them, with the object by name. */
function AuditWhat({ entry, arenaSlug }: { entry: AuditEntryNode; arenaSlug: string }) {
  const { t } = useTranslation();
  const event = asHistoryEvent(entry);
  const words = event ? describeEvent(event, t) : null;
  return (
    <>
      <div>
        {words
          ? words.what
          : `${t(`audit.entities.${entry.entity}`, { defaultValue: entry.entity })}: ${t(`audit.actions.${entry.action}`, { defaultValue: entry.action })}`}
        {entry.objectId && (
          <>
            {' · '}
            <Link to={`/?arena=${encodeURIComponent(arenaSlug)}&object=${entry.objectId}`}>{entry.objectName ?? t('audit.object')}</Link>
          </>
        )}
        {words?.note && <span className="muted">: {words.note}</span>}
      </div>
      {!event && (
        <ul className="audit-diff">
          {changedKeys(entry.before, entry.after).map((key) => (
            <li key={key}>
              {key}: {showValue(entry.before, key)} → {showValue(entry.after, key)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** /utkorg (admins): the arena's e-mails and how sending them went. */
export function OutboxPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const [params] = useSearchParams();
  const defaultArena = useDefaultArenaSlug();
  const access = defaultArena.known ? arenaFor(me, 'manageRoles', params.get('arena'), defaultArena.slug) : undefined;
  const list = usePaged(EmailOutboxQuery, { arenaId: access?.arena.id ?? '', first: 30 }, (r) => r.emailOutbox, { skip: !access });
  const date = useDate();
  if (!me) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return (
    <PageFrame title={t('outbox.title')}>
      <p>
        <Link to="/">← {t('profile.backToMap')}</Link>
      </p>
      <section className="page__card" aria-labelledby="outbox-title">
        <h1 id="outbox-title">{t('outbox.title')}</h1>
        {access && <ArenaChoice me={me} permission="manageRoles" current={access.arena.slug} path="/utkorg" />}
        {!defaultArena.known ? (
          <LoadingLine />
        ) : !access ? (
          <p className="notice notice--warning" role="alert">
            {t('errors.forbidden')}
          </p>
        ) : list.error ? (
          <LoadError onRetry={() => void list.refetch()} />
        ) : !list.loaded ? (
          <LoadingLine />
        ) : list.nodes.length === 0 ? (
          <p className="muted">{t('outbox.empty')}</p>
        ) : (
          <ul className="directory-list">
            {list.nodes.map((m) => (
              <li key={m.id} className="directory-item">
                <div>
                  <strong>{m.subject}</strong> <span className="badge">{t(`outbox.statuses.${m.status}`)}</span>
                </div>
                <div className="muted small">
                  {t('outbox.to')}: {m.to} · {date.format(new Date(m.createdAt))} · {t('outbox.attempts', { count: m.attempts })}
                </div>
                {m.lastError && (
                  <div className="small">
                    {t('outbox.lastError')}: {m.lastError}
                  </div>
                )}
                <details>
                  <summary>{t('outbox.showText')}</summary>
                  <p className="outbox-text">{m.text}</p>
                </details>
              </li>
            ))}
          </ul>
        )}
        <ShowMore hasMore={list.hasMore} loading={list.loadingMore} onMore={() => void list.loadMore()} />
      </section>
    </PageFrame>
  );
}

/** One filter of the audit log: "all" or one value, labelled from i18n (the raw value when unknown). */
function FilterSelect({
  label,
  value,
  onChange,
  values,
  labelKey,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  values: readonly string[];
  labelKey: string;
}) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('audit.all')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {t(`${labelKey}.${v}`, { defaultValue: v })}
          </option>
        ))}
      </select>
    </label>
  );
}
