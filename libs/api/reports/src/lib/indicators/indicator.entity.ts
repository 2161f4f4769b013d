import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One figure of an organisation for one period (the SQL is in indicators.queries.ts; this maps the table). */
@Entity({ name: 'indicator_value' })
export class IndicatorValueRow {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @PrimaryColumn({ type: 'varchar', length: 7 })
  period!: string;

  @Column({ type: 'varchar', length: 200 })
  label!: string;

  @Column({ type: 'double precision' })
  value!: number;

  @Column({ type: 'varchar', length: 40, default: '' })
  unit!: string;

  @Column({ type: 'varchar', length: 100 })
  source!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  updatedAt!: Date;
}
