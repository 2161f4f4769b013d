import type { GraphQLFormattedError } from 'graphql';
import { conflict, internalError, type Bilingual } from './app-error';
import { unavailableFor } from './database-status';

const KNOWN = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'SECOND_FACTOR_NEEDED',
  'SECOND_FACTOR_REQUIRED',
]);

const GRAPHQL_LEVEL: Record<string, Bilingual> = {
  GRAPHQL_VALIDATION_FAILED: { nl: 'De opdracht is ongeldig.', en: 'The operation is not valid.' },
  GRAPHQL_PARSE_FAILED: { nl: 'De opdracht kan niet worden gelezen.', en: 'The operation cannot be parsed.' },
  BAD_USER_INPUT: { nl: 'De invoer is niet geldig.', en: 'The input is not valid.' },
  BAD_REQUEST: { nl: 'Het verzoek is ongeldig.', en: 'The request is not valid.' },
  PERSISTED_QUERY_NOT_FOUND: { nl: 'Onbekende opdracht.', en: 'Unknown operation.' },
  OPERATION_RESOLUTION_FAILURE: { nl: 'Onbekende opdracht.', en: 'Unknown operation.' },
};

/**
 * Shapes every error for the client: a stable code, Dutch and English messages, never a stack
 * trace or an internal detail. Unknown errors become INTERNAL_SERVER_ERROR and are logged.
 */
export function formatError(raw: GraphQLFormattedError, original: unknown, log: (e: unknown) => void = console.error): GraphQLFormattedError {
  // Suggestions name parts of the schema ("Did you mean …?"): never tell a prober (SEC-05).
  const formatted = { ...raw, message: raw.message.replace(/ ?Did you mean [^?]*\?/g, '') };
  const code = String(formatted.extensions?.['code'] ?? '');
  if (KNOWN.has(code) && formatted.extensions?.['messages']) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions };
  }
  const graphqlLevel = GRAPHQL_LEVEL[code];
  if (code === 'BAD_USER_INPUT') {
    // A variable GraphQL itself refused (wrong type, missing, unknown enum value): name the field.
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code, messages: graphqlLevel, fields: [{ field: fieldOf(formatted.message), messages: INVALID_VALUE }] },
    };
  }
  if (graphqlLevel) {
    // graphql-armor and the GraphQL validator describe the problem in English; keep that
    // detail (it names no data) and add the bilingual summary.
    return { message: formatted.message, locations: formatted.locations, extensions: { code, messages: graphqlLevel } };
  }
  // A unique index caught what a concurrent request slipped past the checks: a conflict, not a crash.
  if (driverCode(original) === '23505') {
    const error = conflict();
    return { message: error.message, path: formatted.path, extensions: error.extensions };
  }
  // A database that is away or too busy: retryable, and reported once, not logged per request.
  const unavailable = unavailableFor(original);
  if (unavailable) {
    const { http: _http, ...extensions } = unavailable.extensions;
    return { message: unavailable.message, path: formatted.path, extensions };
  }
  log(original);
  const error = internalError();
  return { message: error.message, path: formatted.path, extensions: error.extensions };
}

const INVALID_VALUE: Bilingual = { nl: 'Deze waarde is niet geldig.', en: 'This value is not valid.' };

/** `input.email` from `… at "input.email"; …`, `email` from `Field "email" of required type …`. */
export function fieldOf(message: string): string {
  const at = message.match(/ at "([^"]+)"/)?.[1];
  const missing = message.match(/Field "([^"]+)" of required type/)?.[1];
  const unknown = message.match(/Field "([^"]+)" is not defined by type/)?.[1];
  const variable = message.match(/Variable "\$([^"]+)"/)?.[1] ?? '';
  const path = at ?? variable;
  const nested = missing ?? unknown;
  const full = nested ? (at ? `${at}.${nested}` : `${variable}.${nested}`) : path;
  // Fields are named as in the input object, without the variable that carries it.
  return full.includes('.') ? full.slice(full.indexOf('.') + 1) : full;
}

function driverCode(error: unknown): string | undefined {
  const e = error as { originalError?: { driverError?: { code?: string }; code?: string } } | undefined;
  return e?.originalError?.driverError?.code ?? e?.originalError?.code;
}
