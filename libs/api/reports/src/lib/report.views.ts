import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Evidence, FindingKindEnum, ResponseKindEnum } from '@kijkje/api/findings';
import { VisitStatusEnum } from '@kijkje/api/visits';
import type { FindingKind, ReportSharing, ResponseKind, VisitStatus } from '@kijkje/domain';
import { ReportSharingEnum } from './visit-report.entity';
import { VisitReportRevision } from './visit-report-revision.entity';

@ObjectType()
export class ReportTeamMember {
  @Field() name!: string;
  @Field() organisation!: string;
  @Field() lead!: boolean;
}

@ObjectType()
export class ReportResponse {
  @Field(() => ResponseKindEnum) kind!: ResponseKind;
  @Field() text!: string;
}

@ObjectType()
export class ReportFinding {
  @Field(() => ID) id!: string;
  @Field(() => FindingKindEnum) kind!: FindingKind;
  @Field() theme!: string;
  @Field({ description: 'Markdown.' }) text!: string;
  @Field(() => Evidence) evidence!: Evidence;
  @Field(() => [String]) tags!: string[];
  @Field() releasedForHarvest!: boolean;
  @Field(() => ReportResponse, { nullable: true }) response!: ReportResponse | null;
}

@ObjectType()
export class ReportRightsView {
  @Field() edit!: boolean;
  @Field() share!: boolean;
  @Field() reopen!: boolean;
  @Field() finalise!: boolean;
  @Field() comment!: boolean;
  @Field() setSharing!: boolean;
}

/** A visit report as this reader may see it: the current one, or a kept revision. */
@ObjectType('VisitReport')
export class VisitReportView {
  @Field(() => ID) visitId!: string;
  @Field(() => VisitStatusEnum) status!: VisitStatus;
  @Field(() => Int, { nullable: true, description: 'The kept revision shown; null for the report as it is now.' }) revision!: number | null;
  @Field() network!: string;
  @Field() programme!: string;
  @Field() round!: string;
  @Field() host!: string;
  @Field(() => String, { nullable: true }) startsOn!: string | null;
  @Field() location!: string;
  @Field({ description: 'The review question the visit carried: the host’s refinement, else the application’s.' }) reviewQuestion!: string;
  @Field(() => [ReportTeamMember]) team!: ReportTeamMember[];
  @Field({ description: 'Markdown.' }) summary!: string;
  @Field({ description: 'Markdown.' }) hostComment!: string;
  @Field(() => [String], { description: 'The programme’s themes, in order: the report groups its findings by them.' }) themes!: string[];
  @Field(() => [ReportFinding]) findings!: ReportFinding[];
  @Field(() => GraphQLISODateTime, { nullable: true }) replyDeadline!: Date | null;
  @Field(() => ReportSharingEnum) sharing!: ReportSharing;
  @Field(() => Int) version!: number;
  @Field(() => [VisitReportRevision]) revisions!: VisitReportRevision[];
  @Field(() => ReportRightsView) rights!: ReportRightsView;
}
