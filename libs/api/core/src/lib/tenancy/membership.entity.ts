import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@kijkje/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, { name: 'Role' });

/** A person's role in one network, tied to an organisation (required for members). */
@ObjectType()
@Entity({ name: 'membership' })
@Index('uq_membership_network_user', ['networkId', 'userId'], { unique: true })
@Index('ix_membership_user', ['userId'])
@Index('ix_membership_requested', ['networkId'], { where: 'requested_at IS NOT NULL' })
@Index('ix_membership_network_organisation', ['networkId', 'organisationId'])
export class Membership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_membership_network')
  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Field(() => RoleEnum)
  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Field()
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /**
   * Set while this is a request to join, made by signing in through the organisation's identity
   * provider (an inactive membership the coordinator still has to admit or decline); null for every
   * membership a coordinator made or admitted.
   */
  @Field(() => Date, { nullable: true })
  @Column({ name: 'requested_at', type: 'timestamptz', nullable: true })
  requestedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
