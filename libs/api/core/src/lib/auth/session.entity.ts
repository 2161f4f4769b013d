import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A server-side session. The cookie carries a random token; only its SHA-256 is stored. */
@Entity({ name: 'session' })
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_session_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Index('ix_session_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** The network the person is working in; switching changes it. Not tenant-owned data. */
  @Column({ name: 'current_network_id', type: 'uuid', nullable: true })
  currentNetworkId!: string | null;

  /** The browser's User-Agent header at sign-in, cut to 300 characters: shown on the account page. */
  @Column({ name: 'user_agent', type: 'varchar', length: 300, nullable: true })
  userAgent!: string | null;

  /** How the person was proven at sign-in: password, then totp or recovery_code; or sso with the provider's amr:… */
  @Column({ name: 'auth_methods', type: 'jsonb', default: () => `'["password"]'::jsonb` })
  authMethods!: string[];

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
