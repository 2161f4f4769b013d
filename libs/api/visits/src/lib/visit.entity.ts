import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { VISIT_KINDS, VISIT_STATUSES, type AgendaItem, type VisitKind, type VisitStatus } from '@kijkje/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const VisitStatusEnum = Object.fromEntries(VISIT_STATUSES.map((s) => [s, s])) as { [K in VisitStatus]: K };
registerEnumType(VisitStatusEnum, { name: 'VisitStatus' });
export const VisitKindEnum = Object.fromEntries(VISIT_KINDS.map((k) => [k, k])) as { [K in VisitKind]: K };
registerEnumType(VisitKindEnum, {
  name: 'VisitKind',
  description: 'A review of the round, or a follow-up conversation (terugkomgesprek) of an earlier review.',
});

/** The review team's visit to one host organisation of a round (bezoek). */
@ObjectType()
@Entity({ name: 'visit' })
@Index('uq_visit_network_round_host', ['networkId', 'roundId', 'hostOrganisationId'], { unique: true, where: "kind = 'REVIEW'" })
@Index('ix_visit_network_follow_up_of', ['networkId', 'followUpOf'], { where: 'follow_up_of IS NOT NULL' })
@Index('ix_visit_network_round', ['networkId', 'roundId'])
@Index('ix_visit_network_host', ['networkId', 'hostOrganisationId'])
export class Visit {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_visit_network')
  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @Column({ name: 'host_organisation_id', type: 'uuid' })
  hostOrganisationId!: string;

  @Field(() => VisitKindEnum)
  @Column({ type: 'varchar', length: 10, default: 'REVIEW' })
  kind!: VisitKind;

  /** The review a follow-up conversation belongs to; null for a review. */
  @Field(() => ID, { nullable: true, description: 'For a follow-up conversation: the visit it follows up.' })
  @Column({ name: 'follow_up_of', type: 'uuid', nullable: true })
  followUpOf!: string | null;

  @Field(() => VisitStatusEnum)
  @Column({ type: 'varchar', length: 14, default: 'PLANNED' })
  status!: VisitStatus;

  @Field(() => String, { nullable: true, description: 'The day of the visit, YYYY-MM-DD (Dutch time).' })
  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the visit starts (planned in Dutch time, Europe/Amsterdam).' })
  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  startsAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the visit ends; may be on the next day.' })
  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt!: Date | null;

  /** Goes up when the day, time or place changes: the SEQUENCE of the visit's calendar invitation. */
  @Column({ name: 'calendar_sequence', type: 'integer', default: 0 })
  calendarSequence!: number;

  @Field()
  @Column({ type: 'varchar', length: 200, default: '' })
  location!: string;

  /** The programme of the day; read through the visit policy. */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  agenda!: AgendaItem[];

  /** The self-assessment: framework question key → answer; read through the visit policy. */
  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  answers!: Record<string, string>;

  /** The host's refinement of the review question; null reads the application's (reviewQuestion). */
  @Column({ name: 'review_question', type: 'text', nullable: true })
  reviewQuestionRefined!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the host submitted the preparation.' })
  @Column({ name: 'prepared_at', type: 'timestamptz', nullable: true })
  preparedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'held_at', type: 'timestamptz', nullable: true })
  heldAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Until when the host may reply to the shared findings.' })
  @Column({ name: 'reply_deadline', type: 'timestamptz', nullable: true })
  replyDeadline!: Date | null;

  /** The visit's own preparation deadline; null follows the programme's rule (see visitDeadlines). */
  @Column({ name: 'preparation_due', type: 'timestamptz', nullable: true })
  preparationDue!: Date | null;

  /** The visit's own report deadline; null follows the programme's rule. */
  @Column({ name: 'report_due', type: 'timestamptz', nullable: true })
  reportDue!: Date | null;

  @Field(() => Int, { description: 'Send back when changing the preparation or the status (optimistic concurrency).' })
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
