import { REPORT_CATEGORIES, type UpdateReportInput } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { errorAt, errorsOutside } from '../../ui/forms/fieldErrors';
import { SelectField, TextField } from '../../ui/forms/fields';
import { FormActions } from '../../ui/forms/FormActions';
import { useCheckedSubmit } from '../../ui/forms/useCheckedSubmit';
import { ImpactFields } from '../form/ImpactFields';
import { VisibilityField } from '../form/VisibilityField';
import { draftFromReport, type EditableReport, type EditReportDraft, validateEditDraft } from './editReportModel';

export interface EditReportFormProps {
  report: EditableReport;
  /** Sends the checked change; a rejection with field errors shows them beside the fields. */
  onSubmit: (input: UpdateReportInput) => Promise<unknown> | void;
  onCancel: () => void;
}

const PLACED_FIELDS = ['title', 'problem', 'category', 'proposedMeasure', 'impact', 'visibility'];

/** Changing a report: its text, category, figures, proposed measure and who sees it. */
export function EditReportForm({ report, onSubmit, onCancel }: EditReportFormProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<EditReportDraft>(() => draftFromReport(report, i18n.language));
  const { errors, failure, submitting, summaryRef, handleSubmit } = useCheckedSubmit(
    () => validateEditDraft(draft, report.id),
    // The idempotency key is for creating; a change is the same change when sent twice.
    ({ idempotencyKey: _key, ...input }) => onSubmit(input),
  );
  const set = <K extends keyof EditReportDraft>(key: K, value: EditReportDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const err = (field: string) => errorAt(errors, field);

  return (
    <form className="edit-report-form" noValidate onSubmit={handleSubmit} aria-label={t('edit.formLabel', { title: report.title })}>
      <h4 className="support-form__title">{t('edit.title')}</h4>
      <ErrorSummary
        ref={summaryRef}
        visible={errors.length > 0 || Boolean(failure)}
        unplaced={errorsOutside(errors, PLACED_FIELDS)}
        message={failure}
      />
      <TextField name="title" label={t('form.title')} value={draft.title} onChange={(v) => set('title', v)} error={err('title')} />
      <SelectField
        name="category"
        label={t('form.category')}
        placeholder={t('form.chooseCategory')}
        value={draft.category}
        onChange={(v) => set('category', v)}
        options={REPORT_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
        error={err('category')}
      />
      <TextField
        name="problem"
        multiline
        label={t('form.problem')}
        value={draft.problem}
        onChange={(v) => set('problem', v)}
        error={err('problem')}
      />
      <TextField
        name="proposedMeasure"
        optional
        multiline
        label={t('form.proposedMeasure')}
        value={draft.proposedMeasure}
        onChange={(v) => set('proposedMeasure', v)}
        error={err('proposedMeasure')}
      />
      {draft.impact && <ImpactFields value={draft.impact} onChange={(v) => set('impact', v)} errors={errors} />}
      <VisibilityField value={draft.visibility} onChange={(v) => set('visibility', v)} error={err('visibility')} />
      <FormActions submitLabel={t('edit.save')} submitting={submitting} onCancel={onCancel} />
    </form>
  );
}
