import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A person's own calendar feed (one per person, in every network they are in). The address carries
 * a random token; only its SHA-256 is stored, so the address is shown once, when it is made.
 */
@Entity({ name: 'calendar_feed' })
export class CalendarFeed {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Index('uq_calendar_feed_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
