import type { Delivery, NotificationKind, NotificationSubjectType } from '@kijkje/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Something that happened which concerns one person in one network; only they can read it (forced RLS). */
@Entity({ name: 'notification' })
@Index('ix_notification_recipient', ['recipientId', 'networkId', 'createdAt'])
@Index('ix_notification_digest_due', ['createdAt'], { where: `delivery = 'DIGEST' AND digested_at IS NULL` })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: NotificationKind;

  @Column({ name: 'subject_type', type: 'varchar', length: 20 })
  subjectType!: NotificationSubjectType;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  /** How it reaches the person by mail, as their setting said when it happened. */
  @Column({ type: 'varchar', length: 10 })
  delivery!: Delivery;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** When the daily digest mailed it (DIGEST only). */
  @Column({ name: 'digested_at', type: 'timestamptz', nullable: true })
  digestedAt!: Date | null;
}
