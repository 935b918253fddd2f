import { describeFieldError, type FieldError } from '@flaskhals/shared';
import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const BAD_USER_INPUT = 'BAD_USER_INPUT';

/** A client error that names the field(s) at fault; nothing has been written when it is thrown. */
export class BadUserInputError extends GraphQLError {
  constructor(errors: FieldError[], prefix = '') {
    const withPrefix = errors.map((e) => ({ ...e, field: [prefix, e.field].filter(Boolean).join('.') }));
    super(withPrefix.map(describeFieldError).join('; '), {
      extensions: { code: BAD_USER_INPUT, field: withPrefix[0]?.field ?? null, fieldErrors: withPrefix },
    });
  }
}

export function badInput(field: string, code: string, params?: Record<string, unknown>): BadUserInputError {
  return new BadUserInputError([{ field, code, params }]);
}

const logger = new Logger('GraphQL');

/** An outage fails every request: one warning per interval says so without flooding the log. */
const OUTAGE_WARNING_INTERVAL_MS = 10_000;
let lastOutageWarning = 0;

function warnOfOutage(error: unknown): void {
  const now = Date.now();
  if (now - lastOutageWarning < OUTAGE_WARNING_INTERVAL_MS) return;
  lastOutageWarning = now;
  logger.warn(`The database is unavailable, answering SERVICE_UNAVAILABLE: ${error instanceof Error ? error.message : String(error)}`);
}

/** The variable coercion messages of graphql-js name the path as `at "input.impact"` or `Field "x"`. */
function fieldFromCoercionMessage(message: string): string | null {
  const at = /at "([^"]+)"/.exec(message);
  const field = /[Ff]ield "([^"]+)"/.exec(message);
  const variable = /Variable "\$([^"]+)"/.exec(message);
  const path = at?.[1] ?? variable?.[1] ?? null;
  if (field && path) return `${path}.${field[1]}`.replace(/^(\w+)\.\1\./, '$1.');
  return path ?? field?.[1] ?? null;
}

/**
 * Keeps client errors as they are (adding the field to Apollo's own BAD_USER_INPUT) and hides
 * the details of anything unexpected behind a generic message, logged with its stack.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === BAD_USER_INPUT && formatted.extensions?.field === undefined) {
    return { ...formatted, extensions: { ...formatted.extensions, field: fieldFromCoercionMessage(formatted.message) } };
  }
  if ((code === 'INTERNAL_SERVER_ERROR' || code === undefined) && isVariableErrorLimit(error)) {
    return { ...formatted, extensions: { code: BAD_USER_INPUT, field: null } };
  }
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    const original = unwrap(error);
    if (isDatabaseUnavailable(original)) {
      warnOfOutage(original);
      return {
        message: 'The database is unavailable; try again shortly.',
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}

/**
 * graphql-js stops coercing a request's variables after 50 invalid values and adds one error that
 * says so ("Too many errors processing variables…", e.g. for a list of 5,000 unknown enum values).
 * Apollo codes each invalid value BAD_USER_INPUT but does not know that last one, which has no
 * variable attached, and leaves it uncoded: it would be answered and logged as a server fault.
 */
const VARIABLE_ERROR_LIMIT_MESSAGE = 'Too many errors processing variables';

function isVariableErrorLimit(error: unknown): boolean {
  return error instanceof GraphQLError && !error.path && !error.originalError && error.message.startsWith(VARIABLE_ERROR_LIMIT_MESSAGE);
}

/** The error a resolver threw, beneath graphql-js' wrappers (NonErrorThrown keeps it as thrownValue). */
function unwrap(error: unknown): unknown {
  let current = error as { originalError?: unknown; thrownValue?: unknown } | undefined;
  for (let depth = 0; depth < 5 && current; depth++) {
    const inner = current.originalError ?? current.thrownValue;
    if (!inner) break;
    current = inner as typeof current;
  }
  return current;
}

/** Connection refused or cut, database shutting down or not accepting connections. */
const UNAVAILABLE_SQLSTATES = new Set(['55000', '57P01', '57P02', '57P03', '3D000', '53300']);

function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code ?? '';
  const message = String((error as { message?: unknown })?.message ?? '');
  return (
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET' ||
    code.startsWith('08') ||
    UNAVAILABLE_SQLSTATES.has(code) ||
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(message)
  );
}
