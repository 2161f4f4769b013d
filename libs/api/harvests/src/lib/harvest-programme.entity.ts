import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Another programme of the network a harvest compares its own with, at its place in the comparison. */
@Entity({ name: 'harvest_programme' })
@Index('ix_harvest_programme_programme', ['networkId', 'programmeId'])
export class HarvestProgramme {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @PrimaryColumn({ name: 'harvest_id', type: 'uuid' })
  harvestId!: string;

  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'smallint' })
  position!: number;
}
