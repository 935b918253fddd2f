import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorSummary } from '../ui/forms/ErrorSummary';
import { errorAt, errorsOutside } from '../ui/forms/fieldErrors';
import { TextField } from '../ui/forms/fields';
import { useCheckedSubmit } from '../ui/forms/useCheckedSubmit';
import { type SignInDraft, validateSignIn } from './signInModel';

export interface SignInFormProps {
  /** Rejects with a CombinedError: wrong credentials beside the password, RATE_LIMITED in the summary. */
  onSubmit: (credentials: SignInDraft) => Promise<unknown>;
}

/** E-mail and password; errors in Swedish beside the fields. */
export function SignInForm({ onSubmit }: SignInFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<SignInDraft>({ email: '', password: '' });
  const { errors, failure, submitting, summaryRef, handleSubmit } = useCheckedSubmit(
    () => validateSignIn(draft),
    ({ email, password }) => onSubmit({ email, password }),
  );
  // Wrong credentials are not a mistake to correct in a field: say the sign-in failed.
  const message = failure ?? (errors.some((e) => e.code === 'wrongCredentials') ? t('signIn.failed') : undefined);
  return (
    <form className="sign-in-form" noValidate onSubmit={handleSubmit} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      <p className="muted">{t('signIn.intro')}</p>
      <ErrorSummary
        ref={summaryRef}
        visible={errors.length > 0 || Boolean(failure)}
        unplaced={errorsOutside(errors, ['email', 'password'])}
        message={message}
      />
      <TextField
        name="email"
        type="email"
        autoComplete="username"
        label={t('signIn.email')}
        value={draft.email}
        onChange={(email) => setDraft((d) => ({ ...d, email }))}
        error={errorAt(errors, 'email')}
      />
      <TextField
        name="password"
        type="password"
        autoComplete="current-password"
        label={t('signIn.password')}
        value={draft.password}
        onChange={(password) => setDraft((d) => ({ ...d, password }))}
        error={errorAt(errors, 'password')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </div>
    </form>
  );
}
