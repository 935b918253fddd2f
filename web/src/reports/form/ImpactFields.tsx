import type { FieldError } from '@flaskhals/shared';
import { useTranslation } from 'react-i18next';

import { errorAt } from '../../ui/forms/fieldErrors';
import { TextField } from '../../ui/forms/fields';
import { IMPACT_FIELDS, type ImpactDraft } from './impactDraft';

interface ImpactFieldsProps {
  value: ImpactDraft;
  onChange: (value: ImpactDraft) => void;
  errors: readonly FieldError[];
  /** Path of the impact object in the input, e.g. "impact". */
  path?: string;
}

/** The three figures an organization states: delay, extra cost, freight. */
export function ImpactFields({ value, onChange, errors, path = 'impact' }: ImpactFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-section">
      <legend>{t('form.impactSection')}</legend>
      <p className="form-section__hint">{t('form.impactHint')}</p>
      <div className="impact-fields">
        {IMPACT_FIELDS.map((field) => (
          <TextField
            key={field}
            numeric
            name={`${path}.${field}`}
            label={t(`form.${field}`)}
            value={value[field]}
            error={errorAt(errors, `${path}.${field}`)}
            onChange={(text) => onChange({ ...value, [field]: text })}
          />
        ))}
      </div>
    </fieldset>
  );
}
