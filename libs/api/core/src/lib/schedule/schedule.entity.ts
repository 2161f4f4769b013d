import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A periodic job's next run (see Scheduler). */
@Entity({ name: 'schedule' })
export class Schedule {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ name: 'next_run_at', type: 'timestamptz' })
  nextRunAt!: Date;

  @Column({ name: 'last_run_at', type: 'timestamptz', nullable: true })
  lastRunAt!: Date | null;

  /** How many periods have run: once each, whatever the number of processes. */
  @Column({ type: 'integer', default: 0 })
  runs!: number;
}
