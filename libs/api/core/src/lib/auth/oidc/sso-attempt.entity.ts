import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One started single sign-on, until its callback consumes it (once) or it expires: the state's
 * hash, the nonce and the PKCE verifier stay on the server; the browser carries only the state.
 */
@Entity({ name: 'sso_attempt' })
export class SsoAttempt {
  @PrimaryColumn({ name: 'state_hash', type: 'varchar', length: 64 })
  stateHash!: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Column({ name: 'email_domain', type: 'varchar', length: 253 })
  emailDomain!: string;

  @Column({ name: 'code_verifier', type: 'varchar', length: 128 })
  codeVerifier!: string;

  @Column({ type: 'varchar', length: 64 })
  nonce!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
