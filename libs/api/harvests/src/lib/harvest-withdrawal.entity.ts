import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A public version taken down by a coordinator, with the reason. Kept like the version: added, never changed. */
@Entity({ name: 'harvest_withdrawal' })
export class HarvestWithdrawal {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @PrimaryColumn({ name: 'harvest_id', type: 'uuid' })
  harvestId!: string;

  @PrimaryColumn({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'withdrawn_by', type: 'uuid', nullable: true })
  withdrawnBy!: string | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  withdrawnAt!: Date;
}
