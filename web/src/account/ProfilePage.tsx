import './account.css';

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';

import { PersonalCalendar } from '../meetings';
import { EmailSettings } from '../notifications';
import { describeRequestFailure } from '../ui/graphql/errors';
import { PageFrame } from '../ui/layout/PageFrame';
import { PROFILE_PATH, signInPath, useSession } from '../ui/session';
import { ChangePasswordForm } from './ChangePasswordForm';

/** /profil: who I am, where I have a role, my password, and signing out everywhere. */
export function ProfilePage() {
  const { t } = useTranslation();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const { me } = session;
  // Signed out while here (the header menu, or "everywhere" below): back to the map as a visitor.
  const shownTo = useRef<string | null>(null);
  useEffect(() => {
    if (me) shownTo.current = me.id;
  }, [me]);

  if (!me) return <Navigate to={shownTo.current ? '/' : signInPath(PROFILE_PATH)} replace />;

  const signOutEverywhere = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await session.signOutEverywhere();
    } catch (cause) {
      setError(describeRequestFailure(t, cause));
      setBusy(false);
    }
  };

  return (
    <PageFrame title={t('profile.title')}>
      <p>
        <Link to="/">← {t('profile.backToMap')}</Link>
      </p>
      <section className="page__card" aria-labelledby="profile-title">
        <h1 id="profile-title">{t('profile.title')}</h1>
        <dl className="profile-facts">
          <div>
            <dt>{t('profile.name')}</dt>
            <dd>{me.name}</dd>
          </div>
          <div>
            <dt>{t('profile.email')}</dt>
            <dd>{me.email}</dd>
          </div>
          <div>
            <dt>{t('profile.organization')}</dt>
            <dd>{me.organization.name}</dd>
          </div>
        </dl>
      </section>

      <section className="page__card" aria-labelledby="profile-arenas">
        <h2 id="profile-arenas">{t('profile.arenas')}</h2>
        {me.arenas.length === 0 ? (
          <p className="muted">{t('profile.noArenas')}</p>
        ) : (
          <ul className="profile-arenas">
            {me.arenas.map(({ arena, role }) => (
              <li key={arena.id}>
                <Link to={`/?arena=${encodeURIComponent(arena.slug)}`}>{arena.name}</Link>
                <span className="badge">{t(`roles.${role}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <EmailSettings />

      <PersonalCalendar />

      <section className="page__card">
        <ChangePasswordForm onSubmit={({ currentPassword, newPassword }) => session.changePassword(currentPassword, newPassword)} />
      </section>

      <section className="page__card" aria-labelledby="profile-sessions">
        <h2 id="profile-sessions">{t('profile.sessions')}</h2>
        <p className="muted">{t('profile.signOutEverywhereHint')}</p>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button button--danger" disabled={busy} onClick={() => void signOutEverywhere()}>
            {t('profile.signOutEverywhere')}
          </button>
        </div>
      </section>
    </PageFrame>
  );
}
