import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Bumped by the rollup trigger with every change to a programme's counts: a cache key that moves when they do. */
@Entity({ name: 'finding_rollup_version' })
export class FindingRollupVersion {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'bigint', default: 1 })
  version!: string;
}
