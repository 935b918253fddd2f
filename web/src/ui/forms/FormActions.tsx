import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  /** What the submit button says, e.g. "Skicka rapport". */
  submitLabel: string;
  /** While sending, the button says so and takes no second click. */
  submitting: boolean;
  /** "Avbryt" beside the submit button; absent when the form cannot be left. */
  onCancel?: () => void;
}

/** A form's footer: the submit button and, where the form can be left, Avbryt. */
export function FormActions({ submitLabel, submitting, onCancel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary" disabled={submitting}>
        {submitting ? t('form.submitting') : submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      )}
    </div>
  );
}
