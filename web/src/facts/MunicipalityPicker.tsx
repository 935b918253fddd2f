import type { FieldError } from '@flaskhals/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { describeError } from '../ui/forms/fieldErrors';
import { useQuery } from '../ui/graphql';
import { MunicipalitiesQuery } from './operations';

interface MunicipalityPickerProps {
  /** The object's municipalities now. */
  current: readonly { code: string; name: string }[];
  byHand: boolean;
  /** Codes picked in this form; null while untouched. */
  picked: string[] | null;
  fromPosition: boolean;
  /** A new position was drawn: municipalities not set by hand follow it when saved. */
  geometryRedrawn: boolean;
  onPick: (codes: string[]) => void;
  onFromPosition: () => void;
  error?: FieldError;
}

/** The object's municipalities: filled in from its position, overridable by hand (Sweden's 290, by name). */
export function MunicipalityPicker({
  current,
  byHand,
  picked,
  fromPosition,
  geometryRedrawn,
  onPick,
  onFromPosition,
  error,
}: MunicipalityPickerProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const all = useQuery(MunicipalitiesQuery, {});
  const names = new Map((all.data?.municipalities ?? []).map((m) => [m.code, m.name]));
  for (const m of current) if (!names.has(m.code)) names.set(m.code, m.name);
  const codes = picked ?? (fromPosition ? [] : current.map((m) => m.code));

  return (
    <fieldset className={`facts-municipalities${error ? ' field--invalid' : ''}`}>
      <legend className="field__label">{t('facts.municipalities')}</legend>
      <p className="field__hint">{t('facts.municipalitiesHint')}</p>
      {fromPosition || (geometryRedrawn && !byHand && picked === null) ? (
        <p className="notice notice--info" role="status">
          {t('facts.fromPositionChosen')}
        </p>
      ) : codes.length === 0 ? (
        <p className="muted">{t('facts.noMunicipality')}</p>
      ) : (
        <ul className="chips" aria-label={t('facts.municipalities')}>
          {codes.map((code) => (
            <li key={code} className="chip">
              {names.get(code) ?? code}
              <button
                type="button"
                className="chip__remove"
                aria-label={t('facts.removeMunicipality', { name: names.get(code) ?? code })}
                onClick={() => onPick(codes.filter((c) => c !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {byHand && picked === null && !fromPosition && <p className="muted small">{t('facts.municipalitiesByHand')}</p>}
      <div className="facts-municipalities__add">
        <label className="visually-hidden" htmlFor={selectId}>
          {t('facts.addMunicipality')}
        </label>
        <select
          id={selectId}
          value=""
          disabled={!all.data}
          onChange={(e) => e.target.value && onPick([...new Set([...codes, e.target.value])])}
        >
          <option value="">{all.error ? t('facts.loadError') : t('facts.chooseMunicipality')}</option>
          {(all.data?.municipalities ?? [])
            .filter((m) => !codes.includes(m.code))
            .map((m) => (
              <option key={m.code} value={m.code}>
                {m.name} ({m.regionName})
              </option>
            ))}
        </select>
        <button type="button" className="button button--small" onClick={onFromPosition} aria-pressed={fromPosition}>
          {t('facts.fromPosition')}
        </button>
      </div>
      {error && (
        <p className="field__error" role="alert">
          {describeError(t, error)}
        </p>
      )}
    </fieldset>
  );
}
