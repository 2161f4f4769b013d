import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IdempotencyKey, Labels, OneOf, OptionalText, Text, Uuid, Version } from '@kijkje/api/core';
import {
  COMMENT_TEXT_MAX,
  EVIDENCE_FIELD_MAX,
  FINDING_KINDS,
  FINDING_TAG_MAX,
  FINDING_TEXT_MAX,
  REPLY_DAYS_MAX,
  REPLY_DAYS_MIN,
  RESPONSE_KINDS,
  RESPONSE_TEXT_MAX,
  SYSTEM_ISSUE_CATEGORIES,
  type SystemIssueCategory,
  type FindingKind,
  type ResponseKind,
} from '@kijkje/domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min, ValidateNested, ValidateIf } from 'class-validator';
import { FindingKindEnum, SystemIssueCategoryEnum } from '../finding.entity';
import { ResponseKindEnum } from '../responses/host-response.entity';

@InputType()
export class EvidenceInput {
  @Field({ nullable: true }) @OptionalText(EVIDENCE_FIELD_MAX) source?: string;
  @Field({ nullable: true }) @OptionalText(EVIDENCE_FIELD_MAX) quote?: string;
  @Field({ nullable: true }) @OptionalText(EVIDENCE_FIELD_MAX) indicator?: string;
}

@InputType()
export class FindingContentInput {
  @Field(() => FindingKindEnum) @OneOf(FINDING_KINDS) kind!: FindingKind;
  @Field() @Text(80) theme!: string;
  @Field({ description: 'Markdown.' }) @Text(FINDING_TEXT_MAX) text!: string;
  @Field(() => EvidenceInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => EvidenceInput) evidence?: EvidenceInput;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @Labels(20, FINDING_TAG_MAX + 10)
  tags?: string[];
}

@InputType()
export class CreateFindingInput extends FindingContentInput {
  @Field(() => ID) @Uuid() visitId!: string;
  @Field({ nullable: true, description: 'Submit to the team at once instead of keeping a draft.' })
  @IsOptional()
  @IsBoolean({ message: 'string|' })
  submit?: boolean;
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}

@InputType()
export class UpdateFindingInput extends FindingContentInput {
  @Field(() => ID) @Uuid() id!: string;
  @Field(() => Int, { description: 'The version the reviewer edited; a stale one gives CONFLICT with the current finding.' }) @Version() version!: number;
}

@InputType()
export class FindingStepInput {
  @Field(() => ID) @Uuid() id!: string;
  @Field(() => Int) @Version() version!: number;
}

@InputType()
export class ShareFindingsInput {
  @Field(() => ID) @Uuid() visitId!: string;
  @Field(() => Int, {
    nullable: true,
    description: `Days the host has to reply (${REPLY_DAYS_MIN}–${REPLY_DAYS_MAX}); left out: the programme’s reply period.`,
  })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsInt({ message: 'integer|' })
  @Min(REPLY_DAYS_MIN, { message: 'min|$constraint1' })
  @Max(REPLY_DAYS_MAX, { message: 'max|$constraint1' })
  replyDays?: number | null;
}

@InputType()
export class FinaliseFindingsInput {
  @Field(() => ID) @Uuid() visitId!: string;
}

@InputType()
export class AddFindingCommentInput {
  @Field(() => ID) @Uuid() findingId!: string;
  @Field({ description: 'Markdown.' }) @Text(COMMENT_TEXT_MAX) text!: string;
  @Field({ nullable: true }) @IdempotencyKey() idempotencyKey?: string;
}

@InputType()
export class ReplyToFindingInput {
  @Field(() => ID) @Uuid() findingId!: string;
  @Field(() => ResponseKindEnum) @OneOf(RESPONSE_KINDS) kind!: ResponseKind;
  @Field({ nullable: true, description: 'Markdown; needed for a correction or a comment.' }) @OptionalText(RESPONSE_TEXT_MAX) text?: string;
  @Field(() => Int, { nullable: true, description: 'The version of the reply being changed; leave out for a first reply.' })
  @IsOptional()
  @Version()
  version?: number;
}

@InputType()
export class SetFindingReleaseInput {
  @Field(() => ID) @Uuid() findingId!: string;
  @Field({ description: 'May the finding be used, anonymised, in a harvest?' }) @IsBoolean({ message: 'string|' }) released!: boolean;
}

@InputType()
export class MarkSystemIssueInput {
  @Field(() => ID) @Uuid() findingId!: string;
  @Field(() => SystemIssueCategoryEnum, { nullable: true, description: 'The category; null takes the mark off.' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @OneOf(SYSTEM_ISSUE_CATEGORIES)
  category!: SystemIssueCategory | null;
  @Field(() => Int, { description: 'The version the team member saw; a stale one gives CONFLICT.' }) @Version() version!: number;
}
