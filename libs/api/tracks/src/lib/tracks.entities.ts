import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/*
 * The tables of learning tracks as TypeORM knows them, so that the entities and the migrations are
 * checked against each other (schema drift). The services read and write them through the
 * *.queries.ts files; these classes add no behaviour.
 */

@Entity({ name: 'track' })
@Index('ix_track_created', ['networkId', 'createdAt'])
export class TrackRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ type: 'integer' }) capacity!: number;
  @Column({ type: 'varchar', length: 12, default: 'DRAFT' }) status!: string;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) updatedAt!: Date;
}

@Entity({ name: 'track_facilitator' })
@Index('ix_track_facilitator_user', ['networkId', 'userId'])
export class TrackFacilitatorRow {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @PrimaryColumn({ name: 'track_id', type: 'uuid' }) trackId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'assigned_by', type: 'uuid', nullable: true }) assignedBy!: string | null;
  @Column({ name: 'assigned_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) assignedAt!: Date;
}

@Entity({ name: 'track_session' })
@Index('ix_track_session_starts', ['networkId', 'trackId', 'startsAt'])
export class TrackSessionRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @Column({ name: 'track_id', type: 'uuid' }) trackId!: string;
  @Column({ type: 'varchar', length: 12 }) kind!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt!: Date;
  @Column({ type: 'varchar', length: 300, default: '' }) place!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) createdAt!: Date;
  /** Goes up when the session moves: the SEQUENCE floor of its calendar event. */
  @Column({ type: 'integer', default: 1 }) version!: number;
}

/** What one person's calendar was last sent of a session: the SEQUENCE, and whether it still holds the session. */
@Entity({ name: 'track_session_calendar' })
@Index('ix_track_session_calendar_user', ['networkId', 'userId'])
export class TrackSessionCalendarRow {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @PrimaryColumn({ name: 'session_id', type: 'uuid' }) sessionId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'integer' }) sequence!: number;
  @Column({ name: 'in_calendar', type: 'boolean' }) inCalendar!: boolean;
  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) sentAt!: Date;
}

/** A reminder before a session that went out: one per session, person, start (as it stood) and stage. */
@Entity({ name: 'track_session_reminder' })
@Index('uq_track_session_reminder', ['networkId', 'sessionId', 'userId', 'startsAt', 'stage'], { unique: true })
export class TrackSessionReminderRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @Column({ name: 'session_id', type: 'uuid' }) sessionId!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ type: 'varchar', length: 20 }) stage!: string;
  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) sentAt!: Date;
}

@Entity({ name: 'track_participant' })
@Index('ix_track_participant_user', ['networkId', 'userId'])
export class TrackParticipantRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @Column({ name: 'track_id', type: 'uuid' }) trackId!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'varchar', length: 12 }) status!: string;
  @Column({ type: 'text', default: '' }) motivation!: string;
  @Column({ name: 'feedback_group', type: 'varchar', length: 60, nullable: true }) feedbackGroup!: string | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) submittedAt!: Date;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'case_question', type: 'text', default: '' }) caseQuestion!: string;
  @Column({ name: 'case_shared_with_group', type: 'boolean', default: false }) caseSharedWithGroup!: boolean;
  @Column({ name: 'case_version', type: 'integer', default: 1 }) caseVersion!: number;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) updatedAt!: Date;
}

@Entity({ name: 'track_case_entry' })
@Index('ix_track_case_entry_case', ['networkId', 'participantId', 'entryDay'])
export class TrackCaseEntryRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @Column({ name: 'track_id', type: 'uuid' }) trackId!: string;
  @Column({ name: 'participant_id', type: 'uuid' }) participantId!: string;
  @Column({ name: 'entry_day', type: 'date' }) entryDay!: string;
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) updatedAt!: Date;
}

@Entity({ name: 'track_feedback' })
@Index('ix_track_feedback_case', ['networkId', 'participantId', 'createdAt'])
@Index('ix_track_feedback_session', ['networkId', 'sessionId'])
export class TrackFeedbackRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @Column({ name: 'track_id', type: 'uuid' }) trackId!: string;
  @Column({ name: 'participant_id', type: 'uuid' }) participantId!: string;
  @Column({ name: 'session_id', type: 'uuid' }) sessionId!: string;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @Column({ type: 'text' }) text!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) createdAt!: Date;
}

export const TRACK_ENTITIES = [
  TrackRow,
  TrackFacilitatorRow,
  TrackSessionRow,
  TrackSessionCalendarRow,
  TrackSessionReminderRow,
  TrackParticipantRow,
  TrackCaseEntryRow,
  TrackFeedbackRow,
];
