import './forms.css';

import type { FieldError } from '@flaskhals/shared';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

import { describeError } from './fieldErrors';

interface FieldFrameProps {
  label: string;
  error?: FieldError;
  hint?: string;
  optional?: boolean;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** A label, the control, a hint and the field's error right beside it, wired for screen readers. */
export function FieldFrame({ label, error, hint, optional, children }: FieldFrameProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> ({t('form.optional')})</span>}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: Boolean(error) })}
      {error && (
        <p className="field__error" id={errorId} role="alert">
          {describeError(t, error)}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: FieldError;
  hint?: string;
  optional?: boolean;
  multiline?: boolean;
  /** Numbers are typed as text so a Swedish decimal comma is accepted. */
  numeric?: boolean;
  placeholder?: string;
  type?: 'text' | 'email' | 'password';
  /** Defaults to off; e-mail and password fields name what the browser may fill in. */
  autoComplete?: string;
}

export function TextField({
  label,
  name,
  value,
  onChange,
  error,
  hint,
  optional,
  multiline,
  numeric,
  placeholder,
  type = 'text',
  autoComplete = 'off',
}: TextFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} optional={optional}>
      {({ id, describedBy, invalid }) =>
        multiline ? (
          <textarea
            id={id}
            name={name}
            value={value}
            rows={4}
            placeholder={placeholder}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            id={id}
            name={name}
            type={type}
            value={value}
            inputMode={numeric ? 'decimal' : undefined}
            autoComplete={autoComplete}
            spellCheck={type === 'text' ? undefined : false}
            placeholder={placeholder}
            className={numeric ? 'input--numeric' : undefined}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </FieldFrame>
  );
}

interface SelectFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  placeholder: string;
  error?: FieldError;
  hint?: string;
  disabled?: boolean;
}

export function SelectField({ label, name, value, onChange, options, placeholder, error, hint, disabled }: SelectFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          name={name}
          value={value}
          disabled={disabled}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">{placeholder}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

interface CheckboxGroupProps<T extends string> {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  error?: FieldError;
  compact?: boolean;
}

/** A fieldset of checkboxes; the selection keeps the options' order. */
export function CheckboxGroup<T extends string>({ legend, name, options, selected, onChange, error, compact }: CheckboxGroupProps<T>) {
  const { t } = useTranslation();
  const errorId = useId();
  const toggle = (value: T, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <fieldset
      className={`checkbox-group${compact ? ' checkbox-group--compact' : ''}${error ? ' field--invalid' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field__label">{legend}</legend>
      <div className="checkbox-group__options">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={selected.includes(option.value)}
              onChange={(e) => toggle(option.value, e.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field__error" id={errorId} role="alert">
          {describeError(t, error)}
        </p>
      )}
    </fieldset>
  );
}

interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  /** Help for the whole choice, under the legend. */
  hint?: string;
  options: readonly { value: T; label: string; hint?: string }[];
  value: T;
  onChange: (value: T) => void;
  error?: FieldError;
}

/** A fieldset of radio buttons, each with its own help text read with it; arrow keys move the choice. */
export function RadioGroup<T extends string>({ legend, name, hint, options, value, onChange, error }: RadioGroupProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={`radio-group${error ? ' field--invalid' : ''}`}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="radio-group__options">
        {options.map((option) => {
          const optionHintId = option.hint ? `${id}-${option.value}-hint` : undefined;
          const optionLabelId = `${id}-${option.value}-label`;
          return (
            <label key={option.value} className="radio">
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                aria-labelledby={optionLabelId}
                aria-describedby={optionHintId}
                onChange={() => onChange(option.value)}
              />
              <span className="radio__text">
                <span className="radio__label" id={optionLabelId}>
                  {option.label}
                </span>
                {option.hint && (
                  <span className="radio__hint" id={optionHintId}>
                    {option.hint}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
      {error && (
        <p className="field__error" id={errorId} role="alert">
          {describeError(t, error)}
        </p>
      )}
    </fieldset>
  );
}
