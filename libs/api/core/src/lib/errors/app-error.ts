import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'SECOND_FACTOR_NEEDED'
  | 'SECOND_FACTOR_REQUIRED';

export interface Bilingual {
  nl: string;
  en: string;
}

export interface FieldError {
  field: string;
  messages: Bilingual;
}

/** Every error a client sees: a stable code, and the message in Dutch and English. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, messages: Bilingual, extra: Record<string, unknown> = {}) {
    super(messages.en, { extensions: { code, messages, ...extra } });
  }

  get code(): ErrorCode {
    return this.extensions['code'] as ErrorCode;
  }
}

export const unauthenticated = () => new AppError('UNAUTHENTICATED', { nl: 'U bent niet ingelogd.', en: 'You are not signed in.' });

/** Denials look exactly like absence: a caller never learns that something exists. */
export const notFound = () => new AppError('NOT_FOUND', { nl: 'Niet gevonden.', en: 'Not found.' });

/** The caller may see the thing but not do this with it; `messages` says why, where a step has a reason of its own. */
export const forbidden = (messages: Bilingual = { nl: 'U heeft hiervoor geen toestemming.', en: 'You are not allowed to do this.' }) =>
  new AppError('FORBIDDEN', messages);

export const badUserInput = (fields: FieldError[]) =>
  new AppError('BAD_USER_INPUT', { nl: 'De invoer is niet geldig.', en: 'The input is not valid.' }, { fields });

export const fieldError = (field: string, nl: string, en: string) => badUserInput([{ field, messages: { nl, en } }]);

export const conflict = (currentVersion?: number) =>
  new AppError(
    'CONFLICT',
    {
      nl: 'Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwste versie.',
      en: 'Someone else changed this in the meantime. Review the latest version.',
    },
    currentVersion === undefined ? {} : { currentVersion },
  );

export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(
    'RATE_LIMITED',
    {
      nl: `Te veel pogingen. Probeer het over ${retryAfterSeconds} seconden opnieuw.`,
      en: `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
    },
    { retryAfterSeconds },
  );

export const internalError = () =>
  new AppError('INTERNAL_SERVER_ERROR', {
    nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    en: 'Something went wrong on our side. Please try again later.',
  });

/**
 * The database cannot do this right now (REL-09): it is unreachable (`down`), or this request
 * waited too long for a lock or a statement (`busy`). Nothing was changed; the same request may
 * simply be sent again after `retryAfterSeconds`.
 */
export const serviceUnavailable = (trouble: 'busy' | 'down') =>
  trouble === 'down'
    ? new AppError(
        'SERVICE_UNAVAILABLE',
        {
          nl: 'De database is even niet bereikbaar; er is niets gewijzigd. Probeer het over enkele seconden opnieuw.',
          en: 'The database cannot be reached right now; nothing was changed. Please try again in a few seconds.',
        },
        { retryAfterSeconds: 5 },
      )
    : new AppError(
        'SERVICE_UNAVAILABLE',
        {
          nl: 'Dit duurde te lang omdat het systeem druk is; er is niets gewijzigd. Probeer het over enkele seconden opnieuw.',
          en: 'This took too long because the system is busy; nothing was changed. Please try again in a few seconds.',
        },
        { retryAfterSeconds: 2 },
      );
