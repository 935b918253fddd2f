import './members.css';

import { ARENA_ROLES, type ArenaRole, can, type OrganizationInput, rolesGrantableBy } from '@flaskhals/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';

import { describeRequestFailure, useMutation, usePaged } from '../ui/graphql';
import { PageFrame } from '../ui/layout/PageFrame';
import { LoadError, LoadingLine, ShowMore } from '../ui/layout/states';
import { ArenaChoice, arenaFor, signInPath, useDefaultArenaSlug, useSession } from '../ui/session';
import { InvitationsSection } from './InvitationsSection';
import {
  ArenaPeopleQuery,
  CreateOrganizationMutation,
  OrganizationsQuery,
  SetUserRoleMutation,
  UpdateOrganizationMutation,
} from './operations';
import { organizationDraft, OrganizationForm } from './OrganizationForm';

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
      <OrganizationsSection key={`o-${arena.id}`} arenaId={arena.id} canManage={can(role, 'manageMembers')} />
      <PeopleSection key={`p-${arena.id}`} arenaId={arena.id} myUserId={me.id} canManageRoles={can(role, 'manageRoles')} />
      {can(role, 'manageMembers') && (
        <InvitationsSection key={`i-${arena.id}`} arenaId={arena.id} grantableRoles={rolesGrantableBy(role) as ArenaRole[]} />
      )}
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

function OrganizationsSection({ arenaId, canManage }: { arenaId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  /** 'new', an organization's id being changed, or nothing. */
  const [editing, setEditing] = useState<string>();
  const list = usePaged(OrganizationsQuery, { arenaId, search: search || null, first: 20 }, (r) => r.organizations);
  const [updateOrganization] = useMutation(UpdateOrganizationMutation);
  const [createOrganization] = useMutation(CreateOrganizationMutation);
  const save = async (input: OrganizationInput, organizationId?: string) => {
    if (organizationId) await updateOrganization({ arenaId, organizationId, input });
    else await createOrganization({ arenaId, input });
    setEditing(undefined);
    await list.refetch();
  };
  return (
    <section className="page__card" aria-labelledby="orgs-title">
      <h2 id="orgs-title">{t('members.organizations')}</h2>
      {canManage &&
        (editing === 'new' ? (
          <OrganizationForm onSubmit={(input) => save(input)} onCancel={() => setEditing(undefined)} />
        ) : (
          <p>
            <button type="button" className="button" onClick={() => setEditing('new')}>
              {t('organizationForm.newButton')}
            </button>
          </p>
        ))}
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
                {canManage && editing !== org.id && (
                  <button
                    type="button"
                    className="button directory-item__action"
                    aria-label={`${t('organizationForm.edit')}: ${org.name}`}
                    onClick={() => setEditing(org.id)}
                  >
                    {t('organizationForm.edit')}
                  </button>
                )}
                <strong>{org.name}</strong> <span className="badge">{t(`organizationKinds.${org.kind}`)}</span>
                <div className="muted small">
                  {[org.municipality, org.orgNumber && `${t('members.orgNumber')} ${org.orgNumber}`, org.sector]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
                {(org.contactName || org.contactEmail || org.contactPhone) && (
                  <div className="small">
                    {t('members.contact')}: {[org.contactName, org.contactEmail, org.contactPhone].filter(Boolean).join(', ')}
                  </div>
                )}
                {editing === org.id && (
                  <OrganizationForm
                    editing
                    initial={organizationDraft(org)}
                    onSubmit={(input) => save(input, org.id)}
                    onCancel={() => setEditing(undefined)}
                  />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {list.moreError && (
        <p className="field__error" role="alert">
          {t('app.loadError')}
        </p>
      )}
      <ShowMore hasMore={list.hasMore} loading={list.loadingMore} onMore={() => void list.loadMore()} />
    </section>
  );
}

export function PeopleSection({ arenaId, myUserId, canManageRoles }: { arenaId: string; myUserId: string; canManageRoles: boolean }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [busy, setBusy] = useState<string>();
  const [roleError, setRoleError] = useState<{ userId: string; message: string }>();
  const list = usePaged(ArenaPeopleQuery, { arenaId, search: search || null, first: 20 }, (r) => r.arenaPeople);
  const [setUserRole] = useMutation(SetUserRoleMutation);
  // A role change is asked first (naming the person and the new role) and can be undone from the message that follows.
  const [pending, setPending] = useState<RoleChange>();
  const [changed, setChanged] = useState<RoleChange>();
  const roleName = (role: string) => (role ? t(`roles.${role}`) : t('members.noRole'));
  const applyRole = async (change: RoleChange, undo = false) => {
    const role = undo ? change.from : change.to;
    setBusy(change.userId);
    setRoleError(undefined);
    try {
      await setUserRole({ arenaId, userId: change.userId, role: role ? (role as ArenaRole) : null });
      setPending(undefined);
      setChanged(undo ? undefined : change);
      void list.refetch();
    } catch (cause) {
      setRoleError({ userId: change.userId, message: describeRequestFailure(t, cause) });
    } finally {
      setBusy(undefined);
    }
  };
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
              {canManageRoles && person.id !== myUserId && (
                <div className="role-select">
                  <label className="field__label" htmlFor={`role-${person.id}`}>
                    {t('members.roleFor', { name: person.name })}
                  </label>
                  <select
                    id={`role-${person.id}`}
                    value={pending?.userId === person.id ? pending.to : person.role}
                    disabled={busy === person.id}
                    aria-invalid={roleError?.userId === person.id || undefined}
                    aria-describedby={roleError?.userId === person.id ? `role-${person.id}-error` : undefined}
                    onChange={(e) => {
                      setChanged(undefined);
                      setRoleError(undefined);
                      if (e.target.value !== person.role)
                        setPending({ userId: person.id, name: person.name, from: person.role, to: e.target.value });
                      else setPending(undefined);
                    }}
                  >
                    {ARENA_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {t(`roles.${r}`)}
                      </option>
                    ))}
                    <option value="">{t('members.noRole')}</option>
                  </select>
                  {pending?.userId === person.id && (
                    <ConfirmRoleChange
                      question={t('members.confirmRole', { name: person.name, from: roleName(pending.from), to: roleName(pending.to) })}
                      busy={busy === person.id}
                      onConfirm={() => void applyRole(pending)}
                      onCancel={() => setPending(undefined)}
                    />
                  )}
                  {changed?.userId === person.id && (
                    <div className="notice notice--success role-changed" role="status">
                      <span>{t('members.roleChanged', { name: changed.name, role: roleName(changed.to) })}</span>
                      <button
                        type="button"
                        className="button button--small"
                        disabled={busy === person.id}
                        onClick={() => void applyRole(changed, true)}
                      >
                        {t('members.undoRole', { role: roleName(changed.from) })}
                      </button>
                    </div>
                  )}
                  {roleError?.userId === person.id && (
                    <p className="field__error" id={`role-${person.id}-error`} role="alert">
                      {roleError.message}
                    </p>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {list.moreError && (
        <p className="field__error" role="alert">
          {t('app.loadError')}
        </p>
      )}
      <ShowMore hasMore={list.hasMore} loading={list.loadingMore} onMore={() => void list.loadMore()} />
    </section>
  );
}

interface RoleChange {
  userId: string;
  name: string;
  from: string;
  to: string;
}

/** "Ändra Annas roll från Medlem till Administratör?" with the confirm button focused. */
function ConfirmRoleChange({
  question,
  busy,
  onConfirm,
  onCancel,
}: {
  question: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div className="notice notice--warning role-confirm" role="alertdialog" aria-label={question}>
      <p>{question}</p>
      <div className="form-actions">
        <button type="button" ref={confirm} className="button button--primary button--small" disabled={busy} onClick={onConfirm}>
          {t('members.confirmRoleButton')}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </div>
  );
}
