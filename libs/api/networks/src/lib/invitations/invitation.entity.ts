import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '@kijkje/api/core';
import type { Role } from '@kijkje/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An invitation to join a network with a role; the e-mailed token is stored hashed. */
@ObjectType()
@Entity({ name: 'invitation' })
@Index('uq_invitation_network_token_hash', ['networkId', 'tokenHash'], { unique: true })
// One open invitation per address per network: a new one replaces the old (InvitationsService.create).
@Index('uq_invitation_open_email', ['networkId', 'email'], { unique: true, where: 'accepted_at IS NULL AND revoked_at IS NULL' })
export class Invitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_invitation_network')
  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Field()
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Field(() => RoleEnum)
  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Index('ix_invitation_token_hash')
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy!: string | null;

  @Field()
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
