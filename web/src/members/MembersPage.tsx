import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { can, rolesGrantableBy, type ArenaRole } from '@flaskhals/shared';
import { signInPath, useSession } from '../account/session';
import { PageFrame } from '../ui/layout/PageFrame';
import { ArenaChoice, arenaFor, useDefaultArenaSlug } from './arenaChoice';
import { InvitationsSection } from './InvitationsSection';
import { ArenaPeopleQuery, OrganizationsQuery } from './operations';
import { LoadError, LoadingLine, ShowMore } from './states';
import { usePaged } from './usePaged';
import '../account/account.css';
import './members.css';

export const MEMBERS_PATH = '/medlemmar';

/** /medlemmar: the arena's member directory; staff also invite people. */
export function MembersPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const [params] = useSearchParams();
  const defaultArena = useDefaultArenaSlug();
  if (!me) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  if (!defaultArena.known) {
    return (
      <PageFrame title={t('members.title')}>
        <LoadingLine />
      </PageFrame>
    );
  }
  const access = arenaFor(me, 'readMemberDirectory', params.get('arena'), defaultArena.slug);
  if (!access) {
    return (
      <PageFrame title={t('members.title')}>
        <p className="notice notice--warning" role="alert">
          {t('errors.forbidden')}
        </p>
      </PageFrame>
    );
  }
  const { arena, role } = access;
  return (
    <PageFrame title={t('members.title')}>
      <p>
        <Link to={`/?arena=${encodeURIComponent(arena.slug)}`}>← {t('profile.backToMap')}</Link>
      </p>
      <section className="page__card">
        <h1>{t('members.title')}</h1>
        <p className="muted">{arena.name}</p>
        <ArenaChoice me={me} permission="readMemberDirectory" current={arena.slug} path={MEMBERS_PATH} />
      </section>
      <OrganizationsSection key={`o-${arena.id}`} arenaId={arena.id} />
      <PeopleSection key={`p-${arena.id}`} arenaId={arena.id} />
      {can(role, 'manageMembers') && <InvitationsSection key={`i-${arena.id}`} arenaId={arena.id} grantableRoles={rolesGrantableBy(role) as ArenaRole[]} />}
    </PageFrame>
  );
}

function SearchBox({ label, onSearch }: { label: string; onSearch: (text: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <form
      className="directory-search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(text.trim());
      }}
    >
      <label className="field__label" htmlFor={`search-${label}`}>
        {label}
      </label>
      <div className="directory-search__row">
        <input id={`search-${label}`} type="search" value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="button">
          {t('members.search')}
        </button>
      </div>
    </form>
  );
}

function OrganizationsSection({ arenaId }: { arenaId: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const list = usePaged(OrganizationsQuery, { arenaId, search: search || null, first: 20 }, (r) => r.organizations);
  return (
    <section className="page__card" aria-labelledby="orgs-title">
      <h2 id="orgs-title">{t('members.organizations')}</h2>
      <SearchBox label={t('members.searchOrganizations')} onSearch={setSearch} />
      {list.error ? (
        <LoadError onRetry={() => void list.refetch()} />
      ) : !list.loaded ? (
        <LoadingLine />
      ) : list.nodes.length === 0 ? (
        <p className="muted">{t('members.noOrganizations')}</p>
      ) : (
        <>
          <p className="muted small" role="status">
            {t('members.count', { count: list.totalCount })}
          </p>
          <ul className="directory-list">
            {list.nodes.map((org) => (
              <li key={org.id} className="directory-item">
                <strong>{org.name}</strong> <span className="badge">{t(`organizationKinds.${org.kind}`)}</span>
                <div className="muted small">
                  {[org.municipality, org.orgNumber && `${t('members.orgNumber')} ${org.orgNumber}`, org.sector].filter(Boolean).join(' · ')}
                </div>
                {(org.contactName || org.contactEmail || org.contactPhone) && (
                  <div className="small">
                    {t('members.contact')}: {[org.contactName, org.contactEmail, org.contactPhone].filter(Boolean).join(', ')}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {list.moreError && <p className="field__error" role="alert">{t('app.loadError')}</p>}
      <ShowMore hasMore={list.hasMore} loading={list.loadingMore} onMore={() => void list.loadMore()} />
    </section>
  );
}

function PeopleSection({ arenaId }: { arenaId: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const list = usePaged(ArenaPeopleQuery, { arenaId, search: search || null, first: 20 }, (r) => r.arenaPeople);
  return (
    <section className="page__card" aria-labelledby="people-title">
      <h2 id="people-title">{t('members.people')}</h2>
      <SearchBox label={t('members.searchPeople')} onSearch={setSearch} />
      {list.error ? (
        <LoadError onRetry={() => void list.refetch()} />
      ) : !list.loaded ? (
        <LoadingLine />
      ) : list.nodes.length === 0 ? (
        <p className="muted">{t('members.noPeople')}</p>
      ) : (
        <ul className="directory-list">
          {list.nodes.map((person) => (
            <li key={person.id} className="directory-item">
              <strong>{person.name}</strong> <span className="badge">{t(`roles.${person.role}`)}</span>
              <div className="muted small">{[person.organization.name, person.email].filter(Boolean).join(' · ')}</div>
            </li>
          ))}
        </ul>
      )}
      {list.moreError && <p className="field__error" role="alert">{t('app.loadError')}</p>}
      <ShowMore hasMore={list.hasMore} loading={list.loadingMore} onMore={() => void list.loadMore()} />
    </section>
  );
}
