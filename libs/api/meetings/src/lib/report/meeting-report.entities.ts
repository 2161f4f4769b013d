import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/*
 * The meeting's report as TypeORM knows it, for the schema-drift check only: the service reads
 * and writes through meeting-report.queries.ts.
 */

@Entity({ name: 'meeting_report' })
@Index('uq_meeting_report_slug', ['slug'], { unique: true })
export class MeetingReportRow {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @Column({ type: 'varchar', length: 80 }) slug!: string;
  @Column({ type: 'text', default: '' }) text!: string;
  /** Flagged words the coordinator kept (folded keys). */
  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` }) kept!: string[];
  /** The letters of the anonymisation: they map back to organisations, so they stay with the draft, never in a version. */
  @Column({ type: 'jsonb', default: () => `'{"letters": {}}'::jsonb` }) pseudonyms!: { letters: Record<string, string> };
  @Column({ type: 'varchar', length: 10, default: 'NETWORK' }) visibility!: string;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) updatedAt!: Date;
}

@Entity({ name: 'meeting_report_version' })
export class MeetingReportVersionRow {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @PrimaryColumn({ type: 'integer' }) number!: number;
  @Column({ type: 'varchar', length: 80 }) slug!: string;
  @Column({ type: 'varchar', length: 10 }) visibility!: string;
  @Column({ type: 'jsonb' }) content!: unknown;
  @Column({ name: 'published_by', type: 'uuid', nullable: true }) publishedBy!: string | null;
  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) publishedAt!: Date;
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt!: Date | null;
  @Column({ name: 'withdrawn_by', type: 'uuid', nullable: true }) withdrawnBy!: string | null;
  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true }) withdrawalReason!: string | null;
}

@Entity({ name: 'meeting_report_public' })
@Index('uq_meeting_report_public_slug', ['slug'], { unique: true })
export class MeetingReportPublicRow {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @Column({ type: 'varchar', length: 80 }) slug!: string;
  @Column({ type: 'integer' }) number!: number;
  @Column({ type: 'varchar', length: 10 }) state!: string;
}
