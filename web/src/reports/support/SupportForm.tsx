import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportReportInput } from '@flaskhals/shared';
import { SelectField, TextField } from '../../ui/forms/fields';
import { errorAt, errorsOutside } from '../../ui/forms/fieldErrors';
import { useCheckedSubmit } from '../../ui/forms/useCheckedSubmit';
import { ErrorSummary } from '../form/ErrorSummary';
import { ImpactFields } from '../form/ImpactFields';
import type { OrganizationOption } from '../form/ReportForm';
import { EMPTY_SUPPORT_DRAFT, validateSupportDraft, type SupportDraft } from './supportFormModel';

export interface SupportFormProps {
  reportId: string;
  reportTitle: string;
  organizations: readonly OrganizationOption[];
  onSubmit: (input: SupportReportInput) => Promise<unknown> | void;
  onCancel: () => void;
}

const PLACED_FIELDS = ['organizationId', 'comment', 'impact'];

/** "We are affected too": another organization joins a report with its own figures. */
export function SupportForm({ reportId, reportTitle, organizations, onSubmit, onCancel }: SupportFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<SupportDraft>(EMPTY_SUPPORT_DRAFT);
  const { errors, failure, submitting, summaryRef, handleSubmit } = useCheckedSubmit(() => validateSupportDraft(draft, reportId), onSubmit);

  return (
    <form className="support-form" noValidate onSubmit={handleSubmit} aria-label={t('form.supportTitle')}>
      <h4 className="support-form__title">{t('form.supportTitle')}</h4>
      <p className="support-form__intro">
        <q>{reportTitle}</q> — {t('form.supportIntro')}
      </p>
      <ErrorSummary ref={summaryRef} visible={errors.length > 0 || Boolean(failure)} unplaced={errorsOutside(errors, PLACED_FIELDS)} message={failure} />
      <SelectField
        name="organizationId"
        label={t('form.organization')}
        placeholder={t('form.chooseOrganization')}
        value={draft.organizationId}
        onChange={(v) => setDraft((d) => ({ ...d, organizationId: v }))}
        options={organizations.map((o) => ({ value: o.id, label: o.name }))}
        error={errorAt(errors, 'organizationId')}
      />
      <ImpactFields value={draft.impact} onChange={(impact) => setDraft((d) => ({ ...d, impact }))} errors={errors} />
      <TextField
        name="comment"
        optional
        multiline
        label={t('form.comment')}
        value={draft.comment}
        onChange={(v) => setDraft((d) => ({ ...d, comment: v }))}
        error={errorAt(errors, 'comment')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? t('form.submitting') : t('form.supportSubmit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
