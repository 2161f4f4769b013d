import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A facilitator assigned to a work meeting, as TypeORM knows the table (checked against the migrations). */
@Entity({ name: 'meeting_facilitator' })
@Index('ix_meeting_facilitator_user', ['networkId', 'userId'])
export class MeetingFacilitatorRow {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'assigned_by', type: 'uuid', nullable: true }) assignedBy!: string | null;
  @Column({ name: 'assigned_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) assignedAt!: Date;
}

/** What a facilitator's calendar was last sent of a meeting: the SEQUENCE, and whether it still holds the meeting. */
@Entity({ name: 'meeting_facilitator_calendar' })
@Index('ix_meeting_facilitator_calendar_user', ['networkId', 'userId'])
export class MeetingFacilitatorCalendarRow {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'integer' }) sequence!: number;
  @Column({ name: 'in_calendar', type: 'boolean' }) inCalendar!: boolean;
  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) sentAt!: Date;
}

/** A reminder before a meeting that went out to a facilitator: one per meeting, person, start (as it stood) and stage. */
@Entity({ name: 'meeting_facilitator_reminder' })
@Index('uq_meeting_facilitator_reminder', ['networkId', 'meetingId', 'userId', 'startsAt', 'stage'], { unique: true })
export class MeetingFacilitatorReminderRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ type: 'varchar', length: 20 }) stage!: string;
  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) sentAt!: Date;
}
