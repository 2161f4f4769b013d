import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { HarvestVisibility } from '@kijkje/domain';
import type { HarvestContent } from './harvest-content';

/** A published, numbered version of a harvest. The app role may add versions, never change one. */
@Entity({ name: 'harvest_version' })
@Index('ix_harvest_version_public_slug', ['slug', 'number'], { where: "visibility = 'PUBLIC'" })
export class HarvestVersion {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @PrimaryColumn({ name: 'harvest_id', type: 'uuid' })
  harvestId!: string;

  @PrimaryColumn({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 80 })
  slug!: string;

  @Column({ type: 'varchar', length: 10 })
  visibility!: HarvestVisibility;

  @Column({ type: 'jsonb' })
  content!: HarvestContent;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  publishedAt!: Date;
}
