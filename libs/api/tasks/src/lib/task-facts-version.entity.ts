import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A network's task facts version: a new number from a sequence with every committed change to the
 * tables the facts of "Mijn taken" are read from (moved by triggers, see the migration
 * 1796256390000-task-facts-version.ts). The key under which those facts are kept in memory.
 */
@Entity({ name: 'task_facts_version' })
export class TaskFactsVersion {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Column({ type: 'bigint' })
  version!: string;
}
