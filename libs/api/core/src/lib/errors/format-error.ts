import type { GraphQLFormattedError } from 'graphql';
import { conflict, internalError, type Bilingual } from './app-error';

const KNOWN = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED']);

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
export function formatError(formatted: GraphQLFormattedError, original: unknown, log: (e: unknown) => void = console.error): GraphQLFormattedError {
  const code = String(formatted.extensions?.['code'] ?? '');
  if (KNOWN.has(code) && formatted.extensions?.['messages']) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions };
  }
  const graphqlLevel = GRAPHQL_LEVEL[code];
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
  log(original);
  const error = internalError();
  return { message: error.message, path: formatted.path, extensions: error.extensions };
}

function driverCode(error: unknown): string | undefined {
  const e = error as { originalError?: { driverError?: { code?: string }; code?: string } } | undefined;
  return e?.originalError?.driverError?.code ?? e?.originalError?.code;
}
