import { type FieldError, PASSWORD_MIN_LENGTH } from '@flaskhals/shared';
import { useTranslation } from 'react-i18next';

import { errorAt } from '../ui/forms/fieldErrors';
import { TextField } from '../ui/forms/fields';

interface NewPasswordFieldsProps {
  newPassword: string;
  repeatPassword: string;
  onChange: (field: 'newPassword' | 'repeatPassword', value: string) => void;
  errors: readonly FieldError[];
}

/** A new password and its repetition, as changing and resetting a password both ask for them. */
export function NewPasswordFields({ newPassword, repeatPassword, onChange, errors }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label={t('profile.newPassword')}
        hint={t('profile.newPasswordHint', { min: PASSWORD_MIN_LENGTH })}
        value={newPassword}
        onChange={(value) => onChange('newPassword', value)}
        error={errorAt(errors, 'newPassword')}
      />
      <TextField
        name="repeatPassword"
        type="password"
        autoComplete="new-password"
        label={t('profile.repeatPassword')}
        value={repeatPassword}
        onChange={(value) => onChange('repeatPassword', value)}
        error={errorAt(errors, 'repeatPassword')}
      />
    </>
  );
}
