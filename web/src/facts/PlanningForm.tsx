import { FOUR_STEP_CLASSES, type FourStepClass, PLANNING_STAGES, type PlanningStage, type SetObjectPlanningInput } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorSummary } from '../ui/forms/ErrorSummary';
import { errorAt, errorsOutside } from '../ui/forms/fieldErrors';
import { SelectField, TextField } from '../ui/forms/fields';
import { FormActions } from '../ui/forms/FormActions';
import { useCheckedSubmit } from '../ui/forms/useCheckedSubmit';
import { checkPlanning, type ObjectFactsData, type PlanningDraft, planningDraftOf } from './factsModel';

/** The staff judgements 0–5 that the score reads (shared/src/scoring.ts). */
const JUDGEMENT_STEPS = [0, 1, 2, 3, 4, 5];

const PLACED_FIELDS = [
  'stage',
  'fourStepClass',
  'stepsOneTwoExamined',
  'severity',
  'strategicFit',
  'avsReference',
  'planName',
  'planObjectId',
  'costEstimateSek',
  'documents',
];

interface PlanningFormProps {
  object: ObjectFactsData;
  onSubmit: (input: SetObjectPlanningInput) => Promise<unknown>;
  onCancel: () => void;
}

/** Staff keep the object's planning: stage with its references, four-step class, cost estimate and documents. */
export function PlanningForm({ object, onSubmit, onCancel }: PlanningFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PlanningDraft>(() => planningDraftOf(object.planning));
  const { errors, failure, submitting, summaryRef, handleSubmit } = useCheckedSubmit(
    () => checkPlanning(draft, object.id),
    ({ idempotencyKey: _key, ...input }) => onSubmit(input),
  );
  const set = <K extends keyof PlanningDraft>(key: K, value: PlanningDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const err = (field: string) => errorAt(errors, field);
  const setDocument = (i: number, change: Partial<PlanningDraft['documents'][number]>) =>
    set(
      'documents',
      draft.documents.map((d, j) => (j === i ? { ...d, ...change } : d)),
    );

  return (
    <form className="facts-form" noValidate onSubmit={handleSubmit} aria-label={t('facts.planningFormTitle')}>
      <h3>{t('facts.planningFormTitle')}</h3>
      <ErrorSummary
        ref={summaryRef}
        visible={errors.length > 0 || Boolean(failure)}
        unplaced={errorsOutside(errors, PLACED_FIELDS)}
        message={failure}
      />
      <SelectField
        name="stage"
        label={t('facts.stage')}
        placeholder={t('facts.stage')}
        value={draft.stage}
        onChange={(v) => v && set('stage', v as PlanningStage)}
        options={PLANNING_STAGES.map((s) => ({ value: s, label: t(`planningStages.${s}`) }))}
        error={err('stage')}
      />
      <TextField
        name="avsReference"
        optional
        label={t('facts.avsReference')}
        value={draft.avsReference}
        onChange={(v) => set('avsReference', v)}
        error={err('avsReference')}
      />
      <TextField
        name="planName"
        optional
        label={t('facts.planName')}
        value={draft.planName}
        onChange={(v) => set('planName', v)}
        error={err('planName')}
      />
      <TextField
        name="planObjectId"
        optional
        label={t('facts.planObjectId')}
        value={draft.planObjectId}
        onChange={(v) => set('planObjectId', v)}
        error={err('planObjectId')}
      />
      <SelectField
        name="fourStepClass"
        label={t('facts.fourStepClass')}
        placeholder={t('facts.noFourStep')}
        value={draft.fourStepClass}
        onChange={(v) => set('fourStepClass', v as FourStepClass | '')}
        options={FOUR_STEP_CLASSES.map((c) => ({ value: c, label: t(`fourStepClasses.${c}`) }))}
        error={err('fourStepClass')}
      />
      <label className="checkbox">
        <input type="checkbox" checked={draft.stepsOneTwoExamined} onChange={(e) => set('stepsOneTwoExamined', e.target.checked)} />
        <span>{t('facts.stepsOneTwoExamined')}</span>
      </label>
      {(['severity', 'strategicFit'] as const).map((field) => (
        <SelectField
          key={field}
          name={field}
          label={t(`facts.${field}`)}
          placeholder={t('facts.notJudged')}
          value={draft[field]}
          onChange={(v) => set(field, v)}
          options={JUDGEMENT_STEPS.map((n) => ({ value: String(n), label: t(`facts.judgement${n}`) }))}
          error={err(field)}
        />
      ))}
      <TextField
        name="costEstimateSek"
        numeric
        optional
        label={t('facts.costEstimateSek')}
        value={draft.costEstimateSek}
        onChange={(v) => set('costEstimateSek', v)}
        error={err('costEstimateSek')}
      />
      <fieldset className="facts-refs">
        <legend className="field__label">{t('facts.documents')}</legend>
        {draft.documents.map((doc, i) => (
          <div key={i} className="facts-refs__row" role="group" aria-label={t('facts.document', { n: i + 1 })}>
            <TextField
              name={`documents.${i}.title`}
              label={t('facts.documentTitle')}
              value={doc.title}
              onChange={(title) => setDocument(i, { title })}
              error={err(`documents.${i}.title`)}
            />
            <TextField
              name={`documents.${i}.url`}
              label={t('facts.documentUrl')}
              value={doc.url}
              onChange={(url) => setDocument(i, { url })}
              error={err(`documents.${i}.url`)}
            />
            <button
              type="button"
              className="button button--small button--danger"
              onClick={() =>
                set(
                  'documents',
                  draft.documents.filter((_, j) => j !== i),
                )
              }
            >
              {t('facts.removeDocument', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() => set('documents', [...draft.documents, { title: '', url: '' }])}
        >
          {t('facts.addDocument')}
        </button>
      </fieldset>
      <FormActions submitLabel={t('facts.save')} submitting={submitting} onCancel={onCancel} />
    </form>
  );
}
