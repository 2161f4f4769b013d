import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LongText, OneOf, Text, Uuid, Version } from '@kijkje/api/core';
import {
  FLAG_REASONS,
  HARVEST_VISIBILITIES,
  MEETING_REPORT_TEXT_MAX,
  MEETING_REPORT_VIOLATIONS,
  PUBLIC_SERVING_STATES,
  type FlagReason,
  type HarvestVisibility,
  type MeetingReportViolationCode,
  type PublicServingState,
} from '@kijkje/domain';
import { ValidateIf } from 'class-validator';

export const ReportVisibilityEnum = Object.fromEntries(HARVEST_VISIBILITIES.map((v) => [v, v])) as { [K in HarvestVisibility]: K };
registerEnumType(ReportVisibilityEnum, { name: 'MeetingReportVisibility', description: 'NETWORK (members of the network) or PUBLIC (anyone with the link).' });
export const ReportServingEnum = Object.fromEntries(PUBLIC_SERVING_STATES.map((v) => [v, v])) as { [K in PublicServingState]: K };
registerEnumType(ReportServingEnum, { name: 'MeetingReportServing', description: 'What /bijeenkomst/<slug> serves: NONE, PUBLIC or WITHDRAWN (410).' });
export const ReportProblemEnum = Object.fromEntries(MEETING_REPORT_VIOLATIONS.map((v) => [v, v])) as { [K in MeetingReportViolationCode]: K };
registerEnumType(ReportProblemEnum, { name: 'MeetingReportProblemCode' });
export const ReportFlagReasonEnum = Object.fromEntries(FLAG_REASONS.map((v) => [v, v])) as { [K in FlagReason]: K };
registerEnumType(ReportFlagReasonEnum, { name: 'MeetingReportFlagReason', description: 'Why a word may be a name (as in a harvest quote).' });

export const REPORT_WORD_DECISIONS = ['KEEP', 'REPLACE'] as const;
export type ReportWordDecision = (typeof REPORT_WORD_DECISIONS)[number];
export const ReportWordDecisionEnum = Object.fromEntries(REPORT_WORD_DECISIONS.map((d) => [d, d])) as { [K in ReportWordDecision]: K };
registerEnumType(ReportWordDecisionEnum, { name: 'MeetingReportWordDecision', description: 'KEEP (behouden, audited) or REPLACE (vervangen).' });
export const REPORT_WORD_REPLACEMENTS = ['PERSON', 'PLACE'] as const;
export type ReportWordReplacement = (typeof REPORT_WORD_REPLACEMENTS)[number];
export const ReportWordReplacementEnum = Object.fromEntries(REPORT_WORD_REPLACEMENTS.map((d) => [d, d])) as { [K in ReportWordReplacement]: K };
registerEnumType(ReportWordReplacementEnum, { name: 'MeetingReportWordReplacement', description: 'PERSON → "[naam]", PLACE → "[plaats]".' });

export const WITHDRAWAL_REASON_MAX = 1_000;

@InputType()
export class UpdateMeetingReportInput {
  @Field(() => ID) @Uuid() meetingId!: string;
  @Field(() => Int) @Version() version!: number;
  @Field(() => String, { nullable: true, description: `Markdown, at most ${MEETING_REPORT_TEXT_MAX} characters; left out: unchanged.` })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @LongText(MEETING_REPORT_TEXT_MAX)
  text?: string | null;
  @Field(() => ReportVisibilityEnum, { nullable: true })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @OneOf(HARVEST_VISIBILITIES)
  visibility?: HarvestVisibility | null;
}

@InputType()
export class DecideMeetingReportWordInput {
  @Field(() => ID) @Uuid() meetingId!: string;
  @Field(() => Int) @Version() version!: number;
  @Field({ description: 'The flagged word, as written or as its key.' }) @Text(100, 1) word!: string;
  @Field(() => ReportWordDecisionEnum) @OneOf(REPORT_WORD_DECISIONS) decision!: ReportWordDecision;
  @Field(() => ReportWordReplacementEnum, { nullable: true, description: 'For REPLACE: what it becomes; PERSON when left out.' })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @OneOf(REPORT_WORD_REPLACEMENTS)
  replacement?: ReportWordReplacement | null;
}

@InputType()
export class PublishMeetingReportInput {
  @Field(() => ID) @Uuid() meetingId!: string;
  @Field(() => Int, { description: 'The version of the draft the coordinator read and confirmed.' }) @Version() version!: number;
}

@InputType()
export class WithdrawMeetingReportInput {
  @Field(() => ID) @Uuid() meetingId!: string;
  @Field(() => Int, { description: 'The version the public sees now, as the coordinator saw it.' }) @Version() number!: number;
  @Field({ description: 'Why it is taken down; kept in the audit trail.' }) @Text(WITHDRAWAL_REASON_MAX) reason!: string;
}

@ObjectType()
export class MeetingReportFlagView {
  @Field() text!: string;
  @Field() key!: string;
  @Field(() => ReportFlagReasonEnum) reason!: FlagReason;
  @Field({ description: 'Up to 40 characters of the text before the word.' }) before!: string;
  @Field({ description: 'Up to 40 characters of the text after the word.' }) after!: string;
}

@ObjectType()
export class MeetingReportProblemView {
  @Field(() => ReportProblemEnum) code!: MeetingReportViolationCode;
  @Field(() => [String]) found!: string[];
  @Field() nl!: string;
  @Field() en!: string;
}

@ObjectType()
export class MeetingReportVersionView {
  @Field(() => Int) number!: number;
  @Field(() => ReportVisibilityEnum) visibility!: HarvestVisibility;
  @Field(() => GraphQLISODateTime) publishedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) withdrawnAt!: Date | null;
}

/** The coordinator's draft with what stands between it and publication. */
@ObjectType()
export class MeetingReportView {
  @Field(() => ID) meetingId!: string;
  @Field({ description: 'Markdown.' }) text!: string;
  @Field(() => ReportVisibilityEnum) visibility!: HarvestVisibility;
  @Field(() => Int) version!: number;
  @Field({ description: 'Where a public version is read: /bijeenkomst/<slug>.' }) publicPath!: string;
  @Field(() => [String], { description: 'Flagged words kept, as keys.' }) kept!: string[];
  @Field(() => [MeetingReportFlagView], { description: 'Words that may be names and are not decided yet.' }) flags!: MeetingReportFlagView[];
  @Field(() => [MeetingReportProblemView]) problems!: MeetingReportProblemView[];
  @Field(() => [MeetingReportVersionView], { description: 'Published versions, newest first.' }) versions!: MeetingReportVersionView[];
  @Field(() => ReportServingEnum) serving!: PublicServingState;
  @Field(() => Int, { nullable: true, description: 'The version the public sees (or saw, when withdrawn).' }) servingNumber!: number | null;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field() canPublish!: boolean;
  @Field() canWithdraw!: boolean;
}

/** The newest published version, for everyone who may read the meeting. */
@ObjectType()
export class PublishedMeetingReportView {
  @Field(() => Int) number!: number;
  @Field(() => ReportVisibilityEnum) visibility!: HarvestVisibility;
  @Field(() => GraphQLISODateTime) publishedAt!: Date;
  @Field({ description: 'Markdown, anonymised.' }) text!: string;
  @Field({ description: 'Taken down from the public page; still readable in the network.' }) withdrawn!: boolean;
  @Field(() => String, { nullable: true, description: 'The public page, while it serves this version.' }) publicPath!: string | null;
}
