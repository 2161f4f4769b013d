import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LongText, OptionalText, Text, Uuid } from '@kijkje/api/core';
import { INDICATOR_CODE_MAX, INDICATOR_CSV_MAX_BYTES, INDICATOR_LABEL_MAX, INDICATOR_SOURCE_MAX, INDICATOR_UNIT_MAX } from '@kijkje/domain';
import { IsInt, Min } from 'class-validator';

/** The rules on each field are checkIndicatorInput in libs/domain; these bound the size and keep the text clean. */
@InputType()
export class IndicatorKeyInput {
  @Field(() => ID, { description: 'The visit whose host organisation the figure is about.' }) @Uuid() visitId!: string;
  @Field({ description: 'Indicator code, e.g. a CBS or waarstaatjegemeente.nl code.' }) @Text(INDICATOR_CODE_MAX) code!: string;
  @Field({ description: "Period: '2024', '2024-Q2' or '2024-03' (StatLine's 2024JJ00, 2024KW02, 2024MM03 are read too)." })
  @Text(20)
  period!: string;
  @Field(() => Int, { description: 'The version seen; 0 for a new figure.' })
  @IsInt({ message: 'integer|' })
  @Min(0, { message: 'min|$constraint1' })
  version!: number;
}

@InputType()
export class SaveIndicatorValueInput extends IndicatorKeyInput {
  @Field() @Text(INDICATOR_LABEL_MAX) label!: string;
  @Field({ description: "The figure as typed: '12,5' and '12.5' both read as twelve and a half." })
  @Text(40)
  value!: string;
  @Field(() => String, { nullable: true, description: 'Left out (null) when the figure has no unit.' })
  @OptionalText(INDICATOR_UNIT_MAX)
  unit?: string | null;
  @Field({ defaultValue: 'handmatig' }) @Text(INDICATOR_SOURCE_MAX) source!: string;
}

@InputType()
export class ImportIndicatorsInput {
  @Field(() => ID) @Uuid() visitId!: string;
  @Field({ description: 'The CSV file as text (CBS StatLine or waarstaatjegemeente.nl export; semicolon or comma).' })
  @LongText(INDICATOR_CSV_MAX_BYTES)
  csv!: string;
}
