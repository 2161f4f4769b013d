import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One participant's evaluation of a closed round: a draft until submitted. */
@Entity({ name: 'round_evaluation' })
export class RoundEvaluation {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' }) networkId!: string;
  @PrimaryColumn({ name: 'round_id', type: 'uuid' }) roundId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'smallint', nullable: true }) usefulness!: number | null;
  @Column({ type: 'smallint', nullable: true }) safety!: number | null;
  @Column({ type: 'smallint', nullable: true }) preparation!: number | null;
  @Column({ type: 'smallint', nullable: true }) team!: number | null;
  @Column({ name: 'would_recommend', type: 'boolean', nullable: true }) wouldRecommend!: boolean | null;
  @Column({ type: 'text', default: '' }) comment!: string;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) updatedAt!: Date;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
}
