import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PROGRAMME_STATUSES, defaultFramework, type PreparationFramework, type ProgrammeStatus } from '@kijkje/domain';
import { MessageView } from '@kijkje/api/core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ProgrammeStatusEnum = Object.fromEntries(PROGRAMME_STATUSES.map((s) => [s, s])) as { [K in ProgrammeStatus]: K };
registerEnumType(ProgrammeStatusEnum, { name: 'ProgrammeStatus' });

export const SHARING_LEVELS = ['ROUND', 'NETWORK', 'PUBLIC'] as const;
export type SharingLevel = (typeof SHARING_LEVELS)[number];
export const SharingLevelEnum = Object.fromEntries(SHARING_LEVELS.map((s) => [s, s])) as { [K in SharingLevel]: K };
registerEnumType(SharingLevelEnum, { name: 'SharingLevel', description: 'How far results may travel: the round, the network, or the public.' });

@ObjectType()
export class FrameworkQuestionView {
  @Field() key!: string;
  @Field() nl!: string;
  @Field() en!: string;
  @Field(() => MessageView, { description: 'What the host could write about.' }) hint!: MessageView;
}

@ObjectType()
export class FrameworkSectionView {
  @Field(() => String, { nullable: true, description: 'The theme, or null for the general part (foto van nu, stip aan de horizon).' })
  theme!: string | null;
  @Field(() => [FrameworkQuestionView]) questions!: FrameworkQuestionView[];
}

/** A series of rounds with shared themes, a preparation framework, a sign-up window and places. */
@ObjectType()
@Entity({ name: 'programme' })
@Index('uq_programme_network_name', ['networkId', 'name'], { unique: true })
export class Programme {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_programme_network')
  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Field()
  @Column({ type: 'varchar', length: 160 })
  name!: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field(() => [String])
  @Column({ type: 'jsonb' })
  themes!: string[];

  @Column({ type: 'jsonb' })
  framework!: unknown;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'sign_up_opens_at', type: 'timestamptz', nullable: true })
  signUpOpensAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'sign_up_closes_at', type: 'timestamptz', nullable: true })
  signUpClosesAt!: Date | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  places!: number;

  @Field(() => SharingLevelEnum)
  @Column({ name: 'default_sharing', type: 'varchar', length: 10 })
  defaultSharing!: SharingLevel;

  /** The deadline rules every visit follows unless it sets its own (see visitDeadlines). */
  @Field(() => Int, { description: 'The host’s preparation is due this many days before the visit day.' })
  @Column({ name: 'preparation_days_before', type: 'integer', default: 7 })
  preparationDaysBefore!: number;

  @Field(() => Int, { description: 'Days the host has to reply once the findings or the report are shared.' })
  @Column({ name: 'reply_days', type: 'integer', default: 14 })
  replyDays!: number;

  @Field(() => Int, { description: 'The report is due this many weeks after the visit day.' })
  @Column({ name: 'report_weeks_after', type: 'integer', default: 4 })
  reportWeeksAfter!: number;

  @Field(() => [Int], { description: 'Months after the visit at which the host writes a progress review (ascending).' })
  @Column({ name: 'progress_review_months', type: 'int2', array: true, default: () => "'{6,12}'" })
  progressReviewMonths!: number[];

  @Field(() => ProgrammeStatusEnum)
  @Column({ type: 'varchar', length: 10, default: 'DRAFT' })
  status!: ProgrammeStatus;

  /** Set by the database when the status becomes CLOSED (trigger programme_closed_at); the retention of its material counts from here. */
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the programme closed.' })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Field(() => Int, { description: 'Send back when changing the programme (optimistic concurrency).' })
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The programme's preparation framework; programmes stored without one get the default for their themes. */
export function frameworkOf(programme: Programme): PreparationFramework {
  const stored = programme.framework as Partial<PreparationFramework> | null;
  if (stored && Array.isArray(stored.general) && Array.isArray(stored.themes)) return stored as PreparationFramework;
  return defaultFramework(programme.themes);
}
