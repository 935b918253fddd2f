import './members.css';

import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { useQuery } from '../ui/graphql';
import { PageFrame } from '../ui/layout/PageFrame';
import { LoadError, LoadingLine } from '../ui/layout/states';
import { useSession } from '../ui/session';
import { AcceptInvitationForm } from './AcceptInvitationForm';
import { InvitationByTokenQuery } from './operations';

const STATE_MESSAGE = { EXPIRED: 'invitation.expired', REVOKED: 'invitation.revoked', ACCEPTED: 'invitation.used' } as const;

/** /inbjudan?token=…: the e-mailed invitation; accepting it creates (or joins) the account and signs in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const query = useQuery(InvitationByTokenQuery, { token }, { skip: !token });
  const preview = query.data?.invitationByToken;

  let body;
  if (!token || (query.data && !preview)) {
    body = <LinkProblem message={t('invitation.unknown')} />;
  } else if (query.error) {
    body = <LoadError onRetry={() => void query.refetch()} />;
  } else if (!preview) {
    body = <LoadingLine />;
  } else if (preview.state !== 'PENDING') {
    body = <LinkProblem message={t(STATE_MESSAGE[preview.state])} />;
  } else {
    body = (
      <>
        <dl className="profile-facts">
          <div>
            <dt>{t('invitation.arena')}</dt>
            <dd>{preview.arenaName}</dd>
          </div>
          <div>
            <dt>{t('invitation.organization')}</dt>
            <dd>{preview.organizationName}</dd>
          </div>
          <div>
            <dt>{t('invitation.role')}</dt>
            <dd>{t(`roles.${preview.role}`)}</dd>
          </div>
          <div>
            <dt>{t('invitation.email')}</dt>
            <dd>{preview.email}</dd>
          </div>
        </dl>
        <AcceptInvitationForm
          hasAccount={preview.hasAccount}
          onSubmit={async ({ name, password }) => {
            const me = await session.acceptInvitation(token, name, password);
            const arena = me.arenas.find((a) => a.arena.name === preview.arenaName)?.arena;
            void navigate(arena ? `/?arena=${encodeURIComponent(arena.slug)}` : '/', { state: { welcome: me.name } });
          }}
        />
      </>
    );
  }

  return (
    <PageFrame title={t('invitation.title')}>
      <section className="page__card" aria-labelledby="invitation-title">
        <h1 id="invitation-title">{t('invitation.title')}</h1>
        {body}
      </section>
    </PageFrame>
  );
}

function LinkProblem({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--warning" role="alert">
      <p>{message}</p>
      <p>
        <Link to="/logga-in">{t('invitation.toSignIn')}</Link>
      </p>
    </div>
  );
}
