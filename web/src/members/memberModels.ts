import {
  type ArenaRole,
  emailSchema,
  type FieldError,
  passwordSchema,
  personNameSchema,
  validate,
  type Validated,
} from '@flaskhals/shared';

export interface InviteDraft {
  organizationId: string;
  email: string;
  role: string;
}

/** An organization of the directory, an e-mail and a role the inviting user may give. */
export function validateInvite(
  draft: InviteDraft,
  grantable: readonly ArenaRole[],
): Validated<{ organizationId: string; email: string; role: ArenaRole }> {
  const errors: FieldError[] = [];
  if (!draft.organizationId) errors.push({ field: 'organizationId', code: 'required' });
  let email = draft.email.trim();
  if (!email) errors.push({ field: 'email', code: 'required' });
  else {
    const checked = validate(emailSchema, draft.email);
    if (checked.ok) email = checked.value;
    else errors.push(...checked.errors.map((e) => ({ ...e, field: 'email' })));
  }
  if (!draft.role) errors.push({ field: 'role', code: 'required' });
  else if (!grantable.includes(draft.role as ArenaRole)) errors.push({ field: 'role', code: 'roleNotGrantable' });
  return errors.length
    ? { ok: false, errors }
    : { ok: true, value: { organizationId: draft.organizationId, email, role: draft.role as ArenaRole } };
}

export interface AcceptDraft {
  name: string;
  password: string;
  repeatPassword: string;
}

/** A new account: a name and a password by the shared rules, typed twice. An existing one: its password. */
export function validateAccept(draft: AcceptDraft, hasAccount: boolean): Validated<{ name: string | null; password: string }> {
  const errors: FieldError[] = [];
  if (hasAccount) {
    if (!draft.password) errors.push({ field: 'password', code: 'required' });
    return errors.length ? { ok: false, errors } : { ok: true, value: { name: null, password: draft.password } };
  }
  let name = draft.name.trim();
  if (!name) errors.push({ field: 'name', code: 'required' });
  else {
    const checked = validate(personNameSchema, draft.name);
    if (checked.ok) name = checked.value;
    else errors.push(...checked.errors.map((e) => ({ ...e, field: 'name' })));
  }
  if (!draft.password) errors.push({ field: 'password', code: 'required' });
  else {
    const checked = validate(passwordSchema, draft.password);
    if (!checked.ok) errors.push(...checked.errors.map((e) => ({ ...e, field: 'password' })));
  }
  if (!draft.repeatPassword) errors.push({ field: 'repeatPassword', code: 'required' });
  else if (draft.repeatPassword !== draft.password) errors.push({ field: 'repeatPassword', code: 'passwordMismatch' });
  return errors.length ? { ok: false, errors } : { ok: true, value: { name, password: draft.password } };
}
