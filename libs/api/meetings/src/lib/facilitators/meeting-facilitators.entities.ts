import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

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
