import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The minimal record that an account was erased: when, on whose request, which networks. No name, no e-mail. */
@Entity({ name: 'account_erasure' })
export class AccountErasure {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'erased_at', type: 'timestamptz', default: () => 'now()' })
  erasedAt!: Date;

  /** `self` or `coordinator`. */
  @Column({ name: 'erased_by', type: 'varchar', length: 20 })
  erasedBy!: string;

  @Column({ name: 'erased_by_user_id', type: 'uuid', nullable: true })
  erasedByUserId!: string | null;

  @Column({ name: 'network_ids', type: 'jsonb', default: () => `'[]'` })
  networkIds!: string[];
}
