import {
  type FieldError,
  ORGANIZATION_KINDS,
  type OrganizationInput,
  organizationInputSchema,
  validate,
  type Validated,
} from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorSummary } from '../ui/forms/ErrorSummary';
import { errorAt, errorsOutside, prefixErrors } from '../ui/forms/fieldErrors';
import { SelectField, TextField } from '../ui/forms/fields';
import { FormActions } from '../ui/forms/FormActions';
import { useCheckedSubmit } from '../ui/forms/useCheckedSubmit';

export interface OrganizationDraft {
  name: string;
  kind: string;
  orgNumber: string;
  sector: string;
  employees: string;
  municipality: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export const EMPTY_ORGANIZATION: OrganizationDraft = {
  name: '',
  kind: '',
  orgNumber: '',
  sector: '',
  employees: '',
  municipality: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
};

type OrganizationValues = { [K in keyof OrganizationDraft]?: string | number | null };

/** A directory organization as the form's draft. */
export function organizationDraft(org: OrganizationValues): OrganizationDraft {
  const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    name: text(org.name),
    kind: text(org.kind),
    orgNumber: text(org.orgNumber),
    sector: text(org.sector),
    employees: text(org.employees),
    municipality: text(org.municipality),
    contactName: text(org.contactName),
    contactEmail: text(org.contactEmail),
    contactPhone: text(org.contactPhone),
  };
}

/** The draft checked by the shared organizationInputSchema; errors at the server's paths ("input.orgNumber"). */
export function validateOrganization(draft: OrganizationDraft): Validated<OrganizationInput> {
  const blankToNull = (v: string) => (v.trim() === '' ? null : v);
  const extra: FieldError[] = [];
  let employees: number | null = null;
  const employeesText = draft.employees.trim().replace(/\s/g, '');
  if (employeesText) {
    const n = Number(employeesText.replace(',', '.'));
    if (Number.isNaN(n)) extra.push({ field: 'employees', code: 'notInteger' });
    else employees = n;
  }
  const checked = validate(organizationInputSchema, {
    name: draft.name,
    kind: draft.kind || undefined,
    orgNumber: blankToNull(draft.orgNumber),
    sector: blankToNull(draft.sector),
    employees,
    municipality: blankToNull(draft.municipality),
    contactName: blankToNull(draft.contactName),
    contactEmail: blankToNull(draft.contactEmail),
    contactPhone: blankToNull(draft.contactPhone),
  });
  let errors = checked.ok ? [] : checked.errors;
  if (!draft.name.trim()) errors = [...errors.filter((e) => e.field !== 'name'), { field: 'name', code: 'required' }];
  if (!draft.kind) errors = [...errors.filter((e) => e.field !== 'kind'), { field: 'kind', code: 'required' }];
  errors = [...errors.filter((e) => !extra.some((x) => x.field === e.field)), ...extra];
  if (errors.length > 0) return { ok: false, errors: prefixErrors(errors, 'input') };
  return checked.ok ? checked : { ok: false, errors: [] };
}

export interface OrganizationFormProps {
  /** Prefilled for a change of an existing organization. */
  initial?: OrganizationDraft;
  editing?: boolean;
  /** Rejects with a CombinedError: its field errors ("input.orgNumber") show beside the fields. */
  onSubmit: (input: OrganizationInput) => Promise<unknown>;
  onCancel: () => void;
}

const FIELDS = [
  'input.name',
  'input.kind',
  'input.orgNumber',
  'input.sector',
  'input.employees',
  'input.municipality',
  'input.contactName',
  'input.contactEmail',
  'input.contactPhone',
];

/** Staff: a new organization of the arena's directory, or a change of one. */
export function OrganizationForm({ initial, editing, onSubmit, onCancel }: OrganizationFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<OrganizationDraft>(initial ?? EMPTY_ORGANIZATION);
  const { errors, failure, submitting, summaryRef, handleSubmit } = useCheckedSubmit(
    () => validateOrganization(draft),
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    ({ idempotencyKey, ...input }) => onSubmit(input),
  );
  const set = (key: keyof OrganizationDraft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const text = (
    key: keyof OrganizationDraft,
    options: { optional?: boolean; type?: 'text' | 'email'; numeric?: boolean; hint?: string; autoComplete?: string } = {},
  ) => (
    <TextField
      name={key}
      label={t(`organizationForm.${key}`)}
      value={draft[key]}
      onChange={set(key)}
      error={errorAt(errors, `input.${key}`)}
      optional={options.optional}
      type={options.type}
      numeric={options.numeric}
      hint={options.hint}
      autoComplete={options.autoComplete}
    />
  );
  const title = editing ? t('organizationForm.editTitle') : t('organizationForm.newTitle');
  return (
    <form className="organization-form" noValidate onSubmit={handleSubmit} aria-label={title}>
      <h3>{title}</h3>
      <ErrorSummary
        ref={summaryRef}
        visible={errors.length > 0 || Boolean(failure)}
        unplaced={errorsOutside(errors, FIELDS)}
        message={failure}
      />
      {text('name')}
      <SelectField
        name="kind"
        label={t('organizationForm.kind')}
        placeholder={t('organizationForm.chooseKind')}
        value={draft.kind}
        onChange={set('kind')}
        options={ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`organizationKinds.${kind}`) }))}
        error={errorAt(errors, 'input.kind')}
      />
      {text('orgNumber', { optional: true, hint: t('organizationForm.orgNumberHint') })}
      {text('sector', { optional: true })}
      {text('employees', { optional: true, numeric: true })}
      {text('municipality', { optional: true })}
      {text('contactName', { optional: true })}
      {text('contactEmail', { optional: true, type: 'email' })}
      {text('contactPhone', { optional: true })}
      <FormActions
        submitLabel={editing ? t('organizationForm.save') : t('organizationForm.create')}
        submitting={submitting}
        onCancel={onCancel}
      />
    </form>
  );
}
