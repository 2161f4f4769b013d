import { applyDecorators } from '@nestjs/common';
import {
  IsEmail,
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

export const Text = (max: number, min = 1) =>
  applyDecorators(
    IsString(key('string')),
    ...(min > 0 ? [IsNotEmpty(key('required'))] : []),
    MinLength(min, key('minLength')),
    MaxLength(max, key('maxLength')),
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this rule rejects
    Matches(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F]*$/, key('controlChars')),
  );

export const OptionalText = (max: number) =>
  applyDecorators(ValidateIf((_o, v) => v !== undefined && v !== null), Text(max));

export const Email = () =>
  applyDecorators(IsString(key('string')), IsNotEmpty(key('required')), MaxLength(254, key('maxLength')), IsEmail({}, key('email')));

export const Uuid = () => applyDecorators(IsString(key('string')), IsUUID('all', key('uuid')));

export const OptionalUuid = () => applyDecorators(IsOptional(), Uuid());

export const OneOf = (values: readonly string[]) => IsIn([...values], key('oneOf'));

export const Pattern = (re: RegExp, name: string) => Matches(re, key(name));

/** Client-chosen key that makes a create mutation safe to retry (REL-03). */
export const IdempotencyKey = () =>
  applyDecorators(IsOptional(), IsString(key('string')), Matches(/^[A-Za-z0-9_-]{8,100}$/, key('idempotencyKey')));
