import { NETWORK_REF_TYPES, type NetworkRefType } from '@flaskhals/shared';
import { useTranslation } from 'react-i18next';

import { errorAt, type FieldErrors } from '../ui/forms/fieldErrors';
import { SelectField, TextField } from '../ui/forms/fields';
import { emptyNetworkRef, type NetworkRefDraft } from './factsModel';

interface NetworkRefRowsProps {
  value: NetworkRefDraft[];
  onChange: (refs: NetworkRefDraft[]) => void;
  errors: FieldErrors;
}

/** Typed network references, a row each: road number (and the freight-prioritised network), rail section with km, or a named place. */
export function NetworkRefRows({ value, onChange, errors }: NetworkRefRowsProps) {
  const { t } = useTranslation();
  const update = (i: number, change: Partial<NetworkRefDraft>) => onChange(value.map((ref, j) => (j === i ? { ...ref, ...change } : ref)));
  const err = (i: number, field: string) => errorAt(errors, `networkRefs.${i}.${field}`);

  return (
    <fieldset className="facts-refs">
      <legend className="field__label">{t('facts.networkRefsTitle')}</legend>
      <p className="field__hint">{t('facts.networkRefsHint')}</p>
      {value.map((ref, i) => (
        <div key={i} className="facts-refs__row" role="group" aria-label={t('facts.networkRef', { n: i + 1 })}>
          <SelectField
            name={`networkRefs.${i}.type`}
            label={t('facts.refType')}
            placeholder={t('facts.refType')}
            value={ref.type}
            onChange={(type) => type && update(i, { type: type as NetworkRefType })}
            options={NETWORK_REF_TYPES.map((type) => ({ value: type, label: t(`networkRefTypes.${type}`) }))}
            error={err(i, 'type')}
          />
          {ref.type === 'ROAD' && (
            <>
              <TextField
                name={`networkRefs.${i}.road`}
                label={t('facts.road')}
                hint={t('facts.roadHint')}
                value={ref.road}
                onChange={(road) => update(i, { road })}
                error={err(i, 'road')}
              />
              <label className="checkbox">
                <input type="checkbox" checked={ref.freightPriority} onChange={(e) => update(i, { freightPriority: e.target.checked })} />
                <span>{t('facts.freightPriority')}</span>
              </label>
            </>
          )}
          {ref.type === 'RAIL_SECTION' && (
            <>
              <TextField
                name={`networkRefs.${i}.section`}
                label={t('facts.section')}
                value={ref.section}
                onChange={(section) => update(i, { section })}
                error={err(i, 'section')}
              />
              <div className="facts-refs__km">
                <TextField
                  name={`networkRefs.${i}.kmFrom`}
                  numeric
                  optional
                  label={t('facts.kmFrom')}
                  value={ref.kmFrom}
                  onChange={(kmFrom) => update(i, { kmFrom })}
                  error={err(i, 'kmFrom')}
                />
                <TextField
                  name={`networkRefs.${i}.kmTo`}
                  numeric
                  optional
                  label={t('facts.kmTo')}
                  value={ref.kmTo}
                  onChange={(kmTo) => update(i, { kmTo })}
                  error={err(i, 'kmTo')}
                />
              </div>
            </>
          )}
          {ref.type !== 'ROAD' && ref.type !== 'RAIL_SECTION' && (
            <TextField
              name={`networkRefs.${i}.name`}
              label={t('facts.refName')}
              value={ref.name}
              onChange={(name) => update(i, { name })}
              error={err(i, 'name')}
            />
          )}
          <button type="button" className="button button--small button--danger" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {t('facts.removeNetworkRef', { n: i + 1 })}
          </button>
        </div>
      ))}
      <button type="button" className="button button--small" onClick={() => onChange([...value, emptyNetworkRef()])}>
        {t('facts.addNetworkRef')}
      </button>
    </fieldset>
  );
}
