import type { FieldError } from '@flaskhals/shared';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

import { describeError } from './fieldErrors';

interface ErrorSummaryProps {
  /** Shown when there are errors at all. */
  visible: boolean;
  /** Errors that belong to no field on screen (e.g. "objectId"). */
  unplaced: readonly FieldError[];
  message?: string;
}

/** A focusable summary at the top of a form, so a keyboard user lands on what went wrong. */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ visible, unplaced, message }, ref) {
  const { t } = useTranslation();
  if (!visible) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <p>{message ?? t('form.errorSummary')}</p>
      {unplaced.length > 0 && (
        <ul>
          {unplaced.map((error) => (
            <li key={`${error.field}:${error.code}`}>{describeError(t, error)}</li>
          ))}
        </ul>
      )}
    </div>
  );
});
