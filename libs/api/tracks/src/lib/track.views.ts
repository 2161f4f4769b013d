import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PARTICIPANT_STATUSES, TRACK_STATUSES, type ParticipantStatus, type SessionKind, type TrackStatus } from '@kijkje/domain';
import { SessionKindEnum } from './track.inputs';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const TrackStatusEnum = enumOf(TRACK_STATUSES);
registerEnumType(TrackStatusEnum, { name: 'TrackStatus', description: 'DRAFT → OPEN (applications) → RUNNING → CLOSED.' });
export const ParticipantStatusEnum = enumOf(PARTICIPANT_STATUSES);
registerEnumType(ParticipantStatusEnum, { name: 'TrackParticipantStatus' });

@ObjectType()
export class TrackPersonView {
  @Field(() => ID) userId!: string;
  @Field() name!: string;
}

@ObjectType()
export class TrackSessionView {
  @Field(() => ID) id!: string;
  @Field(() => SessionKindEnum) kind!: SessionKind;
  @Field() title!: string;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
  @Field(() => GraphQLISODateTime) endsAt!: Date;
  @Field() place!: string;
  @Field(() => Int, { description: 'Goes up with every edit (optimistic lock); also the SEQUENCE of its calendar event.' }) version!: number;
  @Field(() => ID, {
    nullable: true,
    description:
      'The meeting that holds the session with theme tables (its tables, cards and plenary), for those who may read it: the coordinators, the track’s facilitators and its accepted participants once it is open. Null for anyone else, or when the session is not held with tables.',
  })
  meetingId!: string | null;
}

@ObjectType({ description: 'The viewer’s own application.' })
export class MyTrackApplicationView {
  @Field(() => ID, { description: 'Also the id of the viewer’s case.' }) id!: string;
  @Field(() => ParticipantStatusEnum) status!: ParticipantStatus;
  @Field(() => Int, { nullable: true }) waitlistPosition!: number | null;
  @Field(() => String, { nullable: true }) feedbackGroup!: string | null;
}

@ObjectType({ description: 'One application, as the track’s organisers see it.' })
export class TrackParticipantView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ParticipantStatusEnum) status!: ParticipantStatus;
  @Field(() => Int, { nullable: true }) waitlistPosition!: number | null;
  @Field(() => String, { nullable: true }) feedbackGroup!: string | null;
  @Field() motivation!: string;
  @Field(() => GraphQLISODateTime) submittedAt!: Date;
}

@ObjectType({ description: 'A case the viewer may read: a facilitator reads every one, a participant those of their feedback group shared with it.' })
export class TrackCaseLinkView {
  @Field(() => ID) participantId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) feedbackGroup!: string | null;
}

@ObjectType()
export class TrackSummaryView {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => TrackStatusEnum) status!: TrackStatus;
  @Field(() => Int) capacity!: number;
  @Field(() => ParticipantStatusEnum, { nullable: true, description: 'The viewer’s own application, if any.' }) myStatus!: ParticipantStatus | null;
  @Field({ description: 'The viewer is one of its facilitators.' }) isFacilitator!: boolean;
}

@ObjectType()
export class TrackView extends TrackSummaryView {
  @Field() description!: string;
  @Field(() => Int) version!: number;
  @Field(() => Int) acceptedCount!: number;
  @Field(() => Int) waitlistCount!: number;
  @Field(() => [TrackPersonView]) facilitators!: TrackPersonView[];
  @Field({
    description:
      'The track is open or running without a facilitator (its last one’s role changed or membership ended): the coordinators assign another (trackNeedsFacilitator).',
  })
  needsFacilitator!: boolean;
  @Field(() => [TrackSessionView], { description: 'The schedule, in time order.' }) sessions!: TrackSessionView[];
  @Field(() => MyTrackApplicationView, { nullable: true }) myApplication!: MyTrackApplicationView | null;
  @Field(() => [TrackParticipantView], { description: 'Everyone who applied: for the coordinator and facilitators only, empty for others.' })
  cohort!: TrackParticipantView[];
  @Field(() => [TrackCaseLinkView], { description: 'Other people’s cases the viewer may read.' }) readableCases!: TrackCaseLinkView[];
  @Field() canManage!: boolean;
  @Field() canSchedule!: boolean;
  @Field() canDecide!: boolean;
  @Field() canFormGroups!: boolean;
  @Field() canApply!: boolean;
  @Field() canWithdraw!: boolean;
  @Field() canKeepCase!: boolean;
  @Field({ description: 'The viewer may download the sessions as a calendar file: the track’s organisers and participants.' })
  canAddToCalendar!: boolean;
}

@ObjectType()
export class TrackCaseEntryView {
  @Field(() => ID) id!: string;
  @Field({ description: 'YYYY-MM-DD' }) day!: string;
  @Field() text!: string;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

@ObjectType()
export class TrackFeedbackView {
  @Field(() => ID) id!: string;
  @Field(() => ID) sessionId!: string;
  @Field() sessionTitle!: string;
  @Field(() => String, { nullable: true, description: 'Null once its author’s account was erased.' }) authorName!: string | null;
  @Field() mine!: boolean;
  @Field() text!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType()
export class TrackCaseView {
  @Field(() => ID, { description: 'The case’s own id: its participant’s, so that a client caches one case per participant.' }) id!: string;
  @Field(() => ID, { description: 'The participant whose case this is.' }) participantId!: string;
  @Field(() => ID) trackId!: string;
  @Field() trackTitle!: string;
  @Field() ownerName!: string;
  @Field() mine!: boolean;
  @Field() question!: string;
  @Field() sharedWithGroup!: boolean;
  @Field(() => String, { nullable: true }) feedbackGroup!: string | null;
  @Field(() => Int) version!: number;
  @Field(() => [TrackCaseEntryView]) entries!: TrackCaseEntryView[];
  @Field(() => [TrackFeedbackView]) feedback!: TrackFeedbackView[];
  @Field(() => [TrackSessionView], { description: 'The sessions feedback can belong to.' }) sessions!: TrackSessionView[];
  @Field() canEdit!: boolean;
  @Field() canGiveFeedback!: boolean;
  @Field({ description: 'May download the case as a portfolio: its participant and the track’s facilitators, never a peer.' }) canExportPortfolio!: boolean;
}
