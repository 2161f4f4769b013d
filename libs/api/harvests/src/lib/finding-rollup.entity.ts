import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Released findings counted per programme, round, host municipality, theme and kind. A trigger on
 * `finding` keeps it current in the same transaction as every change; the harvest counts read it
 * instead of scanning findings.
 */
@Entity({ name: 'finding_rollup' })
export class FindingRollup {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @PrimaryColumn({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @PrimaryColumn({ type: 'varchar', length: 80 })
  theme!: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ type: 'integer' })
  count!: number;
}
