import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorSummary } from '../ui/forms/ErrorSummary';
import { errorAt, errorsOutside } from '../ui/forms/fieldErrors';
import { TextField } from '../ui/forms/fields';
import { useCheckedSubmit } from '../ui/forms/useCheckedSubmit';
import { SIGN_IN_PATH } from '../ui/session';
import { NewPasswordFields } from './NewPasswordFields';
import { type ResetPasswordDraft, validateForgotPassword, validateResetPassword } from './signInModel';

/** The e-mail of a forgotten password; the answer is the same whether or not it has an account. */
export function ForgotPasswordForm({ onSubmit }: { onSubmit: (email: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const { errors, failure, submitting, summaryRef, handleSubmit } = useCheckedSubmit(
    () => validateForgotPassword({ email }),
    async (input) => {
      await onSubmit(input.email);
      setSent(true);
    },
  );
  if (sent) {
    return (
      <div>
        <h1>{t('passwordReset.forgotTitle')}</h1>
        <p className="notice notice--success" role="status">
          {t('passwordReset.sent')}
        </p>
        <p>
          <Link to={SIGN_IN_PATH}>{t('passwordReset.toSignIn')}</Link>
        </p>
      </div>
    );
  }
  return (
    <form noValidate onSubmit={handleSubmit} aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t('passwordReset.forgotTitle')}</h1>
      <p className="muted">{t('passwordReset.forgotIntro')}</p>
      <ErrorSummary
        ref={summaryRef}
        visible={errors.length > 0 || Boolean(failure)}
        unplaced={errorsOutside(errors, ['email'])}
        message={failure}
      />
      <TextField
        name="email"
        type="email"
        autoComplete="username"
        label={t('signIn.email')}
        value={email}
        onChange={setEmail}
        error={errorAt(errors, 'email')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? t('form.submitting') : t('passwordReset.send')}
        </button>
      </div>
    </form>
  );
}

const TOKEN_MESSAGE: Record<string, string> = {
  expired: 'passwordReset.expired',
  alreadyAccepted: 'passwordReset.used',
  notFound: 'passwordReset.unknown',
};

/** A new password, twice; a bad link (expired, used, unknown) is said in plain words. */
export function ResetPasswordForm({ onSubmit }: { onSubmit: (newPassword: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ResetPasswordDraft>({ newPassword: '', repeatPassword: '' });
  const [done, setDone] = useState(false);
  const { errors, failure, submitting, summaryRef, handleSubmit } = useCheckedSubmit(
    () => validateResetPassword(draft),
    async ({ newPassword }) => {
      await onSubmit(newPassword);
      setDone(true);
    },
  );
  const tokenError = errors.find((e) => e.field === 'token');
  if (done) {
    return (
      <div>
        <h1>{t('passwordReset.resetTitle')}</h1>
        <p className="notice notice--success" role="status">
          {t('passwordReset.done')}
        </p>
        <p>
          <Link to={SIGN_IN_PATH}>{t('passwordReset.toSignIn')}</Link>
        </p>
      </div>
    );
  }
  const message = failure ?? (tokenError ? t(TOKEN_MESSAGE[tokenError.code] ?? 'passwordReset.unknown') : undefined);
  const set = (key: keyof ResetPasswordDraft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  return (
    <form noValidate onSubmit={handleSubmit} aria-labelledby="reset-title">
      <h1 id="reset-title">{t('passwordReset.resetTitle')}</h1>
      <ErrorSummary
        ref={summaryRef}
        visible={errors.length > 0 || Boolean(failure)}
        unplaced={errorsOutside(errors, ['newPassword', 'repeatPassword', 'token'])}
        message={message}
      />
      {tokenError && (
        <p>
          <Link to="/glomt-losenord">{t('passwordReset.askAgain')}</Link>
        </p>
      )}
      <NewPasswordFields
        newPassword={draft.newPassword}
        repeatPassword={draft.repeatPassword}
        onChange={(field, value) => set(field)(value)}
        errors={errors}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? t('form.submitting') : t('passwordReset.save')}
        </button>
      </div>
    </form>
  );
}
