import './account.css';

import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { useMutation } from '../ui/graphql';
import { PageFrame } from '../ui/layout/PageFrame';
import { RequestPasswordResetMutation, ResetPasswordMutation } from './operations';
import { ForgotPasswordForm, ResetPasswordForm } from './PasswordResetForms';

/** /glomt-losenord: asks for a reset link by e-mail. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [requestReset] = useMutation(RequestPasswordResetMutation);
  return (
    <PageFrame title={t('passwordReset.forgotTitle')}>
      <section className="page__card">
        <ForgotPasswordForm onSubmit={(email) => requestReset({ email })} />
      </section>
    </PageFrame>
  );
}

/** /aterstall-losenord?token=…: the e-mailed link; sets a new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [resetPassword] = useMutation(ResetPasswordMutation);
  return (
    <PageFrame title={t('passwordReset.resetTitle')}>
      <section className="page__card">
        <ResetPasswordForm onSubmit={(newPassword) => resetPassword({ token, newPassword })} />
      </section>
    </PageFrame>
  );
}
