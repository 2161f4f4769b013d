import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEmail,
  IsInt,
  Min,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxDate,
  MaxLength,
  MinDate,
  MinLength,
  ValidateBy,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';

/*
 * Validation decorators whose messages are keys, so that the exception factory can give every
 * field its message in Dutch and English (see messages.ts). `$constraint1` is filled in by
 * class-validator.
 */
const key = (name: string) => ({ message: `${name}|$constraint1` });

export const Required = () => applyDecorators(IsString(key('string')), IsNotEmpty(key('required')));

const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Control characters other than tab and line breaks: PostgreSQL cannot store NUL, and none has a place in text. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this rule rejects
const CONTROL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
/** Half of a surrogate pair: a high one not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text without control characters and without half a surrogate pair: neither is text, and
 * jsonb refuses both (NUL as \u0000, a lone surrogate as its \udXXX escape).
 */
const CleanText = (options: ValidationOptions = {}) =>
  ValidateBy(
    { name: 'cleanText', validator: { validate: (value: unknown) => typeof value !== 'string' || (!CONTROL_CHAR.test(value) && !LONE_SURROGATE.test(value)) } },
    { ...key('controlChars'), ...options },
  );

/**
 * At most `max` characters as PostgreSQL counts them (code points). Not MaxLength: its isLength
 * leaves out a U+FE0E/U+FE0F selector after a character (as in "❤️"), so it lets through text
 * one character per selector longer than a varchar(max) column takes.
 */
export const MaxChars = (max: number, options: ValidationOptions = {}) =>
  ValidateBy(
    { name: 'maxChars', constraints: [max], validator: { validate: (value: unknown) => typeof value !== 'string' || [...value].length <= max } },
    { ...key('maxLength'), ...options },
  );

/** Free text, trimmed before it is checked, so that "   " is as empty as "". */
export const Text = (max: number, min = 1) =>
  applyDecorators(
    trimmed(),
    IsString(key('string')),
    ...(min > 0 ? [IsNotEmpty(key('required'))] : []),
    MinLength(min, key('minLength')),
    MaxChars(max),
    CleanText(),
  );

/**
 * Text kept as typed (Markdown, autosaved answers): not trimmed and it may be empty, but within
 * `max` characters and clean (see CleanText).
 */
export const LongText = (max: number) => applyDecorators(IsString(key('string')), MaxChars(max), CleanText());

/** A list of short labels (themes, tags, conversation partners): at most `maxItems`, each text of at most `max` characters. */
export const Labels = (maxItems: number, max: number) =>
  applyDecorators(
    IsArray(key('string')),
    ArrayMaxSize(maxItems, key('maxLength')),
    IsString({ each: true, ...key('string') }),
    MaxChars(max, { each: true }),
    CleanText({ each: true }),
  );

/** A day of the calendar as YYYY-MM-DD: 2025-02-29 has the right shape but is no day (nor is 0000-01-01: there is no year 0), and PostgreSQL refuses it. */
export const CalendarDate = () =>
  applyDecorators(
    Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, key('date')),
    ValidateBy({ name: 'calendarDate', validator: { validate: (value: unknown) => typeof value !== 'string' || isCalendarDate(value) } }, key('date')),
  );

function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * An instant from the DateTime scalar, within what an ISO 8601 date-time with a four-digit year
 * can write. The scalar makes a Date of anything it is given, -271821-04-20 included, which
 * PostgreSQL cannot store.
 */
export const IsoDateTime = () =>
  applyDecorators(IsDate(key('date')), MinDate(new Date('0000-01-01T00:00:00.000Z'), key('date')), MaxDate(new Date('9999-12-31T23:59:59.999Z'), key('date')));

export const OptionalText = (max: number) =>
  applyDecorators(
    ValidateIf((_o, v) => v !== undefined && v !== null),
    Text(max),
  );

/**
 * An e-mail address, normalised (trimmed, lower case) before it is checked, so that the stored
 * form is the checked form; a plain ASCII address, as mail systems of municipalities use.
 */
export const Email = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    IsString(key('string')),
    IsNotEmpty(key('required')),
    MaxLength(254, key('maxLength')),
    Matches(/^[\x21-\x7e]+$/, key('email')),
    IsEmail({ allow_utf8_local_part: false }, key('email')),
  );

export const Uuid = () => applyDecorators(IsString(key('string')), IsUUID('all', key('uuid')));

export const OptionalUuid = () => applyDecorators(IsOptional(), Uuid());

export const OneOf = (values: readonly string[]) => IsIn([...values], key('oneOf'));

export const Pattern = (re: RegExp, name: string) => Matches(re, key(name));

/** Client-chosen key that makes a create mutation safe to retry (REL-03). */
export const IdempotencyKey = () => applyDecorators(IsOptional(), IsString(key('string')), Matches(/^[A-Za-z0-9_-]{8,100}$/, key('idempotencyKey')));

/** The version of a record the client edited (optimistic concurrency, REL-02). */
export const Version = () => applyDecorators(IsInt(key('integer')), Min(1, key('min')));
