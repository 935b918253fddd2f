import type { SupportReportInput } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { errorAt, errorsOutside } from '../../ui/forms/fieldErrors';
import { TextField } from '../../ui/forms/fields';
import { FormActions } from '../../ui/forms/FormActions';
import { useCheckedSubmit } from '../../ui/forms/useCheckedSubmit';
import { ImpactFields } from '../form/ImpactFields';
import { EMPTY_SUPPORT_DRAFT, type SupportDraft, validateSupportDraft } from './supportFormModel';

export interface SupportFormProps {
  reportId: string;
  reportTitle: string;
  /** The signed-in user's organization: the support is made for it. */
  organizationName: string;
  onSubmit: (input: SupportReportInput) => Promise<unknown> | void;
  onCancel: () => void;
}

const PLACED_FIELDS = ['comment', 'impact'];

/** "We are affected too": another organization joins a report with its own figures. */
export function SupportForm({ reportId, reportTitle, organizationName, onSubmit, onCancel }: SupportFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<SupportDraft>(EMPTY_SUPPORT_DRAFT);
  const { errors, failure, submitting, summaryRef, handleSubmit } = useCheckedSubmit(() => validateSupportDraft(draft, reportId), onSubmit);

  return (
    <form className="support-form" noValidate onSubmit={handleSubmit} aria-label={t('form.supportTitle')}>
      <h4 className="support-form__title">{t('form.supportTitle')}</h4>
      <p className="support-form__intro">
        <q>{reportTitle}</q> — {t('form.supportIntro')}
      </p>
      <ErrorSummary
        ref={summaryRef}
        visible={errors.length > 0 || Boolean(failure)}
        unplaced={errorsOutside(errors, PLACED_FIELDS)}
        message={failure}
      />
      <p className="form-fact">
        <span className="form-fact__label">{t('form.supportingFor')}:</span> <span>{organizationName}</span>
      </p>
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
      <FormActions submitLabel={t('form.supportSubmit')} submitting={submitting} onCancel={onCancel} />
    </form>
  );
}
