import { PASSWORD_MIN_LENGTH } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorSummary } from '../ui/forms/ErrorSummary';
import { errorAt, errorsOutside } from '../ui/forms/fieldErrors';
import { TextField } from '../ui/forms/fields';
import { useCheckedSubmit } from '../ui/forms/useCheckedSubmit';
import { type AcceptDraft, validateAccept } from './memberModels';

export interface AcceptInvitationFormProps {
  /** The e-mail has an account already: only its password is asked for. */
  hasAccount: boolean;
  onSubmit: (input: { name: string | null; password: string }) => Promise<unknown>;
}

const FIELDS = ['name', 'password', 'repeatPassword'];

export function AcceptInvitationForm({ hasAccount, onSubmit }: AcceptInvitationFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AcceptDraft>({ name: '', password: '', repeatPassword: '' });
  const { errors, failure, submitting, summaryRef, handleSubmit } = useCheckedSubmit(
    () => validateAccept(draft, hasAccount),
    ({ name, password }) => onSubmit({ name, password }),
  );
  const set = (key: keyof AcceptDraft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  return (
    <form className="accept-form" noValidate onSubmit={handleSubmit} aria-label={t('invitation.formLabel')}>
      <p>{hasAccount ? t('invitation.existingIntro') : t('invitation.newIntro')}</p>
      <ErrorSummary
        ref={summaryRef}
        visible={errors.length > 0 || Boolean(failure)}
        unplaced={errorsOutside(errors, FIELDS)}
        message={failure}
      />
      {!hasAccount && (
        <TextField
          name="name"
          autoComplete="name"
          label={t('invitation.name')}
          value={draft.name}
          onChange={set('name')}
          error={errorAt(errors, 'name')}
        />
      )}
      <TextField
        name="password"
        type="password"
        autoComplete={hasAccount ? 'current-password' : 'new-password'}
        label={hasAccount ? t('invitation.currentPassword') : t('invitation.password')}
        hint={hasAccount ? undefined : t('profile.newPasswordHint', { min: PASSWORD_MIN_LENGTH })}
        value={draft.password}
        onChange={set('password')}
        error={errorAt(errors, 'password')}
      />
      {!hasAccount && (
        <TextField
          name="repeatPassword"
          type="password"
          autoComplete="new-password"
          label={t('invitation.repeatPassword')}
          value={draft.repeatPassword}
          onChange={set('repeatPassword')}
          error={errorAt(errors, 'repeatPassword')}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? t('form.submitting') : t('invitation.submit')}
        </button>
      </div>
    </form>
  );
}
