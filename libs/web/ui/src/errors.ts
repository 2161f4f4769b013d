import { toLang } from './language';

export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED' | 'SERVICE_UNAVAILABLE' | 'NETWORK' | 'UNKNOWN';

export interface ApiErrorView {
  code: ErrorCode;
  /** The server's message in the reader's language, when it sent one. */
  message: string | null;
  /** Field name (last path segment, e.g. "email") → message in the reader's language. */
  fields: Record<string, string>;
  /** Full field path (e.g. "framework.2.questions.0.nl") → message, for forms with lists of fields. */
  paths: Record<string, string>;
}

interface Localised {
  nl?: string;
  en?: string;
}

interface GraphQLErrorLike {
  message?: string;
  extensions?: {
    code?: string;
    messages?: Localised;
    fields?: Array<{ field?: string; messages?: Localised }>;
    [key: string]: unknown;
  };
}

const KNOWN: ReadonlySet<string> = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE']);

function pick(messages: Localised | undefined, lang: 'nl' | 'en'): string | null {
  if (!messages) return null;
  return messages[lang] ?? messages.nl ?? messages.en ?? null;
}

function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] | null {
  if (error && typeof error === 'object' && 'errors' in error && Array.isArray((error as { errors: unknown }).errors)) {
    return (error as { errors: GraphQLErrorLike[] }).errors;
  }
  return null;
}

/**
 * Reads an Apollo Client error (CombinedGraphQLErrors or a network error) into what a form shows:
 * field messages next to fields and one general message otherwise.
 */
export function readApiError(error: unknown, language: string): ApiErrorView {
  const lang = toLang(language);
  const errors = graphQLErrorsOf(error);
  if (!errors || errors.length === 0) {
    return { code: error ? 'NETWORK' : 'UNKNOWN', message: null, fields: {}, paths: {} };
  }
  const first = errors[0];
  const rawCode = first.extensions?.code ?? '';
  const code: ErrorCode = KNOWN.has(rawCode) ? (rawCode as ErrorCode) : 'UNKNOWN';
  const fields: Record<string, string> = {};
  const paths: Record<string, string> = {};
  for (const err of errors) {
    for (const entry of err.extensions?.fields ?? []) {
      const name = entry.field?.split('.').pop();
      const text = pick(entry.messages, lang);
      if (name && text && !fields[name]) fields[name] = text;
      if (entry.field && text && !paths[entry.field]) paths[entry.field] = text;
    }
  }
  return { code, message: pick(first.extensions?.messages, lang), fields, paths };
}

/**
 * Field messages by their whole path ("agenda.2.topic" → message), for forms with repeated groups
 * where the last segment alone would not say which item is meant.
 */
export function readFieldPaths(error: unknown, language: string): Record<string, string> {
  const lang = toLang(language);
  const paths: Record<string, string> = {};
  for (const err of graphQLErrorsOf(error) ?? []) {
    for (const entry of err.extensions?.fields ?? []) {
      const path = entry.field?.replace(/^input\./, '');
      const text = pick(entry.messages, lang);
      if (path && text && !paths[path]) paths[path] = text;
    }
  }
  return paths;
}

/** The first error's extensions (e.g. CONFLICT's `current` or `currentVersion`), or null. */
export function errorExtensions(error: unknown): Record<string, unknown> | null {
  return graphQLErrorsOf(error)?.[0]?.extensions ?? null;
}

/** Someone else saved first (the version sent is no longer the latest). */
export function isConflict(error: unknown): boolean {
  return error != null && readApiError(error, 'nl').code === 'CONFLICT';
}
