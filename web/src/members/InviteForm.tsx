import type { ArenaRole } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorSummary } from '../ui/forms/ErrorSummary';
import { errorAt, errorsOutside } from '../ui/forms/fieldErrors';
import { SelectField, TextField } from '../ui/forms/fields';
import { FormActions } from '../ui/forms/FormActions';
import { useCheckedSubmit } from '../ui/forms/useCheckedSubmit';
import { type InviteDraft, validateInvite } from './memberModels';

export interface InviteFormProps {
  organizations: readonly { id: string; name: string }[];
  /** The roles the inviting user may give (rolesGrantableBy). */
  grantableRoles: readonly ArenaRole[];
  /** Rejects with a CombinedError: the server's field errors show beside the fields. */
  onSubmit: (input: { organizationId: string; email: string; role: ArenaRole }) => Promise<unknown>;
}

const EMPTY: InviteDraft = { organizationId: '', email: '', role: '' };
const FIELDS = ['organizationId', 'email', 'role'];

/** Invite a person by e-mail to a member organization and a role; the link is e-mailed. */
export function InviteForm({ organizations, grantableRoles, onSubmit }: InviteFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<InviteDraft>(EMPTY);
  const [sentTo, setSentTo] = useState<string>();
  const { errors, failure, submitting, summaryRef, handleSubmit } = useCheckedSubmit(
    () => validateInvite(draft, grantableRoles),
    async ({ organizationId, email, role }) => {
      await onSubmit({ organizationId, email, role });
      setDraft((d) => ({ ...d, email: '' }));
      setSentTo(email);
    },
  );
  const set = (key: keyof InviteDraft) => (value: string) => {
    setSentTo(undefined);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  return (
    <form className="invite-form" noValidate onSubmit={handleSubmit} aria-labelledby="invite-title">
      <h2 id="invite-title">{t('members.inviteTitle')}</h2>
      <p className="muted">{t('members.inviteIntro')}</p>
      <ErrorSummary
        ref={summaryRef}
        visible={errors.length > 0 || Boolean(failure)}
        unplaced={errorsOutside(errors, FIELDS)}
        message={failure}
      />
      {sentTo && (
        <p className="notice notice--success" role="status">
          {t('members.invited', { email: sentTo })}
        </p>
      )}
      <SelectField
        name="organizationId"
        label={t('members.organization')}
        placeholder={t('members.chooseOrganization')}
        value={draft.organizationId}
        onChange={set('organizationId')}
        options={organizations.map((o) => ({ value: o.id, label: o.name }))}
        error={errorAt(errors, 'organizationId')}
      />
      <TextField
        name="email"
        type="email"
        label={t('members.email')}
        value={draft.email}
        onChange={set('email')}
        error={errorAt(errors, 'email')}
      />
      <SelectField
        name="role"
        label={t('members.role')}
        placeholder={t('members.chooseRole')}
        value={draft.role}
        onChange={set('role')}
        options={grantableRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        error={errorAt(errors, 'role')}
      />
      <FormActions submitLabel={t('members.inviteSubmit')} submitting={submitting} />
    </form>
  );
}
