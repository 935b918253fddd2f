import type { FieldError, Validated } from '@flaskhals/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { describeRequestFailure, fieldErrorsOf } from '../graphql/errors';
import { newIdempotencyKey } from '../graphql/idempotency';

/**
 * The submit cycle every form shares: check the draft with the shared schema, send it, show
 * the server's field errors beside the fields, and move focus to the error summary on failure.
 * A resubmission of the same content carries the same idempotency key, so a retry after a lost
 * answer (or a double click) never writes twice.
 */
export function useCheckedSubmit<T extends object>(
  check: () => Validated<T>,
  send: (input: T & { idempotencyKey: string }) => Promise<unknown> | void,
) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const lastSent = useRef<{ content: string; key: string } | null>(null);

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
    const content = JSON.stringify(checked.value);
    const key = lastSent.current?.content === content ? lastSent.current.key : newIdempotencyKey();
    lastSent.current = { content, key };
    try {
      await send({ ...checked.value, idempotencyKey: key });
    } catch (cause) {
      const fieldErrors = fieldErrorsOf(cause);
      setErrors(fieldErrors);
      if (fieldErrors.length === 0) setFailure(describeRequestFailure(t, cause));
      setAttempt((n) => n + 1);
    } finally {
      setSubmitting(false);
    }
  }

  return { errors, failure, submitting, summaryRef, handleSubmit };
}
