import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Remembers the result of a create mutation by its client-chosen key (REL-03). */
@Entity({ name: 'idempotency_record' })
export class IdempotencyRecord {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  operation!: string;

  @PrimaryColumn({ name: 'idempotency_key', type: 'varchar', length: 100 })
  key!: string;

  @Column({ name: 'result_id', type: 'uuid' })
  resultId!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
