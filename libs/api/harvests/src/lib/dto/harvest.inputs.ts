import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IdempotencyKey, LongText, OneOf, Text, Uuid, Version } from '@kijkje/api/core';
import { HARVEST_VISIBILITIES, type HarvestVisibility } from '@kijkje/domain';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { HarvestVisibilityEnum } from '../harvest.entity';

const NARRATIVE_MAX = 20_000;
const QUOTE_MAX = 2_000;
const WITHDRAWAL_REASON_MAX = 1_000;

@InputType()
export class CreateHarvestInput {
  @Field(() => ID) @Uuid() programmeId!: string;
  @Field() @Text(200, 2) title!: string;
  @Field(() => HarvestVisibilityEnum) @OneOf(HARVEST_VISIBILITIES) visibility!: HarvestVisibility;
  @Field(() => [ID], { nullable: true, description: 'Some rounds only; all rounds when left out.' })
  @IsOptional()
  @IsArray({ message: 'string|' })
  @ArrayMaxSize(200, { message: 'maxLength|$constraint1' })
  @IsUUID('all', { each: true, message: 'uuid|' })
  roundIds?: string[];
  @Field({ nullable: true, description: 'Markdown.' })
  @IsOptional()
  @LongText(NARRATIVE_MAX)
  narrative?: string;
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}

@InputType()
export class UpdateHarvestInput {
  @Field(() => ID) @Uuid() id!: string;
  @Field(() => Int) @Version() version!: number;
  @Field({ nullable: true }) @ValidateIf((_o, v) => v !== undefined && v !== null) @Text(200, 2) title?: string;
  @Field({ nullable: true, description: 'Markdown.' })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @LongText(NARRATIVE_MAX)
  narrative?: string;
  @Field(() => HarvestVisibilityEnum, { nullable: true })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @OneOf(HARVEST_VISIBILITIES)
  visibility?: HarvestVisibility;
  @Field(() => [ID], { nullable: true })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsArray({ message: 'string|' })
  @ArrayMaxSize(200, { message: 'maxLength|$constraint1' })
  @IsUUID('all', { each: true, message: 'uuid|' })
  roundIds?: string[];
}

@InputType()
export class HarvestStepInput {
  @Field(() => ID) @Uuid() id!: string;
  @Field(() => Int) @Version() version!: number;
}

@InputType()
export class QuoteRefInput {
  @Field(() => ID) @Uuid() harvestId!: string;
  @Field(() => Int) @Version() version!: number;
  @Field(() => ID) @Uuid() findingId!: string;
}

@InputType()
export class AddQuoteInput extends QuoteRefInput {}

@InputType()
export class UpdateQuoteInput extends QuoteRefInput {
  @Field() @Text(QUOTE_MAX) text!: string;
}

@InputType()
export class WithdrawHarvestInput {
  @Field(() => ID) @Uuid() harvestId!: string;
  @Field(() => Int, { description: 'The version the public sees now, as the coordinator saw it.' }) @Version() number!: number;
  @Field({ description: 'Why it is taken down; kept in the audit trail.' }) @Text(WITHDRAWAL_REASON_MAX) reason!: string;
}
