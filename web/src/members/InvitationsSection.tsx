import type { ArenaRole } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { describeRequestFailure, useMutation, usePaged, useQuery } from '../ui/graphql';
import { LoadError, LoadingLine, ShowMore } from '../ui/layout/states';
import { InviteForm } from './InviteForm';
import { InvitationsQuery, InviteMemberMutation, OrganizationsQuery, RevokeInvitationMutation } from './operations';

const STATE_KEY = {
  PENDING: 'members.statePending',
  ACCEPTED: 'members.stateAccepted',
  REVOKED: 'members.stateRevoked',
  EXPIRED: 'members.stateExpired',
} as const;

/** Staff: invite a person, and the arena's invitations, newest first, with "Återkalla" for pending ones. */
export function InvitationsSection({ arenaId, grantableRoles }: { arenaId: string; grantableRoles: ArenaRole[] }) {
  const { t, i18n } = useTranslation();
  const orgs = useQuery(OrganizationsQuery, { arenaId, search: null, first: 1000 });
  const list = usePaged(InvitationsQuery, { arenaId, first: 20 }, (r) => r.invitations);
  const [revokeInvitation] = useMutation(RevokeInvitationMutation);
  const [inviteMember] = useMutation(InviteMemberMutation);
  const [confirming, setConfirming] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'short', timeStyle: 'short' });

  const revoke = async (invitationId: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await revokeInvitation({ invitationId });
      setConfirming(undefined);
      await list.refetch();
    } catch (cause) {
      setError(describeRequestFailure(t, cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <section className="page__card">
        {orgs.error ? (
          <LoadError onRetry={() => void orgs.refetch()} />
        ) : !orgs.data ? (
          <LoadingLine />
        ) : (
          <InviteForm
            organizations={orgs.data.organizations.edges.map((e) => e.node)}
            grantableRoles={grantableRoles}
            onSubmit={async (input) => {
              await inviteMember({ input: { ...input, arenaId } });
              await list.refetch();
            }}
          />
        )}
      </section>
      <section className="page__card" aria-labelledby="invitations-title">
        <h2 id="invitations-title">{t('members.invitations')}</h2>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        {list.error ? (
          <LoadError onRetry={() => void list.refetch()} />
        ) : !list.loaded ? (
          <LoadingLine />
        ) : list.nodes.length === 0 ? (
          <p className="muted">{t('members.noInvitations')}</p>
        ) : (
          <ul className="directory-list">
            {list.nodes.map((inv) => (
              <li key={inv.id} className="directory-item invitation-item">
                <div>
                  <strong>{inv.email}</strong> <span className={`badge badge--${inv.state.toLowerCase()}`}>{t(STATE_KEY[inv.state])}</span>
                  <div className="muted small">
                    {inv.organization.name} · {t(`roles.${inv.role}`)} ·{' '}
                    {t('members.invitedAt', { date: date.format(new Date(inv.createdAt)) })}
                  </div>
                </div>
                {inv.state === 'PENDING' &&
                  (confirming === inv.id ? (
                    <div className="invitation-item__confirm" role="group" aria-label={t('members.revokeQuestion', { email: inv.email })}>
                      <span>{t('members.revokeQuestion', { email: inv.email })}</span>
                      <button type="button" className="button button--danger" disabled={busy} onClick={() => void revoke(inv.id)}>
                        {t('members.revokeConfirm')}
                      </button>
                      <button type="button" className="button" onClick={() => setConfirming(undefined)}>
                        {t('form.cancel')}
                      </button>
                    </div>
                  ) : (
                    <button
                      type="button"
                      className="button"
                      aria-label={`${t('members.revoke')}: ${inv.email}`}
                      onClick={() => setConfirming(inv.id)}
                    >
                      {t('members.revoke')}
                    </button>
                  ))}
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
    </>
  );
}
