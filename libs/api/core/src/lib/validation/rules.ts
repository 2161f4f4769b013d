import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsInt,
  Min,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';

/*
 * Validation decorators whose messages are keys, so that the exception factory can give every
 * field its message in Dutch and English (see messages.ts). `$constraint1` is filled in by
 * class-validator.
 */
const key = (name: string) => ({ message: `${name}|$constraint1` });

export const Required = () => applyDecorators(IsString(key('string')), IsNotEmpty(key('required')));

const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Free text, trimmed before it is checked, so that "   " is as empty as "". */
export const Text = (max: number, min = 1) =>
  applyDecorators(
    trimmed(),
    IsString(key('string')),
    ...(min > 0 ? [IsNotEmpty(key('required'))] : []),
    MinLength(min, key('minLength')),
    MaxLength(max, key('maxLength')),
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this rule rejects
    Matches(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F]*$/, key('controlChars')),
  );

export const OptionalText = (max: number) =>
  applyDecorators(ValidateIf((_o, v) => v !== undefined && v !== null), Text(max));

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
export const IdempotencyKey = () =>
  applyDecorators(IsOptional(), IsString(key('string')), Matches(/^[A-Za-z0-9_-]{8,100}$/, key('idempotencyKey')));

/** The version of a record the client edited (optimistic concurrency, REL-02). */
export const Version = () => applyDecorators(IsInt(key('integer')), Min(1, key('min')));
