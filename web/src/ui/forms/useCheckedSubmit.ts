import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError, Validated } from '@flaskhals/shared';
import { GraphQLRequestError } from '../graphql/client';

/**
 * The submit cycle every form shares: check the draft with the shared schema, send it, show
 * the server's field errors beside the fields, and move focus to the error summary on failure.
 */
export function useCheckedSubmit<T>(check: () => Validated<T>, send: (input: T) => Promise<unknown> | void) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (submitting) return;
    setFailure(undefined);
    const checked = check();
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors([]);
    setSubmitting(true);
    try {
      await send(checked.value);
    } catch (cause) {
      const fieldErrors = cause instanceof GraphQLRequestError ? cause.fieldErrors : [];
      setErrors(fieldErrors);
      if (fieldErrors.length === 0) setFailure(t('form.submitError'));
      setAttempt((n) => n + 1);
    } finally {
      setSubmitting(false);
    }
  }

  return { errors, failure, submitting, summaryRef, handleSubmit };
}
