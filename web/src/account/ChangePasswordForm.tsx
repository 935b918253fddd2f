import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorSummary } from '../ui/forms/ErrorSummary';
import { errorAt, errorsOutside } from '../ui/forms/fieldErrors';
import { TextField } from '../ui/forms/fields';
import { FormActions } from '../ui/forms/FormActions';
import { useCheckedSubmit } from '../ui/forms/useCheckedSubmit';
import { NewPasswordFields } from './NewPasswordFields';
import { type ChangePasswordDraft, validateChangePassword } from './signInModel';

export interface ChangePasswordFormProps {
  /** Rejects with a CombinedError: a wrong current password comes back as a field error. */
  onSubmit: (input: { currentPassword: string; newPassword: string }) => Promise<unknown>;
}

const EMPTY: ChangePasswordDraft = { currentPassword: '', newPassword: '', repeatPassword: '' };
const FIELDS = ['currentPassword', 'newPassword', 'repeatPassword'];

/** Current password, the new one twice; the other sessions end when it is changed. */
export function ChangePasswordForm({ onSubmit }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ChangePasswordDraft>(EMPTY);
  const [changed, setChanged] = useState(false);
  const { errors, failure, submitting, summaryRef, handleSubmit } = useCheckedSubmit(
    () => validateChangePassword(draft),
    async ({ currentPassword, newPassword }) => {
      await onSubmit({ currentPassword, newPassword });
      setDraft(EMPTY);
      setChanged(true);
    },
  );
  // The server's "wrong credentials" at the current password means that password, not an e-mail.
  const shown = errors.map((e) =>
    e.field === 'currentPassword' && e.code === 'wrongCredentials' ? { ...e, code: 'wrongCurrentPassword' } : e,
  );
  const set = (key: keyof ChangePasswordDraft) => (value: string) => {
    setChanged(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  return (
    <form className="change-password-form" noValidate onSubmit={handleSubmit} aria-labelledby="change-password-title">
      <h2 id="change-password-title">{t('profile.changePassword')}</h2>
      <ErrorSummary
        ref={summaryRef}
        visible={shown.length > 0 || Boolean(failure)}
        unplaced={errorsOutside(shown, FIELDS)}
        message={failure}
      />
      {changed && (
        <p className="notice notice--success" role="status">
          {t('profile.passwordChanged')}
        </p>
      )}
      <TextField
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        label={t('profile.currentPassword')}
        value={draft.currentPassword}
        onChange={set('currentPassword')}
        error={errorAt(shown, 'currentPassword')}
      />
      <NewPasswordFields
        newPassword={draft.newPassword}
        repeatPassword={draft.repeatPassword}
        onChange={(field, value) => set(field)(value)}
        errors={shown}
      />
      <FormActions submitLabel={t('profile.changePasswordSubmit')} submitting={submitting} />
    </form>
  );
}
