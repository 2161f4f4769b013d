import { applyDecorators } from '@nestjs/common';
import { THEME_NAME_MAX, THEMES_MAX } from '@kijkje/domain';
import { Type } from 'class-transformer';
import { Labels } from '@kijkje/api/core';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { FRAMEWORK_SECTIONS_MAX, FrameworkSectionInput } from './framework.input';

/** The programme's themes: clean strings of a sane size; the domain's reviseThemes does the rest. */
export const ThemesInput = () => applyDecorators(IsOptional(), Labels(THEMES_MAX, THEME_NAME_MAX));

/** The sections of an edited framework; the domain's reviseFramework does the rest. */
export const FrameworkInput = () =>
  applyDecorators(
    IsOptional(),
    IsArray({ message: 'string|' }),
    ArrayMaxSize(FRAMEWORK_SECTIONS_MAX, { message: 'maxLength|$constraint1' }),
    ValidateNested({ each: true }),
    Type(() => FrameworkSectionInput),
  );
