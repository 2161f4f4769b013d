import type { ReminderStage, RemindedDeadline } from '@kijkje/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A deadline reminder that went out: one per visit, deadline (as it stood) and stage (see DeadlineReminderJob). */
@Entity({ name: 'deadline_reminder' })
@Index('uq_deadline_reminder', ['networkId', 'visitId', 'deadline', 'dueAt', 'stage'], { unique: true })
export class DeadlineReminder {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Column({ name: 'visit_id', type: 'uuid' })
  visitId!: string;

  @Column({ type: 'varchar', length: 20 })
  deadline!: RemindedDeadline;

  /** The deadline the reminder was about: a moved deadline is reminded of afresh. */
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'varchar', length: 20 })
  stage!: ReminderStage;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;
}
