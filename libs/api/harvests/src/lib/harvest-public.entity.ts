import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What /oogst/<slug> serves now (publicServing in libs/domain): a row only while the newest
 * version is PUBLIC or was withdrawn. Readable by anyone; written only inside the network.
 */
@Entity({ name: 'harvest_public' })
@Index('uq_harvest_public_slug', ['slug'], { unique: true })
export class HarvestPublic {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @PrimaryColumn({ name: 'harvest_id', type: 'uuid' })
  harvestId!: string;

  @Column({ type: 'varchar', length: 80 })
  slug!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 10 })
  state!: 'PUBLIC' | 'WITHDRAWN';
}
