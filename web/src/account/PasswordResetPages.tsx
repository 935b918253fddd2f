import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { executeOperation } from '../ui/graphql/client';
import { PageFrame } from '../ui/layout/PageFrame';
import { RequestPasswordResetMutation, ResetPasswordMutation } from './operations';
import { ForgotPasswordForm, ResetPasswordForm } from './PasswordResetForms';
import './account.css';

/** /glomt-losenord: asks for a reset link by e-mail. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  return (
    <PageFrame title={t('passwordReset.forgotTitle')}>
      <section className="page__card">
        <ForgotPasswordForm onSubmit={(email) => executeOperation(RequestPasswordResetMutation, { email })} />
      </section>
    </PageFrame>
  );
}

/** /aterstall-losenord?token=…: the e-mailed link; sets a new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  return (
    <PageFrame title={t('passwordReset.resetTitle')}>
      <section className="page__card">
        <ResetPasswordForm onSubmit={(newPassword) => executeOperation(ResetPasswordMutation, { token, newPassword })} />
      </section>
    </PageFrame>
  );
}
