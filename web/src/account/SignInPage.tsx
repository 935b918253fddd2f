import './account.css';

import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';

import { PageFrame } from '../ui/layout/PageFrame';
import { safeNext, useSession } from '../ui/session';
import { SignInForm } from './SignInForm';

/** /logga-in?next=/…: signs in, then returns to where the user came from (this app only). */
export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));

  // Signed in (now, or already): on to where the user was going.
  if (session.me) return <Navigate to={next} replace />;

  return (
    <PageFrame title={t('signIn.title')}>
      <section className="page__card">
        <SignInForm onSubmit={({ email, password }) => session.signIn(email, password)} />
      </section>
      <p className="muted small page__aside">
        <Link to="/glomt-losenord">{t('signIn.forgotPassword')}</Link>
      </p>
      <p className="muted small page__aside">
        <Link to={next}>{t('signIn.continueAsVisitor')}</Link>
      </p>
    </PageFrame>
  );
}
