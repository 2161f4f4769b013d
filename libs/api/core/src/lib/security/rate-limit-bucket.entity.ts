import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Fixed-window counters and back-off state for sign-in and reset attempts, shared by every API replica. */
@Entity({ name: 'rate_limit_bucket' })
export class RateLimitBucket {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key!: string;

  @Column({ type: 'integer' })
  count!: number;

  @Column({ name: 'window_ends_at', type: 'timestamptz' })
  windowEndsAt!: Date;

  /** Back-off keys only: no attempt is let through before this moment. */
  @Column({ name: 'blocked_until', type: 'timestamptz', nullable: true })
  blockedUntil!: Date | null;
}
