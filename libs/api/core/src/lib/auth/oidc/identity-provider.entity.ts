import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An OpenID Connect provider a network's people sign in with (their municipality's Entra ID or
 * another). The client secret is stored only encrypted and is never part of the GraphQL type.
 */
@ObjectType()
@Entity({ name: 'identity_provider' })
export class IdentityProvider {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Index('ix_identity_provider_network')
  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Field({ description: 'What the sign-in button and the coordinator call it, e.g. "Gemeente Utrecht".' })
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Field({ description: 'The issuer URL; its /.well-known/openid-configuration is read at sign-in.' })
  @Column({ type: 'varchar', length: 500 })
  issuer!: string;

  @Field()
  @Column({ name: 'client_id', type: 'varchar', length: 300 })
  clientId!: string;

  /** AES-256-GCM under SSO_SECRET_KEY, bound to this row's id (secret-box.ts). */
  @Column({ name: 'client_secret_encrypted', type: 'text', select: false })
  clientSecretEncrypted!: string;

  @Field(() => [String], { description: 'E-mail domains (lower case) whose people sign in through this provider.' })
  @Index('ix_identity_provider_domains')
  @Column({ name: 'email_domains', type: 'jsonb' })
  emailDomains!: string[];

  @Field(() => ID, { description: 'The organisation people signing in through this provider belong to.' })
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Field({ description: 'Whether a first sign-in by someone unknown creates a member awaiting the coordinator.' })
  @Column({ name: 'create_members', type: 'boolean', default: false })
  createMembers!: boolean;

  @Field()
  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Field()
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
