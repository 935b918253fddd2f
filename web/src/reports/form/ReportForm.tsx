import '../flow/report.css';

import { type FieldError, OBJECT_KINDS, REPORT_CATEGORIES, type ReportBottleneckInput, TRANSPORT_MODES } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { describeError, errorAt, errorsOutside } from '../../ui/forms/fieldErrors';
import { CheckboxGroup, SelectField, TextField } from '../../ui/forms/fields';
import { FormActions } from '../../ui/forms/FormActions';
import { useCheckedSubmit } from '../../ui/forms/useCheckedSubmit';
import { ImpactFields } from './ImpactFields';
import { EMPTY_REPORT_DRAFT, type NewObjectDraft, type ReportDraft, type ReportTarget, validateReportDraft } from './reportFormModel';
import { VisibilityField } from './VisibilityField';

export interface ReportFormProps {
  arenaId: string;
  target: ReportTarget;
  /** The signed-in user's organization: the report is made for it. */
  organizationName: string;
  /** Sends the checked input; a rejection with field errors shows them beside the fields. */
  onSubmit: (input: ReportBottleneckInput) => Promise<unknown> | void;
  onCancel: () => void;
  /** For a new object: go back to the map and mark the place again. */
  onChangePlace?: () => void;
}

/** Every field the form shows an error beside; anything else goes to the summary. */
const PLACED_FIELDS = [
  'newObject.name',
  'newObject.kind',
  'newObject.modes',
  'newObject.description',
  'newObject.municipality',
  'newObject.responsibleBody',
  'newObject.geometry',
  'title',
  'problem',
  'category',
  'impact',
  'proposedMeasure',
  'visibility',
];

export function ReportForm({ arenaId, target, organizationName, onSubmit, onCancel, onChangePlace }: ReportFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ReportDraft>(EMPTY_REPORT_DRAFT);
  const { errors, failure, submitting, summaryRef, handleSubmit } = useCheckedSubmit(
    () => validateReportDraft(draft, target, arenaId),
    onSubmit,
  );

  const set = <K extends keyof ReportDraft>(key: K, value: ReportDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setObject = <K extends keyof NewObjectDraft>(key: K, value: NewObjectDraft[K]) =>
    setDraft((d) => ({ ...d, newObject: { ...d.newObject, [key]: value } }));
  const err = (field: string) => errorAt(errors, field);

  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  return (
    <form className="report-form" noValidate onSubmit={handleSubmit} aria-labelledby="report-form-title">
      <h2 id="report-form-title" className="panel__title">
        {target.type === 'new' ? t('form.newTitle') : t('form.existingTitle', { name: target.objectName })}
      </h2>

      <ErrorSummary
        ref={summaryRef}
        visible={errors.length > 0 || Boolean(failure)}
        unplaced={errorsOutside(errors, PLACED_FIELDS)}
        message={failure}
      />

      <p className="form-fact">
        <span className="form-fact__label">{t('form.reportingFor')}:</span> <span>{organizationName}</span>
      </p>

      {target.type === 'new' && (
        <fieldset className="form-section">
          <legend>{t('form.objectSection')}</legend>
          <div className={`place-summary${err('newObject.geometry') ? ' field--invalid' : ''}`}>
            <span className="field__label">{t('form.geometry')}</span>
            <span>{t(`shapes.${target.geometry.type}`, { defaultValue: target.geometry.type })}</span>
            {onChangePlace && (
              <button type="button" className="button button--link" onClick={onChangePlace}>
                {t('report.redraw')}
              </button>
            )}
            {err('newObject.geometry') && <GeometryError error={err('newObject.geometry')!} />}
          </div>
          <TextField
            name="newObject.name"
            label={t('form.name')}
            value={draft.newObject.name}
            onChange={(v) => setObject('name', v)}
            error={err('newObject.name')}
          />
          <SelectField
            name="newObject.kind"
            label={t('form.kind')}
            placeholder={t('form.chooseKind')}
            value={draft.newObject.kind}
            onChange={(v) => setObject('kind', v as NewObjectDraft['kind'])}
            options={options(OBJECT_KINDS, 'kinds')}
            error={err('newObject.kind')}
          />
          <CheckboxGroup
            name="newObject.modes"
            legend={t('form.modes')}
            options={options(TRANSPORT_MODES, 'modes')}
            selected={draft.newObject.modes}
            onChange={(v) => setObject('modes', v)}
            error={err('newObject.modes')}
          />
          <TextField
            name="newObject.municipality"
            optional
            label={t('form.municipality')}
            value={draft.newObject.municipality}
            onChange={(v) => setObject('municipality', v)}
            error={err('newObject.municipality')}
          />
          <TextField
            name="newObject.responsibleBody"
            optional
            label={t('form.responsibleBody')}
            value={draft.newObject.responsibleBody}
            onChange={(v) => setObject('responsibleBody', v)}
            error={err('newObject.responsibleBody')}
          />
          <TextField
            name="newObject.description"
            optional
            multiline
            label={t('form.description')}
            value={draft.newObject.description}
            onChange={(v) => setObject('description', v)}
            error={err('newObject.description')}
          />
        </fieldset>
      )}

      <fieldset className="form-section">
        <legend>{t('form.reportSection')}</legend>
        <TextField name="title" label={t('form.title')} value={draft.title} onChange={(v) => set('title', v)} error={err('title')} />
        <SelectField
          name="category"
          label={t('form.category')}
          placeholder={t('form.chooseCategory')}
          value={draft.category}
          onChange={(v) => set('category', v)}
          options={options(REPORT_CATEGORIES, 'categories')}
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
      </fieldset>

      <ImpactFields value={draft.impact} onChange={(v) => set('impact', v)} errors={errors} />

      <VisibilityField value={draft.visibility} onChange={(v) => set('visibility', v)} error={err('visibility')} />

      <FormActions submitLabel={t('form.submit')} submitting={submitting} onCancel={onCancel} />
    </form>
  );
}

function GeometryError({ error }: { error: FieldError }) {
  const { t } = useTranslation();
  return (
    <p className="field__error" role="alert">
      {describeError(t, error)}
    </p>
  );
}
