import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What the retention job removed from one closed programme: counts per kind, never content (see RetentionJob). */
@Entity({ name: 'retention_record' })
@Index('uq_retention_record_programme', ['networkId', 'programmeId'], { unique: true })
export class RetentionRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  /** The network's retention when the material was removed. */
  @Column({ name: 'retention_years', type: 'smallint' })
  retentionYears!: number;

  @Column({ name: 'closed_at', type: 'timestamptz' })
  closedAt!: Date;

  @Column({ name: 'removed_at', type: 'timestamptz' })
  removedAt!: Date;

  @Column({ type: 'jsonb' })
  counts!: Record<string, number>;
}
