import type { SecondFactorPolicy } from '@kijkje/domain';
import { SecondFactorPolicyEnum } from '../auth/second-factor/second-factor.model';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The tenant. Its id is the value of `app.network_id` in every tenant operation. */
@ObjectType()
@Entity({ name: 'network' })
export class Network {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Field()
  @Column({ type: 'varchar', length: 80, unique: true })
  slug!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  /** Lets a platform admin retry "create network" safely (REL-03). */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 100, nullable: true, unique: true })
  idempotencyKey!: string | null;

  /** Whether the network's members may still sign in with a password (off: only through their organisation's SSO). */
  @Field()
  @Column({ name: 'password_sign_in', type: 'boolean', default: true })
  passwordSignIn!: boolean;

  /** Years a closed programme's visit material is kept (libs/domain RETENTION_YEARS). */
  @Field(() => Int, { description: "Years a closed programme's visit material is kept before it is removed." })
  @Column({ name: 'retention_years', type: 'smallint', default: 5 })
  retentionYears!: number;

  /** Who must have used a second factor to work in the network: NOBODY, COORDINATORS or EVERYONE. */
  @Field(() => SecondFactorPolicyEnum, { description: 'Who must have used a second factor to work in this network.' })
  @Column({ name: 'second_factor_policy', type: 'varchar', length: 20, default: 'NOBODY' })
  secondFactorPolicy!: SecondFactorPolicy;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
