import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { MeetingFacilitatorRow } from './facilitators/meeting-facilitators.entities';
import { MeetingReportPublicRow, MeetingReportRow, MeetingReportVersionRow } from './report/meeting-report.entities';

/*
 * The tables of work meetings as TypeORM knows them, so that the entities and the migrations are
 * checked against each other (schema drift). The service reads and writes them through
 * meetings.queries.ts; these classes add no behaviour.
 */

@Entity({ name: 'meeting' })
@Index('ix_meeting_starts', ['networkId', 'startsAt'])
@Index('ux_meeting_track_session', ['networkId', 'trackSessionId'], { unique: true, where: 'track_session_id IS NOT NULL' })
export class MeetingRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ name: 'host_organisation_id', type: 'uuid', nullable: true }) hostOrganisationId!: string | null;
  @Column({ name: 'host_may_edit', type: 'boolean', default: false }) hostMayEdit!: boolean;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt!: Date;
  @Column({ type: 'varchar', length: 300, default: '' }) place!: string;
  @Column({ name: 'online_link', type: 'varchar', length: 500, default: '' }) onlineLink!: string;
  @Column({ type: 'integer' }) capacity!: number;
  @Column({ type: 'varchar', length: 20, default: 'DRAFT' }) status!: string;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) updatedAt!: Date;
  /** The next meeting of the series, at another host. */
  @Column({ name: 'next_meeting_id', type: 'uuid', nullable: true }) nextMeetingId!: string | null;
  /** The learning-track session this meeting holds with theme tables: its audience is then the track (track-session-meeting.ts). */
  @Column({ name: 'track_session_id', type: 'uuid', nullable: true }) trackSessionId!: string | null;
}

@Entity({ name: 'meeting_item' })
@Index('ix_meeting_item_meeting', ['networkId', 'meetingId', 'atTime'])
export class MeetingItemRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @Column({ name: 'at_time', type: 'varchar', length: 5 }) atTime!: string;
  @Column({ type: 'varchar', length: 200, default: '' }) speaker!: string;
  @Column({ type: 'varchar', length: 300 }) talk!: string;
}

@Entity({ name: 'meeting_table' })
export class MeetingTableRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @Column({ type: 'varchar', length: 120 }) name!: string;
  @Column({ name: 'host_user_id', type: 'uuid', nullable: true }) hostUserId!: string | null;
  @Column({ type: 'integer' }) capacity!: number;
  @Column({ type: 'integer', default: 0 }) position!: number;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) createdAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;
}

@Entity({ name: 'meeting_registration' })
export class MeetingRegistrationRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'varchar', length: 12 }) status!: string;
  @Column({ name: 'table_id', type: 'uuid', nullable: true }) tableId!: string | null;
  @Column({ name: 'registered_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) registeredAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) updatedAt!: Date;
}

/**
 * What a person's calendar was last sent of a meeting, however they hold it (a place, running it,
 * hosting a table): the SEQUENCE, and whether it still holds the meeting.
 */
@Entity({ name: 'meeting_calendar' })
@Index('ix_meeting_calendar_user', ['networkId', 'userId'])
export class MeetingCalendarRow {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'integer' }) sequence!: number;
  @Column({ name: 'in_calendar', type: 'boolean' }) inCalendar!: boolean;
  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) sentAt!: Date;
}

/** A reminder before a meeting that went out: one per meeting, person, start (as it stood) and stage. */
@Entity({ name: 'meeting_reminder' })
@Index('uq_meeting_reminder', ['networkId', 'meetingId', 'userId', 'startsAt', 'stage'], { unique: true })
export class MeetingReminderRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ type: 'varchar', length: 20 }) stage!: string;
  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) sentAt!: Date;
}

@Entity({ name: 'meeting_card' })
@Index('ix_meeting_card_table', ['networkId', 'tableId', 'createdAt'])
@Index('ix_meeting_card_meeting', ['networkId', 'meetingId'])
export class MeetingCardRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @Column({ name: 'table_id', type: 'uuid' }) tableId!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: string;
  @Column({ type: 'text' }) text!: string;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @Column({ type: 'varchar', length: 60, nullable: true }) cluster!: string | null;
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true }) mergedIntoId!: string | null;
  @Column({ name: 'is_yield', type: 'boolean', default: false }) isYield!: boolean;
  @Column({ name: 'is_recommendation', type: 'boolean', default: false }) isRecommendation!: boolean;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) updatedAt!: Date;
}

export const MEETING_ENTITIES = [
  MeetingRow,
  MeetingItemRow,
  MeetingTableRow,
  MeetingRegistrationRow,
  MeetingCalendarRow,
  MeetingReminderRow,
  MeetingCardRow,
  MeetingReportRow,
  MeetingReportVersionRow,
  MeetingReportPublicRow,
  MeetingFacilitatorRow,
];
