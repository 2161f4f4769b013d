import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LongText, OneOf, Text, Uuid, Version } from '@kijkje/api/core';
import { REPLY_DAYS_MAX, REPLY_DAYS_MIN, REPORT_SHARING, REPORT_SUMMARY_MAX, type ReportSharing } from '@kijkje/domain';
import { IsInt, Max, Min, ValidateIf } from 'class-validator';
import { ReportSharingEnum } from '../visit-report.entity';

@InputType()
export class ReportStepInput {
  @Field(() => ID) @Uuid() visitId!: string;
  @Field(() => Int, { description: 'The version of the report the lead saw.' }) @Version() version!: number;
}

@InputType()
export class SaveReportInput extends ReportStepInput {
  @Field({ description: 'Markdown.' }) @LongText(REPORT_SUMMARY_MAX) summary!: string;
}

@InputType()
export class ShareReportInput extends ReportStepInput {
  @Field(() => Int, {
    nullable: true,
    description: `Days the host has to comment (${REPLY_DAYS_MIN}–${REPLY_DAYS_MAX}); left out: the programme’s reply period.`,
  })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsInt({ message: 'integer|' })
  @Min(REPLY_DAYS_MIN, { message: 'min|$constraint1' })
  @Max(REPLY_DAYS_MAX, { message: 'max|$constraint1' })
  replyDays?: number | null;
}

@InputType()
export class CommentOnReportInput extends ReportStepInput {
  @Field({ description: 'Markdown.' }) @Text(4000) text!: string;
}

@InputType()
export class SetReportSharingInput {
  @Field(() => ID) @Uuid() visitId!: string;
  @Field(() => ReportSharingEnum) @OneOf(REPORT_SHARING) sharing!: ReportSharing;
}
