import { type CorrectObjectInput, OBJECT_KINDS, type ObjectKind, TRANSPORT_MODES } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorSummary } from '../ui/forms/ErrorSummary';
import { errorAt, errorsOutside } from '../ui/forms/fieldErrors';
import { CheckboxGroup, SelectField, TextField } from '../ui/forms/fields';
import { FormActions } from '../ui/forms/FormActions';
import { useCheckedSubmit } from '../ui/forms/useCheckedSubmit';
import { checkCorrection, draftFromObject, type FactsDraft, type ObjectFactsData } from './factsModel';
import { GeometryRedraw } from './GeometryRedraw';
import { MunicipalityPicker } from './MunicipalityPicker';
import { NetworkRefRows } from './NetworkRefRows';

const PLACED_FIELDS = [
  'name',
  'kind',
  'description',
  'modes',
  'responsibleBody',
  'externalRefs',
  'geometry',
  'municipalityCodes',
  'networkRefs',
];

interface FactsFormProps {
  object: ObjectFactsData;
  onSubmit: (input: CorrectObjectInput) => Promise<unknown>;
  onCancel: () => void;
}

/** Staff correct the object: every fact, the position redrawn on the map, municipalities and network references. */
export function FactsForm({ object, onSubmit, onCancel }: FactsFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<FactsDraft>(() => draftFromObject(object));
  const { errors, failure, submitting, summaryRef, handleSubmit } = useCheckedSubmit(
    () => checkCorrection(draft, object.id),
    ({ idempotencyKey: _key, ...input }) => onSubmit(input),
  );
  const set = <K extends keyof FactsDraft>(key: K, value: FactsDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const err = (field: string) => errorAt(errors, field);

  return (
    <form className="facts-form" noValidate onSubmit={handleSubmit} aria-label={t('facts.editLabel', { name: object.name })}>
      <h3>{t('facts.editTitle')}</h3>
      <ErrorSummary
        ref={summaryRef}
        visible={errors.length > 0 || Boolean(failure)}
        unplaced={errorsOutside(errors, PLACED_FIELDS)}
        message={failure}
      />
      <TextField name="name" label={t('facts.name')} value={draft.name} onChange={(v) => set('name', v)} error={err('name')} />
      <SelectField
        name="kind"
        label={t('facts.kind')}
        placeholder={t('facts.chooseKind')}
        value={draft.kind}
        onChange={(v) => v && set('kind', v as ObjectKind)}
        options={OBJECT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        error={err('kind')}
      />
      <CheckboxGroup
        legend={t('facts.modes')}
        name="modes"
        compact
        options={TRANSPORT_MODES.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
        selected={draft.modes}
        onChange={(v) => set('modes', v)}
        error={err('modes')}
      />
      <TextField
        name="description"
        multiline
        optional
        label={t('facts.description')}
        value={draft.description}
        onChange={(v) => set('description', v)}
        error={err('description')}
      />
      <GeometryRedraw value={draft.geometry} onChange={(g) => set('geometry', g)} error={err('geometry')} />
      <MunicipalityPicker
        current={object.municipalities}
        byHand={object.municipalityByHand}
        picked={draft.municipalityCodes}
        fromPosition={draft.municipalityFromPosition}
        geometryRedrawn={draft.geometry !== null}
        onPick={(codes) => setDraft((d) => ({ ...d, municipalityCodes: codes, municipalityFromPosition: false }))}
        onFromPosition={() => setDraft((d) => ({ ...d, municipalityCodes: null, municipalityFromPosition: true }))}
        error={err('municipalityCodes')}
      />
      <TextField
        name="responsibleBody"
        optional
        label={t('facts.responsibleBody')}
        value={draft.responsibleBody}
        onChange={(v) => set('responsibleBody', v)}
        error={err('responsibleBody')}
      />
      <NetworkRefRows value={draft.networkRefs} onChange={(refs) => set('networkRefs', refs)} errors={errors} />
      <TextField
        name="externalRefs"
        multiline
        optional
        label={t('facts.externalRefs')}
        hint={t('facts.externalRefsHint')}
        value={draft.externalRefs}
        onChange={(v) => set('externalRefs', v)}
        error={err('externalRefs')}
      />
      <FormActions submitLabel={t('facts.save')} submitting={submitting} onCancel={onCancel} />
    </form>
  );
}
