import { applyDecorators } from '@nestjs/common';
import { THEME_NAME_MAX, THEMES_MAX } from '@kijkje/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { FRAMEWORK_SECTIONS_MAX, FrameworkSectionInput } from './framework.input';

/** The programme's themes: strings of a sane size; the domain's reviseThemes does the rest. */
export const ThemesInput = () =>
  applyDecorators(
    IsOptional(),
    IsArray({ message: 'string|' }),
    ArrayMaxSize(THEMES_MAX, { message: 'maxLength|$constraint1' }),
    IsString({ each: true, message: 'string|' }),
    MaxLength(THEME_NAME_MAX, { each: true, message: 'maxLength|$constraint1' }),
  );

/** The sections of an edited framework; the domain's reviseFramework does the rest. */
export const FrameworkInput = () =>
  applyDecorators(
    IsOptional(),
    IsArray({ message: 'string|' }),
    ArrayMaxSize(FRAMEWORK_SECTIONS_MAX, { message: 'maxLength|$constraint1' }),
    ValidateNested({ each: true }),
    Type(() => FrameworkSectionInput),
  );
