import { emailSchema, type FieldError, passwordSchema, validate, type Validated } from '@flaskhals/shared';

export interface SignInDraft {
  email: string;
  password: string;
}

/** A filled-in e-mail that looks like one, and any password: the server says whether it is right. */
export function validateSignIn(draft: SignInDraft): Validated<SignInDraft> {
  const errors: FieldError[] = [];
  let email = draft.email.trim();
  if (!email) errors.push({ field: 'email', code: 'required' });
  else {
    const checked = validate(emailSchema, draft.email);
    if (checked.ok) email = checked.value;
    else errors.push(...checked.errors.map((e) => ({ ...e, field: 'email' })));
  }
  if (!draft.password) errors.push({ field: 'password', code: 'required' });
  return errors.length ? { ok: false, errors } : { ok: true, value: { email, password: draft.password } };
}

export interface ChangePasswordDraft {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

/** The new password by the shared rules, typed the same twice. */
export function validateChangePassword(draft: ChangePasswordDraft): Validated<{ currentPassword: string; newPassword: string }> {
  const errors: FieldError[] = [];
  if (!draft.currentPassword) errors.push({ field: 'currentPassword', code: 'required' });
  if (!draft.newPassword) errors.push({ field: 'newPassword', code: 'required' });
  else {
    const checked = validate(passwordSchema, draft.newPassword);
    if (!checked.ok) errors.push(...checked.errors.map((e) => ({ ...e, field: 'newPassword' })));
  }
  if (!draft.repeatPassword) errors.push({ field: 'repeatPassword', code: 'required' });
  else if (draft.repeatPassword !== draft.newPassword) errors.push({ field: 'repeatPassword', code: 'passwordMismatch' });
  return errors.length
    ? { ok: false, errors }
    : { ok: true, value: { currentPassword: draft.currentPassword, newPassword: draft.newPassword } };
}

/** The e-mail of the account whose password is forgotten. */
export function validateForgotPassword(draft: { email: string }): Validated<{ email: string }> {
  const email = draft.email.trim();
  if (!email) return { ok: false, errors: [{ field: 'email', code: 'required' }] };
  const checked = validate(emailSchema, draft.email);
  return checked.ok
    ? { ok: true, value: { email: checked.value } }
    : { ok: false, errors: checked.errors.map((e) => ({ ...e, field: 'email' })) };
}

export interface ResetPasswordDraft {
  newPassword: string;
  repeatPassword: string;
}

/** A new password by the shared rules, typed the same twice. */
export function validateResetPassword(draft: ResetPasswordDraft): Validated<{ newPassword: string }> {
  const errors: FieldError[] = [];
  if (!draft.newPassword) errors.push({ field: 'newPassword', code: 'required' });
  else {
    const checked = validate(passwordSchema, draft.newPassword);
    if (!checked.ok) errors.push(...checked.errors.map((e) => ({ ...e, field: 'newPassword' })));
  }
  if (!draft.repeatPassword) errors.push({ field: 'repeatPassword', code: 'required' });
  else if (draft.repeatPassword !== draft.newPassword) errors.push({ field: 'repeatPassword', code: 'passwordMismatch' });
  return errors.length ? { ok: false, errors } : { ok: true, value: { newPassword: draft.newPassword } };
}
