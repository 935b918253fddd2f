import type { FieldError } from '@flaskhals/shared';
import type { TFunction } from 'i18next';

/** Field errors by path; the client's validation and the server's BAD_USER_INPUT speak the same paths. */
export type FieldErrors = readonly FieldError[];

/**
 * The first error at a field or below it: a geometry error at "newObject.geometry.coordinates.0"
 * belongs beside the place field "newObject.geometry".
 */
export function errorAt(errors: FieldErrors, field: string): FieldError | undefined {
  return errors.find((e) => e.field === field) ?? errors.find((e) => e.field.startsWith(`${field}.`));
}

/** Errors not shown beside any of the given fields: they go to the form's summary. */
export function errorsOutside(errors: FieldErrors, fields: readonly string[]): FieldError[] {
  return errors.filter((e) => !fields.some((f) => e.field === f || e.field.startsWith(`${f}.`)));
}

/** Re-roots server paths: an input field "title" is "title" in the form, "newObject.name" stays. */
export function prefixErrors(errors: FieldErrors, prefix: string): FieldError[] {
  return errors.map((e) => ({ ...e, field: e.field ? `${prefix}.${e.field}` : prefix }));
}

export function describeError(t: TFunction, error: FieldError): string {
  const key = `validation.${error.code}`;
  return t(key, { ...error.params, defaultValue: t('validation.unknown') });
}
